using System.Globalization;

namespace WindowScoring;

/// <summary>One item of a ranking, in ranked order.</summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
/// <remarks>
/// <para>Created only by <see cref="Ranker"/> (the constructor is internal), so an item's rank always belongs to its key
/// and position. Properties may be added in later versions without breaking callers.</para>
/// <para>Immutable and safe to share between threads. Two items are equal when every property is equal (the items by
/// <see cref="EqualityComparer{T}.Default"/>).</para>
/// </remarks>
public readonly struct RankedItem<T> : IEquatable<RankedItem<T>>
{
    internal RankedItem(T item, decimal key, decimal rank, int position, int inputIndex, int tieSize, bool isFirstWithRank)
    {
        Item = item;
        Key = key;
        Rank = rank;
        Position = position;
        InputIndex = inputIndex;
        TieSize = tieSize;
        IsFirstWithRank = isFirstWithRank;
    }

    /// <summary>The item.</summary>
    public T Item { get; }

    /// <summary>The decimal key it was ranked by.</summary>
    public decimal Key { get; }

    /// <summary>
    /// Its rank under the chosen <see cref="RankingMethod"/>: a whole number for every method but
    /// <see cref="RankingMethod.Fractional"/>, which can give halves (<c>2.5</c>).
    /// </summary>
    public decimal Rank { get; }

    /// <summary>Its 1-based position in ranked order (ties in input order).</summary>
    public int Position { get; }

    /// <summary>Its 0-based index in the input sequence.</summary>
    public int InputIndex { get; }

    /// <summary>How many items share its key (1 when it is not tied).</summary>
    public int TieSize { get; }

    /// <summary>
    /// True when no item before it in ranked order has the same rank: every untied item, the first item (in input order)
    /// of a tie under the sharing methods, and every item under <see cref="RankingMethod.Ordinal"/>.
    /// </summary>
    public bool IsFirstWithRank { get; }

    /// <summary>True when another item has the same key.</summary>
    public bool IsTied => TieSize > 1;

    /// <summary>
    /// The rank as a published table prints it in its 序号 column: the rank on the first row of a tie
    /// and on every untied row, blank (<c>""</c>) on the other rows of a tie. Invariant (<c>3</c>, <c>2.5</c>).
    /// </summary>
    public string PrintedRank => IsFirstWithRank ? Rank.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>True when both items have equal properties.</summary>
    /// <param name="left">An item.</param>
    /// <param name="right">Another item.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RankedItem<T> left, RankedItem<T> right) => left.Equals(right);

    /// <summary>True when the items differ in any property.</summary>
    /// <param name="left">An item.</param>
    /// <param name="right">Another item.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(RankedItem<T> left, RankedItem<T> right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">Another item.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RankedItem<T> other) =>
        EqualityComparer<T>.Default.Equals(Item, other.Item) && Key == other.Key && Rank == other.Rank && Position == other.Position
        && InputIndex == other.InputIndex && TieSize == other.TieSize && IsFirstWithRank == other.IsFirstWithRank;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RankedItem<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Item, Key, Rank, Position, InputIndex, TieSize, IsFirstWithRank);

    /// <summary>An invariant form, e.g. <c>RankedItem { Item = 114.5, Key = 114.5, Rank = 1.5, … }</c> (114.5, not 114,5 under de-DE).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of("RankedItem",
        (nameof(Item), Item), (nameof(Key), Key), (nameof(Rank), Rank), (nameof(Position), Position), (nameof(InputIndex), InputIndex),
        (nameof(TieSize), TieSize), (nameof(IsFirstWithRank), IsFirstWithRank), (nameof(IsTied), IsTied), (nameof(PrintedRank), PrintedRank));
}
