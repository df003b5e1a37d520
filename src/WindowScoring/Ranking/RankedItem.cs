using System.Globalization;
using System.Text;

namespace WindowScoring;

/// <summary>One item of a ranking, in ranked order.</summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Key">The decimal key it was ranked by.</param>
/// <param name="Rank">
/// Its rank under the chosen <see cref="RankingMethod"/>: a whole number for every method but
/// <see cref="RankingMethod.Fractional"/>, which can give halves (<c>2.5</c>).
/// </param>
/// <param name="Position">Its 1-based position in ranked order (ties in input order).</param>
/// <param name="InputIndex">Its 0-based index in the input sequence.</param>
/// <param name="TieSize">How many items share its key (1 when it is not tied).</param>
/// <param name="IsFirstWithRank">True when no item before it in ranked order has the same rank: every untied item, the first item
/// (in input order) of a tie under the sharing methods, and every item under <see cref="RankingMethod.Ordinal"/>.</param>
public readonly record struct RankedItem<T>(T Item, decimal Key, decimal Rank, int Position, int InputIndex, int TieSize, bool IsFirstWithRank)
{
    /// <summary>True when another item has the same key.</summary>
    public bool IsTied => TieSize > 1;

    /// <summary>
    /// The rank as a published table prints it in its 序号 column: the rank on the first row of a tie
    /// and on every untied row, blank (<c>""</c>) on the other rows of a tie. Invariant (<c>3</c>, <c>2.5</c>).
    /// </summary>
    public string PrintedRank => IsFirstWithRank ? Rank.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    // ToString() is invariant (114.5, not 114,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(Item), Item), (nameof(Key), Key), (nameof(Rank), Rank), (nameof(Position), Position), (nameof(InputIndex), InputIndex),
        (nameof(TieSize), TieSize), (nameof(IsFirstWithRank), IsFirstWithRank), (nameof(IsTied), IsTied), (nameof(PrintedRank), PrintedRank));
}
