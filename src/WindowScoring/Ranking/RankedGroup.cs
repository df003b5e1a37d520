namespace WindowScoring;

/// <summary>One group of a ranking within groups: the group's key and its items ranked on their own.</summary>
/// <typeparam name="TGroup">The type of the group key.</typeparam>
/// <typeparam name="T">The type of the ranked items.</typeparam>
/// <param name="Group">The group key.</param>
/// <param name="Items">The group's items in ranked order; <see cref="RankedItem{T}.InputIndex"/> refers to the whole input.</param>
public sealed record RankedGroup<TGroup, T>(TGroup Group, IReadOnlyList<RankedItem<T>> Items);
