namespace WindowScoring;

/// <summary>
/// An honour or list of a scheme: the <paramref name="Count"/> best (or worst) ranked departments, e.g. 5 monthly
/// red-flag windows (红旗窗口). Departments with a veto (一票否决) never receive a top honour. Ties at the cut-off:
/// every department tied with the last one taken is included too (so 6 may be named for 5 places) — the documented
/// rule, because halls do not split a tie by hand. In a table with groups (<see cref="ScoringScheme.GroupBaseScores"/>) each
/// group gets its own places.
/// </summary>
/// <param name="Title">The title, e.g. 红旗窗口, 红榜, 黑榜.</param>
/// <param name="Count">How many places; at least 1.</param>
/// <param name="Side">Top (default) or bottom.</param>
public sealed record HonourRule(string Title, int Count, HonourSide Side = HonourSide.Top);
