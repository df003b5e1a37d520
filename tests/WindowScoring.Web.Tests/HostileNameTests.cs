using System.Net;
using DocumentFormat.OpenXml.Packaging;
using WindowScoring.Import;
using WindowScoring.OpenXml;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace WindowScoring.Web.Tests;

/// <summary>Whatever a 201 accepted reads back the same, every later read 200: hostile names through JSON, every download and the report.</summary>
[TestFixture]
public sealed class HostileNameTests
{
    // An apostrophe (Excel's text prefix), formula triggers, bidi marks, a zero-width joiner, a character beyond the BMP.
    private static readonly string[] Names = ["'=x", "=x2", "+1", "-2 局", "@sum", "名\u200F称", "\u202E局反转", "'名称", "零\u200D宽", "𠀀局"];

    [TestCase("名\uFFFF称", "U+FFFF", TestName = "Upload_NameXmlCannotHold_Is422NamingTheLineAndCharacter_AndStoresNothing(U+FFFF)")]
    [TestCase("名\uFFFE称", "U+FFFE", TestName = "Upload_NameXmlCannotHold_Is422NamingTheLineAndCharacter_AndStoresNothing(U+FFFE)")]
    public async Task Upload_NameXmlCannotHold_Is422NamingTheLineAndCharacter_AndStoresNothing(string name, string character)
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database);
            using var client = await app.CreateAssessorClientAsync();
            var lines = SampleTables.SeedLines();
            var cells = lines[4].Split('\t');
            cells[1] = name;
            lines[4] = string.Join('\t', cells);

            using var upload = await client.UploadAsync("2023-11", SampleTables.Utf8(lines), "en");

            upload.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            var first = (await upload.JsonAsync()).GetProperty("errors").EnumerateArray() // refused by the importer's one rule for text
                .Single(e => e.GetProperty("code").GetString() == DiagnosticCodes.ControlCharacter);
            first.GetProperty("line").GetInt32().Should().Be(5);
            first.GetProperty("message").GetString().Should().Contain(character);
            (await client.GetAsync("/api/months/2023-11")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }

    [Test]
    public async Task Upload_HostileNames_ReadBackAsAcceptedEverywhere()
    {
        var database = HallApp.NewDatabasePath();
        try
        {
            await using var app = new HallApp(database);
            using var client = await app.CreateAssessorClientAsync();
            var lines = SampleTables.SeedLines();
            for (var i = 0; i < Names.Length; i++)
            {
                var cells = lines[i + 1].Split('\t');
                cells[1] = Names[i];
                lines[i + 1] = string.Join('\t', cells);
            }

            var file = SampleTables.Utf8(lines);
            using var upload = await client.UploadAsync("2023-11", file);
            upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
            var accepted = AssessmentTableReader.Default.Read(new MemoryStream(file)).EnsureSuccess().ToTable().Assessments.Select(a => a.Department.Name).ToArray();

            var json = (await client.GetJsonAsync("/api/months/2023-11")).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("department").GetString()!).ToArray();
            json.Should().BeEquivalentTo(accepted, "the month's JSON has the names the upload accepted");

            using var xlsx = await client.GetAsync("/api/months/2023-11.xlsx");
            xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
            WorkbookReader.Read(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())).EnsureSuccess().ToTable().Assessments.Select(a => a.Department.Name)
                .Should().BeEquivalentTo(accepted, "the workbook reads back to the accepted names");

            using var docx = await client.GetAsync("/api/months/2023-11.docx");
            docx.StatusCode.Should().Be(HttpStatusCode.OK);
            using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), isEditable: false))
            {
                document.MainDocumentPart!.Document!.Body!.Elements<Word.Table>().Single().Elements<Word.TableRow>().Should().HaveCount(30);
            }

            (await client.GetAsync("/api/months/2023-11.csv")).StatusCode.Should().Be(HttpStatusCode.OK);
            var report = await client.GetStringAsync("/api/months/2023-11/report");
            report.Should().Contain(System.Net.WebUtility.HtmlEncode(accepted.First(n => n.Contains("=x2", StringComparison.Ordinal))));
            (await client.GetAsync("/api/history/2023-Q4")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
        }
    }
}
