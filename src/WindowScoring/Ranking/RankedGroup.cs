namespace WindowScoring;

/// <summary>One group of a ranking within groups: the group's key and its items ranked on their own.</summary>
/// <typeparam name="TGroup">The type of the group key.</typeparam>
/// <typeparam name="T">The type of the ranked items.</typeparam>
/// <remarks>Created only by <see cref="Ranker.RankWithinGroups"/>. Immutable and safe to share between threads.</remarks>
public sealed class RankedGroup<TGroup, T>
{
    internal RankedGroup(TGroup group, IReadOnlyList<RankedItem<T>> items)
    {
        Group = group;
        Items = ReadOnly.Of(items);
    }

    /// <summary>The group key.</summary>
    public TGroup Group { get; }

    /// <summary>The group's items in ranked order; <see cref="RankedItem{T}.InputIndex"/> refers to the whole input.</summary>
    public IReadOnlyList<RankedItem<T>> Items { get; }

    /// <summary>An invariant summary, e.g. <c>县: 3 ranked</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => RecordText.Of("RankedGroup", (nameof(Group), Group), (nameof(Items), Items.Count + " ranked"));
}
