using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace WindowScoring.Web.Tests;

/// <summary>
/// README promises about uploads not covered elsewhere (issue #26): the <c>charset</c> of a <c>Content-Type</c> overrides
/// encoding detection, for a raw body and for a form's file; a department not assessed keeps its reason in the store.
/// </summary>
[TestFixture]
public sealed class UploadPromiseTests
{
    private string _database = null!;
    private HallApp _app = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task StartApp()
    {
        _database = HallApp.NewDatabasePath();
        _app = new HallApp(_database);
        _client = await _app.CreateAssessorClientAsync();
    }

    [TearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        HallApp.DeleteDatabase(_database);
    }

    // Traditional names in Big5: bytes that are no UTF-8, which detection would read as GB18030 (other characters).
    private static readonly string[] Names = ["教育廳", "公安廳"];

    private static byte[] Big5Table() =>
        CodePagesEncodingProvider.Instance.GetEncoding(950)!.GetBytes($"department,total\n{Names[0]},89\n{Names[1]},90\n");

    private Task<HttpResponseMessage> PostAsync(string period, byte[] body, string mediaType, bool multipart)
    {
        if (!multipart)
        {
            return _client.UploadAsync(period, body, mediaType: mediaType);
        }

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(body);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        form.Add(file, "file", "table.csv");
        return _client.PostAsync($"/api/months/{period}", form);
    }

    private async Task<string[]> StoredNamesAsync(string period) =>
        (await _client.GetJsonAsync($"/api/months/{period}")).Rows().Select(r => r.Department).ToArray();

    [TestCase(false)]
    [TestCase(true)]
    public async Task Upload_CharsetInTheContentType_OverridesDetection(bool multipart)
    {
        using var declared = await PostAsync("2023-11", Big5Table(), "text/csv; charset=big5", multipart);
        using var undeclared = await PostAsync("2023-10", Big5Table(), "text/csv", multipart);

        declared.StatusCode.Should().Be(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync());
        (await StoredNamesAsync("2023-11")).Should().Equal(Names[1], Names[0]);
        undeclared.StatusCode.Should().Be(HttpStatusCode.Created);
        (await StoredNamesAsync("2023-10")).Should().NotIntersectWith(Names, "without a charset the bytes are detected, not read as Big5");
    }

    [Test]
    public async Task Upload_GbkWithOrWithoutItsCharset_ReadsTheSameNames()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("部门窗口,实得分值\n教育厅,89\n公安厅,90\n");

        using var declared = await PostAsync("2023-11", gbk, "text/csv; charset=gbk", multipart: false);
        using var detected = await PostAsync("2023-10", gbk, "text/csv", multipart: false);
        using var wrong = await PostAsync("2023-09", Encoding.UTF8.GetBytes("部门窗口,实得分值\n教育厅,89\n公安厅,90\n"), "text/csv; charset=gbk", multipart: false);

        declared.StatusCode.Should().Be(HttpStatusCode.Created);
        detected.StatusCode.Should().Be(HttpStatusCode.Created);
        (await StoredNamesAsync("2023-11")).Should().Equal("公安厅", "教育厅");
        (await StoredNamesAsync("2023-10")).Should().Equal("公安厅", "教育厅");
        // The same table in UTF-8 declared GBK is read as GBK (the declaration wins over detection): no header is found, nothing is stored.
        wrong.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await _client.GetAsync("/api/months/2023-09")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var utf8 = await PostAsync("2023-08", Encoding.UTF8.GetBytes("部门窗口,实得分值\n教育厅,89\n公安厅,90\n"), "text/csv", multipart: false);
        utf8.StatusCode.Should().Be(HttpStatusCode.Created, "undeclared, the same bytes are detected as UTF-8");
    }

    [Test]
    public async Task Upload_NotAssessed_StoresItsReason_AndTheMarkerWhenNoNoteIsGiven()
    {
        var table = "部门窗口\t基础分\t减分\t加分\t实得分值\t备注\n"
            + "教育厅\t100\t0\t1\t101\t\n"
            + "新进驻窗口\t\t\t\t不参与考核\t12月进驻，本月不考核\n"
            + "公安厅\t\t\t\t免考核\t\n";

        using var upload = await _client.UploadAsync("2023-11", Encoding.UTF8.GetBytes(table));

        upload.StatusCode.Should().Be(HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var month = await _client.GetJsonAsync("/api/months/2023-11");
        month.GetProperty("notAssessed").EnumerateArray()
            .Select(n => (n.GetProperty("department").GetString(), n.GetProperty("reason").GetString()))
            .Should().Equal(("新进驻窗口", "12月进驻，本月不考核"), ("公安厅", "免考核"));
        month.Rows().Select(r => r.Department).Should().Equal("教育厅");
    }
}
