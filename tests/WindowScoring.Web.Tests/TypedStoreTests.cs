using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Data.Sqlite;
using WindowScoring.Import;
using WindowScoring.OpenXml;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace WindowScoring.Web.Tests;

/// <summary>
/// The store keeps typed values and reads them back as they were accepted, never through the table reader again: hostile
/// names through the JSON, every download and the report page; a file written by the sample before rows were typed.
/// </summary>
[TestFixture]
public sealed partial class TypedStoreTests
{
    // As typed in the uploaded CSV (every field quoted), and as the reader accepts them: a doubled apostrophe keeps one
    // ('=x, which the old store read back as =x, colliding with the real =x), formula triggers ASCII and full-width, bidi
    // marks (which the reader drops), a tab and quotes inside a name, markup.
    private static readonly (string Typed, string Accepted)[] Names =
    [
        ("''=x", "'=x"),
        ("=x", "=x"),
        ("+1 局", "+1 局"),
        ("-2 局", "-2 局"),
        ("@sum", "@sum"),
        ("＝全角", "＝全角"),
        ("＠全角", "＠全角"),
        ("\u202E局反转", "局反转"), // the reader drops directional marks
        ("名\u200F称", "名称"),
        ("名\t称二", "名\t称二"),
        ("\"引号\"局", "\"引号\"局"),
        ("'名称", "'名称"),
        ("𠀀局", "𠀀局"),
        ("<b>局&amp;", "<b>局&amp;"),
    ];

