using System.Globalization;
using System.Net;
using System.Text;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Ratings;
using WindowScoring.Web.Texts;

namespace WindowScoring.Web;

/// <summary>
/// The printable month: the published table as <see cref="ReportTableWriter"/> lays it out (its rank and figure cells, so
/// the blank 序号 on ties, negative deductions and display decimals are the library's; the department's name as stored,
/// since an HTML page needs no formula apostrophe), a column of rank movement against the previous stored month, the
/// departments not ranked, and an inline SVG bar chart of the totals; print CSS for A4. No script: the page is complete
/// as served.
/// </summary>
/// <remarks>
/// The page is written to the response as it is made, a few tens of kilobytes at a time (<see cref="WriteAsync"/>), so a
/// month of 10^5 departments never holds its whole page in memory; HEAD gets the headers alone.
/// </remarks>
internal static class ReportPage
{
    private const int ChartLabelWidth = 150;
    private const int ChartBarWidth = 460;
    private const int ChartRowHeight = 18;

    // Written out whenever this much HTML has been made.
    private const int ChunkChars = 32 * 1024;

    /// <summary>The page as a result: <c>text/html</c>, written incrementally to the response body.</summary>
    public static IResult Result(RankedTable table, AssessmentPeriod? previous, IReadOnlyDictionary<Department, RankMovement> movements, StoredRevision? revision = null, RatingTable? ratings = null) =>
        new PageResult(table, previous, movements, revision, ratings);

    /// <summary>Writes the page to <paramref name="body"/> (UTF-8), a chunk at a time, asynchronously.</summary>
    public static async Task WriteAsync(Stream body, RankedTable table, AssessmentPeriod? previous, IReadOnlyDictionary<Department, RankMovement> movements, StoredRevision? revision, CancellationToken cancellationToken, RatingTable? ratings = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        var month = table.Period!.Value;
        var heading = table.Title ?? HallText.Get("Report.Heading", month.ToString(HallText.IsChinese(culture) ? "C" : null, null));
        var layout = ReportTableWriter.Default.ToText(table); // the cells of every row: a line each, tab-separated, no quoting
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        var html = new StringBuilder(ChunkChars + 4096);
        async Task WriteChunkAsync(bool always = false)
        {
            if (always || html.Length >= ChunkChars)
            {
                await writer.WriteAsync(html, cancellationToken);
                html.Clear();
            }
        }

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HallText.IsChinese(culture) ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(heading)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(E(heading)).Append("</h1>\n");
        if (table.Scheme.Name is { } scheme)
        {
            html.Append("<p class=\"scheme\">").Append(E(HallText.Get("Report.Scheme", scheme))).Append("</p>\n");
        }

        if (RevisionLine(revision) is { } note)
        {
            html.Append("<p class=\"revision\" id=\"revision\">").Append(E(note)).Append("</p>\n");
        }

        var lineEnd = layout.IndexOf('\n', StringComparison.Ordinal);
        html.Append("</header>\n<table class=\"ranking\" id=\"ranking\">\n<thead>\n<tr>");
        foreach (var cell in layout[..lineEnd].Split('\t'))
        {
            html.Append("<th scope=\"col\">").Append(E(cell)).Append("</th>");
        }

        var movementHeading = previous is { } p ? HallText.Get("Report.Movement", p) : HallText.Get("Report.MovementNone");
        html.Append("<th scope=\"col\" class=\"movement\">").Append(E(movementHeading)).Append("</th></tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            var lineStart = lineEnd + 1;
            lineEnd = layout.IndexOf('\n', lineStart);
            var cells = layout.AsSpan(lineStart, lineEnd - lineStart);
            html.Append("<tr>");
            for (var c = 0; c >= 0; c++)
            {
                var tab = cells.IndexOf('\t');
                var cell = tab < 0 ? cells : cells[..tab];
                html.Append("<td class=\"").Append(c switch { 0 => "rank", 1 => "department", _ => "number" }).Append("\">");
                AppendEncoded(html, c == 1 ? row.Department.Name : cell).Append("</td>");
                if (tab < 0)
                {
                    break; // the last cell
                }

                cells = cells[(tab + 1)..];
            }

            var (css, movement) = Movement(movements.TryGetValue(row.Department, out var m) ? m : null);
            html.Append("<td class=\"movement ").Append(css).Append("\">").Append(E(movement)).Append("</td></tr>\n");
            await WriteChunkAsync();
        }

        html.Append("</tbody>\n</table>\n");
        if (table.NotAssessed.Count > 0)
        {
            html.Append("<section class=\"not-assessed\">\n<h2>").Append(E(HallText.Get("Report.NotAssessed"))).Append("</h2>\n<ul>\n");
            foreach (var a in table.NotAssessed)
            {
                html.Append("<li>").Append(E(a.Department.Name));
                if (a.Reason is { } reason)
                {
                    html.Append("（").Append(E(reason)).Append('）');
                }

                html.Append("</li>\n");
                await WriteChunkAsync();
            }

            html.Append("</ul>\n</section>\n");
        }

        if (ratings is not null)
        {
            await AppendRatingsAsync(html, ratings, WriteChunkAsync);
        }

        await AppendChartAsync(html, table, WriteChunkAsync);
        html.Append("</body>\n</html>\n");
        await WriteChunkAsync(always: true);
        await writer.FlushAsync(cancellationToken);
    }

