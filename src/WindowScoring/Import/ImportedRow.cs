using System.Globalization;
using System.Text;
using WindowScoring.Domain;

namespace WindowScoring.Import;

/// <summary>One row read from a table file: the assessment plus what the file printed, for auditing.</summary>
/// <param name="Line">The 1-based line of the input where the row starts.</param>
/// <param name="Assessment">The assessment read from the row.</param>
/// <param name="PrintedRank">The 序号/rank cell exactly as printed (trimmed); empty when blank; null when the file has no rank column.</param>
/// <param name="PrintedTotal">The total cell as printed; null when the file has no total column or the department is not assessed.</param>
/// <param name="Extras">Cells of columns the reader does not interpret (e.g. work-order counts), by header text, in column order.</param>
public sealed record ImportedRow(
    int Line,
    Assessment Assessment,
    string? PrintedRank,
    decimal? PrintedTotal,
    IReadOnlyList<KeyValuePair<string, string>> Extras)
{
    // A rank printed as a plain positive integer (1 to 999,999,999 with no sign, point or leading zero), as nearly every
    // table prints it, is kept as that number and spelled again on access: one string less per row of a national table.
    private readonly int _rankNumber = RankNumber(PrintedRank.AsSpan());
    private readonly string? _rankText = RankNumber(PrintedRank.AsSpan()) > 0 ? null : PrintedRank;

    /// <summary>A row whose rank cell was printed as the plain positive integer <paramref name="rankNumber"/> (as a reader has it).</summary>
    internal ImportedRow(int line, Assessment assessment, int rankNumber, decimal? printedTotal, IReadOnlyList<KeyValuePair<string, string>> extras)
        : this(line, assessment, null, printedTotal, extras)
    {
        System.Diagnostics.Debug.Assert(rankNumber > 0, "A positive rank.");
        _rankNumber = rankNumber;
    }

    /// <summary>The 序号/rank cell exactly as printed (trimmed); empty when blank; null when the file has no rank column.</summary>
    public string? PrintedRank
    {
        get => _rankNumber > 0 ? _rankNumber.ToString(CultureInfo.InvariantCulture) : _rankText;
        init
        {
            _rankNumber = RankNumber(value.AsSpan());
            _rankText = _rankNumber > 0 ? null : value;
        }
    }

    /// <summary>The value of a rank printed as a plain positive integer of at most 9 digits; 0 for any other text.</summary>
    internal static int RankNumber<T>(ReadOnlySpan<T> text)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        if (text.IsEmpty || text.Length > 9 || text[0] == T.CreateTruncating('0'))
        {
            return 0;
        }

        var value = 0;
        foreach (var c in text)
        {
            var digit = uint.CreateTruncating(c) - '0';
            if (digit > 9)
            {
                return 0;
            }

            value = (value * 10) + (int)digit;
        }

        return value;
    }

    // Stored as a decimal and a flag rather than a decimal? (8 bytes less per row of a national table).
    private readonly decimal _printedTotal = PrintedTotal.GetValueOrDefault();
    private readonly bool _hasPrintedTotal = PrintedTotal.HasValue;

    /// <summary>The total cell as printed; null when the file has no total column or the department is not assessed.</summary>
    public decimal? PrintedTotal
    {
        get => _hasPrintedTotal ? _printedTotal : null;
        init
        {
            _printedTotal = value.GetValueOrDefault();
            _hasPrintedTotal = value.HasValue;
        }
    }

    // ToString() is invariant (114.5, not 114,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(Line), Line), (nameof(Assessment), Assessment), (nameof(PrintedRank), PrintedRank), (nameof(PrintedTotal), PrintedTotal),
        (nameof(Extras), "[" + string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)) + "]"));

    // LINQPad renders this flat row instead of the nested assessment.
    private object ToDump() => new
    {
        Line,
        PrintedRank,
        Department = Assessment.Department.Name,
        Assessment.BaseScore,
        Assessment.Deduction,
        Assessment.Bonus,
        Assessment.Total,
        PrintedTotal,
        Extras = string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)),
    };
}