    [Test]
    public async Task Upload_HostileNames_EveryLaterReadAnswersTheAcceptedNames()
    {
        await OnNewHallAsync(async client =>
        {
            var file = HostileCsv();
            var accepted = AssessmentTableReader.Default.Read(new MemoryStream(file)).EnsureSuccess().ToTable().Assessments.Select(a => a.Department.Name).ToArray();
            accepted.Should().Contain(Names.Select(n => n.Accepted), "the test uploads the names it means to");

            using (var upload = await client.UploadAsync("2023-11", file, mediaType: "text/csv"))
            {
                upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
            }

            var json = (await client.GetJsonAsync("/api/months/2023-11")).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("department").GetString()!);
            json.Should().BeEquivalentTo(accepted, "the month's JSON");

            var csv = await GetBytesAsync(client, "/api/months/2023-11.csv");
            AssessmentTableReader.Default.Read(new MemoryStream(csv)).EnsureSuccess().ToTable().Assessments.Select(a => a.Department.Name)
                .Should().BeEquivalentTo(accepted, "the CSV download reads back");

            // The worksheet's cells as stored in it (WorkbookReader would take '=x for an escaped =x: the .xlsx writer writes
            // text cells as inline strings, never formulas, and adds no apostrophe).
            var xlsx = await GetBytesAsync(client, "/api/months/2023-11.xlsx");
            XlsxColumn(xlsx, ColumnCatalogue.Department.Chinese).Should().BeEquivalentTo(accepted, "the .xlsx download holds them");

            var docx = await GetBytesAsync(client, "/api/months/2023-11.docx");
            DocxDepartments(docx).Should().BeEquivalentTo(accepted, "the .docx table prints them");

            var report = await client.GetStringAsync("/api/months/2023-11/report");
            ReportDepartments(report).Should().BeEquivalentTo(accepted, "the report page prints them");

            (await client.GetAsync("/api/history/2023-Q4")).StatusCode.Should().Be(HttpStatusCode.OK);
            using var next = await client.UploadAsync("2023-12", SampleTables.Seed());
            next.StatusCode.Should().Be(HttpStatusCode.Created);
            (await client.GetAsync("/api/months/2023-12/report")).StatusCode.Should().Be(HttpStatusCode.OK, "the next month's report compares with this one");
        });
    }

    [Test]
    public async Task Upload_GroupedScoreOnlyWithExtras_ReadsBackTheSameValues()
    {
        await OnNewHallAsync(async client =>
        {
            var file = SampleTables.Utf8(
            [
                "部门窗口\t分组\t实得分值\t办件量\t备注",
                "甲县\t县\t148.50\t=1+1\t",
                "乙县\t县\t-3\t12\t",
                "丙区\t区\t99.125\t\t",
                "丁区\t区\t不参与考核\t\t新进驻",
            ]);

            (await client.UploadAsync("2023-11", file)).StatusCode.Should().Be(HttpStatusCode.Created);

            var month = await client.GetJsonAsync("/api/months/2023-11");
            month.GetProperty("rows").EnumerateArray()
                .Select(r => (r.GetProperty("department").GetString(), r.GetProperty("group").GetString(), r.GetProperty("rank").GetDecimal(), r.GetProperty("total").GetRawText(), r.GetProperty("baseScore").ValueKind))
                .Should().Equal(
                    ("甲县", "县", 1m, "148.50", System.Text.Json.JsonValueKind.Null),
                    ("乙县", "县", 2m, "-3", System.Text.Json.JsonValueKind.Null),
                    ("丙区", "区", 1m, "99.125", System.Text.Json.JsonValueKind.Null));
            var apart = month.GetProperty("notAssessed").EnumerateArray().Single();
            (apart.GetProperty("department").GetString(), apart.GetProperty("group").GetString(), apart.GetProperty("reason").GetString()).Should().Be(("丁区", "区", "新进驻"));

            var xlsx = WorkbookReader.Read(new MemoryStream(await GetBytesAsync(client, "/api/months/2023-11.xlsx"))).EnsureSuccess().ToTable();
            xlsx.Assessments.Single(a => a.Department.Name == "甲县").Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("办件量", "=1+1"));
            xlsx.Assessments.Single(a => a.Department.Name == "乙县").Extras.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string>("办件量", "12"));
        });
    }

    [Test]
    public async Task Upload_ExtraColumnCellXmlCannotHold_Is422NamingTheLineAndCharacter()
    {
        await OnNewHallAsync(async client =>
        {
            var file = SampleTables.Utf8(["部门窗口\t实得分值\t办件量", "甲县\t98\t1", "乙县\t97\t2\uFFFF"]);

            using var upload = await client.UploadAsync("2023-11", file, "en");

            upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            var first = (await upload.JsonAsync()).GetProperty("errors").EnumerateArray() // refused by the importer's one rule for text
                .Single(e => e.GetProperty("code").GetString() == DiagnosticCodes.ControlCharacter);
            first.GetProperty("line").GetInt32().Should().Be(3);
            first.GetProperty("column").GetString().Should().Be("办件量");
            first.GetProperty("message").GetString().Should().Contain("U+FFFF");
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task Upload_NameWithALoneSurrogateInUtf8_Is422AndStoresNothing()
    {
        await OnNewHallAsync(async client =>
        {
            var lines = SampleTables.SeedLines();
            var bytes = SampleTables.Utf8(lines.Take(3));
            byte[] loneSurrogate = [0xED, 0xA0, 0x80]; // U+D800 as UTF-8 would spell it: no valid UTF-8, never silently U+FFFD
            var file = bytes.Concat(Encoding.UTF8.GetBytes("名")).Concat(loneSurrogate).Concat(Encoding.UTF8.GetBytes("\t100\t0\t0\t100\n")).ToArray();

            using var upload = await client.UploadAsync("2023-11", file, "en", "text/tab-separated-values; charset=utf-8");

            upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            (await upload.JsonAsync()).Errors().Should().Contain(e => e.Code == DiagnosticCodes.EncodingInvalid && e.Line == 4);
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task Store_WrittenBeforeTypedRows_ServesItsRevisionsAsStored()
    {
        // The schema and rows as the sample wrote them before this change: no kind column, and '=x (accepted from
        // ''=x) next to =x, which reading the cells through the table reader again turned into two =x (500).
        var old = HallApp.NewDatabaseFrom("""
                CREATE TABLE month (period TEXT PRIMARY KEY, title TEXT, uploaded_at TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1);
                CREATE TABLE revision (period TEXT NOT NULL, number INTEGER NOT NULL, title TEXT, uploaded_at TEXT NOT NULL, uploaded_by TEXT,
                    reason TEXT, rows INTEGER NOT NULL, sha256 TEXT, PRIMARY KEY (period, number));
                CREATE TABLE assessment (period TEXT NOT NULL REFERENCES month(period) ON DELETE CASCADE, revision INTEGER NOT NULL,
                    position INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, grp TEXT, base TEXT, deduction TEXT, bonus TEXT,
                    total TEXT, note TEXT, extras TEXT, PRIMARY KEY (period, revision, position));
                INSERT INTO month VALUES ('2023-11', '2023年11月', '2023-12-02T08:00:00.0000000+00:00', 2);
                INSERT INTO revision VALUES ('2023-11', 1, '2023年11月', '2023-12-01T08:00:00.0000000+00:00', 'clerk@hall.test', NULL, 3, NULL);
                INSERT INTO revision VALUES ('2023-11', 2, '2023年11月', '2023-12-02T08:00:00.0000000+00:00', 'clerk@hall.test', '更正', 4, NULL);
                INSERT INTO assessment VALUES ('2023-11', 1, 0, '''=x', '''=x', NULL, '100', '0', '14.50', '114.50', NULL, NULL);
                INSERT INTO assessment VALUES ('2023-11', 1, 1, '=x', '=x', NULL, '100', '2.5', '0', '97.5', NULL, '[["办件量","=1+1"]]');
                INSERT INTO assessment VALUES ('2023-11', 1, 2, '新单位', '新单位', NULL, NULL, NULL, NULL, NULL, '新进驻', NULL);
                INSERT INTO assessment VALUES ('2023-11', 2, 0, '''=x', '''=x', NULL, '100', '0', '14.50', '114.50', NULL, NULL);
                INSERT INTO assessment VALUES ('2023-11', 2, 1, '=x', '=x', NULL, '100', '3', '0', '97', NULL, '[["办件量","=1+1"]]');
                INSERT INTO assessment VALUES ('2023-11', 2, 2, '热线', '热线', '县', NULL, NULL, NULL, '88.25', NULL, NULL);
                INSERT INTO assessment VALUES ('2023-11', 2, 3, '', '省 政务 窗口', NULL, '100', '0', '0', '100', NULL, NULL);
                """);
        try
        {
            await using var app = new HallApp(old);
            using var client = app.CreateClient();

            var first = await client.GetJsonAsync("/api/months/2023-11?revision=1");
            first.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("department").GetString(), r.GetProperty("code").GetString(), r.GetProperty("total").GetRawText()))
                .Should().Equal(("'=x", "'=x", "114.50"), ("=x", "=x", "97.5"));
            first.GetProperty("notAssessed").EnumerateArray().Single().GetProperty("reason").GetString().Should().Be("新进驻");

            var latest = await client.GetJsonAsync("/api/months/2023-11");
            latest.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("department").GetString(), r.GetProperty("code").GetString(), r.GetProperty("group").GetString()))
                .Should().BeEquivalentTo([("'=x", "'=x", (string?)null), ("=x", "=x", null), ("热线", "热线", "县"), ("省 政务 窗口", Department.NormalizeName("省 政务 窗口"), null)]);
            foreach (var path in new[] { "/api/months/2023-11.csv", "/api/months/2023-11.xlsx", "/api/months/2023-11.docx", "/api/months/2023-11/report", "/api/months/2023-11/report?revision=1", "/api/history/2023" })
            {
                (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, "GET {0} of a file from before typed rows", path);
            }

            var xlsx = await GetBytesAsync(client, "/api/months/2023-11.xlsx");
            XlsxColumn(xlsx, ColumnCatalogue.Department.Chinese).Should().Equal("'=x", "省 政务 窗口", "=x", "热线");
            XlsxColumn(xlsx, "办件量").Should().Contain("=1+1");

            using var check = new SqliteConnection($"Data Source={old}");
            check.Open();
            using var kinds = check.CreateCommand();
            kinds.CommandText = "SELECT group_concat(kind, ',') FROM (SELECT kind FROM assessment ORDER BY revision, position);";
            ((string)kinds.ExecuteScalar()!).Should().Be("breakdown,breakdown,not-assessed,breakdown,breakdown,total,breakdown");
        }
        finally
        {
            HallApp.DeleteDatabase(old);
        }
    }

    // A test on a host of its own (its own SQLite file, removed afterwards), with an assessor's client.
    private static async Task OnNewHallAsync(Func<HttpClient, Task> test)
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database);
            using var client = await app.CreateAssessorClientAsync();
            await test(client);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }

    // The seed as a CSV with every field quoted, its first names replaced by the hostile ones as typed.
    private static byte[] HostileCsv()
    {
        var lines = SampleTables.SeedLines();
        var csv = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split('\t');
            if (i >= 1 && i <= Names.Length)
            {
                cells[1] = Names[i - 1].Typed;
            }

            csv.Append(string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task<byte[]> GetBytesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "GET {0}", path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    // The cells under a heading of the worksheet's header row (the first row that has it), up to the first empty row,
    // without the repeated header rows of groups.
    private static List<string> XlsxColumn(byte[] xlsx, string heading)
    {
        using var source = new XlsxTableSource(new MemoryStream(xlsx));
        var diagnostics = new List<Diagnostic>();
        var column = -1;
        var cells = new List<string>();
        while (source.Read(diagnostics) && (column < 0 || source.Cells.Any(c => c.Length > 0)))
        {
            if (column >= 0)
            {
                if (column >= source.Cells.Count || source.Cells[column] != heading) // a group's own header row repeats it
                {
                    cells.Add(column < source.Cells.Count ? source.Cells[column] : string.Empty);
                }
            }
            else
            {
                column = source.Cells.ToList().IndexOf(heading);
            }
        }

        column.Should().BeGreaterThanOrEqualTo(0, "the worksheet has the heading {0}", heading);
        return cells;
    }

    // The department column of the Word table, each cell's text with its tabs and breaks.
    private static string[] DocxDepartments(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<Word.Table>().Single().Elements<Word.TableRow>().ToArray();
        var column = Array.FindIndex(rows[0].Elements<Word.TableCell>().ToArray(), c => c.InnerText == ColumnCatalogue.Department.Chinese);
        column.Should().BeGreaterThanOrEqualTo(0, "the Word table has a department column");
        return rows.Skip(1).Select(r => CellText(r.Elements<Word.TableCell>().ElementAt(column))).ToArray();
    }

    private static string CellText(Word.TableCell cell) => string.Concat(cell.Descendants().Select(e => e switch
    {
        Word.Text t => t.Text,
        Word.TabChar => "\t",
        Word.Break => "\n",
        _ => string.Empty,
    }));

    private static string[] ReportDepartments(string html) =>
        ReportDepartmentCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    [GeneratedRegex("<td class=\"department\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex ReportDepartmentCell();
}