    // The month's 好差评 table, as ReportTableWriter lays it out (序号 blank on ties, 满意率 as 87.50%), ranked; the
    // department's name as stored.
    private static async Task AppendRatingsAsync(StringBuilder html, RatingTable ratings, Func<bool, Task> writeChunkAsync)
    {
        var lines = ReportTableWriter.Default.ToText(ratings).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var by = HallText.Get("Report.RatingsBy." + ratings.Rules.RankBy);
        html.Append("<section class=\"ratings\" id=\"ratings\">\n<h2>").Append(E(HallText.Get("Report.Ratings"))).Append("</h2>\n")
            .Append("<p class=\"note\">").Append(E(HallText.Get("Report.RatingsNote", by))).Append("</p>\n")
            .Append("<table class=\"ranking\">\n<thead>\n<tr>");
        foreach (var cell in lines[0].Split('\t'))
        {
            html.Append("<th scope=\"col\">").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var i = 1; i < lines.Length && i <= ratings.Rows.Count; i++)
        {
            var cells = lines[i].Split('\t');
            html.Append("<tr>");
            for (var c = 0; c < cells.Length; c++)
            {
                html.Append("<td class=\"").Append(c switch { 0 => "rank", 1 => "department", _ => "number" }).Append("\">");
                AppendEncoded(html, c == 1 ? ratings.Rows[i - 1].Department.Name : cells[c]).Append("</td>");
            }

            html.Append("</tr>\n");
            await writeChunkAsync(false);
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    // A corrected month says so: 第 2 版（2026-12-04 更正：理由）; an earlier revision says which one replaces it.
    private static string? RevisionLine(StoredRevision? revision)
    {
        if (revision is null || (revision.Number == 1 && !revision.IsSuperseded))
        {
            return null;
        }

        var date = revision.UploadedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var line = revision.Number == 1
            ? HallText.Get("Report.RevisionFirst", date)
            : HallText.Get("Report.Revision", revision.Number, date, revision.Reason ?? string.Empty);
        return revision.IsSuperseded ? line + HallText.Get("Report.Superseded", revision.Latest) : line;
    }

    private static (string Css, string Text) Movement(RankMovement? movement) => movement switch
    {
        null => ("none", string.Empty),
        { Change: RankChange.Up, Delta: { } d } => ("up", "↑" + ScoreText.Format(d)),
        { Change: RankChange.Down, Delta: { } d } => ("down", "↓" + ScoreText.Format(-d)),
        { Change: RankChange.Same } => ("same", HallText.Get("Report.Same")),
        { Change: RankChange.New } => ("new", HallText.Get("Report.New")),
        _ => ("none", string.Empty),
    };

    // One horizontal bar per ranked row, in table order; lengths are proportional to the total (a negative total draws
    // no bar). Pixel lengths are computed in decimal and rounded for drawing only; the printed figure is the exact total.
    private static async Task AppendChartAsync(StringBuilder html, RankedTable table, Func<bool, Task> writeChunkAsync)
    {
        var rows = table.Rows;
        var max = rows.Count == 0 ? 0m : Math.Max(rows.Max(r => r.Total), 0m);
        var height = (rows.Count * ChartRowHeight) + 8;
        var width = ChartLabelWidth + ChartBarWidth + 60;
        html.Append("<figure class=\"chart\">\n<figcaption>").Append(E(HallText.Get("Report.Chart"))).Append("</figcaption>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * ChartRowHeight) + 4;
            var length = max == 0m || row.Total <= 0m ? 0m : decimal.Round(row.Total / max * ChartBarWidth, 1);
            // Appended in place (the builder's interpolation handler): no string per row but the figures.
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartLabelWidth - 6}\" y=\"{y + 12}\" text-anchor=\"end\">");
            AppendEncoded(html, row.Department.Name).Append("</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{ChartLabelWidth}\" y=\"{y + 2}\" width=\"{length}\" height=\"{ChartRowHeight - 5}\"><title>");
            AppendEncoded(html, row.Department.Name).Append(' ').Append(ScoreText.Format(row.Total)).Append("</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{ChartLabelWidth + length + 4}\" y=\"{y + 12}\">")
                .Append(ScoreText.FormatDisplay(row.Total, table.Scheme.DisplayDecimals)).Append("</text>\n");
            await writeChunkAsync(false);
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // Text as HTML, without a copy when nothing in it needs encoding (figures, ranks, most names).
    private static StringBuilder AppendEncoded(StringBuilder html, ReadOnlySpan<char> text) =>
        text.IndexOfAny(HtmlSpecial) < 0 ? html.Append(text) : html.Append(WebUtility.HtmlEncode(text.ToString()));

    private static readonly System.Buffers.SearchValues<char> HtmlSpecial = System.Buffers.SearchValues.Create("<>&\"'");

    private sealed class PageResult(RankedTable table, AssessmentPeriod? previous, IReadOnlyDictionary<Department, RankMovement> movements, StoredRevision? revision, RatingTable? ratings) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            return HttpMethods.IsHead(httpContext.Request.Method)
                ? Task.CompletedTask
                : WriteAsync(httpContext.Response.Body, table, previous, movements, revision, httpContext.RequestAborted, ratings);
        }
    }

