namespace WindowScoring.History;

/// <summary>One month of a history: its table, its entries resolved through the aliases, and what alerts need to know.</summary>
internal sealed class HistoryMonth
{
    private readonly decimal[] _totalsAscending;

    internal HistoryMonth(AssessmentPeriod month, RankedTable table, HistoryEntry[] entries)
    {
        Month = month;
        Table = table;
        Entries = entries;
        ByDepartment = entries.ToDictionary(e => e.Department);
        _totalsAscending = table.Rows.Select(r => r.Total).Order().ToArray();
    }

    internal AssessmentPeriod Month { get; }

    internal RankedTable Table { get; }

    /// <summary>Ranked entries in ranked order, then the entries not assessed; one per current department.</summary>
    internal IReadOnlyList<HistoryEntry> Entries { get; }

    internal IReadOnlyDictionary<Department, HistoryEntry> ByDepartment { get; }

    /// <summary>The number of departments the table ranked, as published.</summary>
    internal int RankedCount => Table.Rows.Count;

    /// <summary>How many ranked departments of the month have a total lower than <paramref name="total"/>.</summary>
    internal int CountBelow(decimal total) => FirstNotBelow(total, orEqual: false);

    /// <summary>How many ranked departments of the month have a total higher than <paramref name="total"/> (its competition rank − 1).</summary>
    internal int CountAbove(decimal total) => _totalsAscending.Length - FirstNotBelow(total, orEqual: true);

    // The index of the first total not below (orEqual: not at or below) the given total, in the ascending totals.
    private int FirstNotBelow(decimal total, bool orEqual)
    {
        int lo = 0, hi = _totalsAscending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_totalsAscending[mid] < total || (orEqual && _totalsAscending[mid] == total))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
