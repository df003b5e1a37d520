using System.Globalization;
using System.Text;

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
    // How a row is stored (48 bytes, a third less than plain fields; a national table holds millions of rows):
    // - a rank printed as a plain positive integer (1 to 999,999,999 with no sign, point or leading zero), as nearly every
    //   table prints it, is kept as that number and spelled again on access;
    // - a printed total whose digits fit in 32 bits (every total of a hall does) is kept as digits, scale and sign, packed
    //   in one long with two flags, and made into the same decimal again on access (digits, scale and sign);
    // - what the usual row does not have (other rank text, a total that does not fit, extra cells) is in one object,
    //   null for the usual row.
    private const long DigitsMask = 0xFFFF_FFFF;
    private const int ScaleShift = 32;
    private const long Negative = 1L << 40;
    private const long HasCompactTotal = 1L << 41;
    private const long BlankRank = 1L << 42;

    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoExtras = Array.Empty<KeyValuePair<string, string>>();

    private readonly int _rankNumber = RankNumber(PrintedRank.AsSpan());
    private readonly long _packed = (PrintedRank is { Length: 0 } ? BlankRank : 0) | PackTotal(PrintedTotal);
    private readonly Rare? _rare = Rare.Of(PrintedRank, PrintedTotal, Extras);

    /// <summary>A row whose rank cell was printed as the plain positive integer <paramref name="rankNumber"/> (as a reader has it).</summary>
    /// <remarks>The printed total, when given, is a short number as the reader parsed it: kept as digits straight away when they fit.</remarks>
    internal ImportedRow(int line, Assessment assessment, int rankNumber, ShortNumber? printedTotal, IReadOnlyList<KeyValuePair<string, string>> extras)
        : this(line, assessment, null, printedTotal is { } wide && ShortNumber.Magnitude(wide.Mantissa) > uint.MaxValue ? wide.ToDecimal() : null, extras)
    {
        System.Diagnostics.Debug.Assert(rankNumber > 0, "A positive rank.");
        _rankNumber = rankNumber;
        if (printedTotal is { } total && ShortNumber.Magnitude(total.Mantissa) <= uint.MaxValue)
        {
            _packed = Pack((uint)ShortNumber.Magnitude(total.Mantissa), total.Scale, total.Mantissa < 0); // as PackTotal(total.ToDecimal())
        }
    }

    /// <summary>The 序号/rank cell exactly as printed (trimmed); empty when blank; null when the file has no rank column.</summary>
    public string? PrintedRank
    {
        get => _rankNumber > 0 ? _rankNumber.ToString(CultureInfo.InvariantCulture) : (_packed & BlankRank) != 0 ? string.Empty : _rare?.RankText;
        init
        {
            _rankNumber = RankNumber(value.AsSpan());
            _packed = (_packed & ~BlankRank) | (value is { Length: 0 } ? BlankRank : 0);
            _rare = Rare.Of(value, _rare?.Total, Extras);
        }
    }

    /// <summary>The total cell as printed; null when the file has no total column or the department is not assessed.</summary>
    public decimal? PrintedTotal
    {
        get => (_packed & HasCompactTotal) != 0
            ? new decimal((int)(uint)(_packed & DigitsMask), 0, 0, (_packed & Negative) != 0, (byte)(_packed >> ScaleShift))
            : _rare?.Total;
        init
        {
            _packed = (_packed & BlankRank) | PackTotal(value);
            _rare = Rare.Of(_rankNumber > 0 ? null : _rare?.RankText, value, Extras);
        }
    }

    /// <summary>Cells of columns the reader does not interpret (e.g. work-order counts), by header text, in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extras
    {
        get => _rare is null ? NoExtras : _rare.Extras;
        init => _rare = Rare.Of(_rankNumber > 0 ? null : _rare?.RankText, PrintedTotal, value);
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

    /// <inheritdoc />
    public bool Equals(ImportedRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Line == other.Line
                && EqualityComparer<Assessment>.Default.Equals(Assessment, other.Assessment)
                && _rankNumber == other._rankNumber
                && (_rankNumber > 0 || string.Equals(PrintedRank, other.PrintedRank, StringComparison.Ordinal))
                && PrintedTotal == other.PrintedTotal
                && EqualityComparer<IReadOnlyList<KeyValuePair<string, string>>>.Default.Equals(Extras, other.Extras)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Line, Assessment, _rankNumber, _rankNumber > 0 ? null : PrintedRank, PrintedTotal, Extras);

    // The digits (when they fit in 32 bits), scale and sign of a total, with the HasCompactTotal flag; 0 for none.
    private static long PackTotal(decimal? total)
    {
        if (total is not { } value)
        {
            return 0;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[1] != 0 || bits[2] != 0)
        {
            return 0; // kept in Rare
        }

        return Pack((uint)bits[0], (bits[3] >> 16) & 0xFF, bits[3] < 0);
    }

    private static long Pack(uint digits, int scale, bool negative) =>
        digits | ((long)scale << ScaleShift) | (negative ? Negative : 0) | HasCompactTotal;

    // What the usual row does not have: rank text other than a plain number or a blank, a total that PackTotal cannot
    // keep, extra cells. Null when there is none of these.
    private sealed class Rare(string? rankText, decimal? total, IReadOnlyList<KeyValuePair<string, string>> extras)
    {
        internal string? RankText { get; } = rankText;

        internal decimal? Total { get; } = total;

        internal IReadOnlyList<KeyValuePair<string, string>> Extras { get; } = extras;

        internal static Rare? Of(string? rankText, decimal? total, IReadOnlyList<KeyValuePair<string, string>> extras)
        {
            var text = rankText is null or { Length: 0 } || RankNumber(rankText.AsSpan()) > 0 ? null : rankText;
            var wide = total is not null && PackTotal(total) == 0 ? total : null;
            return text is null && wide is null && ReferenceEquals(extras, NoExtras) ? null : new Rare(text, wide, extras);
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