    private const string Css = """
        @page { size: A4 portrait; margin: 15mm 12mm; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", SimSun, sans-serif; font-size: 11pt;
               color: #000; background: #fff; max-width: 186mm; margin: 1em auto; }
        h1 { font-size: 16pt; text-align: center; margin: 0 0 .3em; }
        h2 { font-size: 12pt; }
        .scheme { text-align: center; color: #444; margin: 0 0 1em; font-size: 9pt; }
        .revision { text-align: center; margin: -.6em 0 1em; font-size: 9pt; }
        section.ratings { margin: 1.5em 0 0; } section.ratings .note { font-size: 9pt; color: #444; }
        table.ranking { border-collapse: collapse; width: 100%; }
        table.ranking th, table.ranking td { border: 1px solid #000; padding: 2px 6px; }
        table.ranking th { background: #eee; font-weight: bold; }
        td.rank, td.movement { text-align: center; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.movement.up { color: #060; } td.movement.down { color: #a00; }
        thead { display: table-header-group; }   /* the header repeats on every printed page */
        tr { break-inside: avoid; }
        figure.chart { margin: 1.5em 0 0; }
        figure.chart figcaption { font-weight: bold; margin-bottom: .3em; }
        figure.chart svg { max-width: 100%; height: auto; font-size: 11px; }
        figure.chart rect { fill: #4a6fa5; }
        @media print {
          body { margin: 0; max-width: none; }
          table.ranking th { background: none; }
          figure.chart { break-before: page; }
          figure.chart rect { fill: #555; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
