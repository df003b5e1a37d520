using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace WindowScoring.Web.Tests;

/// <summary>
/// A clerk's whole path through the server-rendered pages in headless Chromium (as <see cref="ReportBrowserTests"/>:
/// the sample on a real loopback port, the system's browser): sign in, open a month, upload a file with errors and see
/// them, upload the table, correct it with a reason, see both revisions and the report's 第 2 版 line.
/// </summary>
[TestFixture]
public sealed class ClerkPagesBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public async Task Clerk_SignsInUploadsSeesErrorsCorrectsWithAReasonAndSeesTheRevisions()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WINDOWSCORING_REQUIRE_BROWSER") == "1")
            {
                Assert.Fail($"Chromium is not installed at {Chromium} and WINDOWSCORING_REQUIRE_BROWSER=1: the clerk's pages must be checked in a real browser.");
            }

            Assert.Ignore($"Chromium is not installed at {Chromium} (apt-get install chromium), so the clerk's pages cannot be checked in a real browser.");
        }

        var database = HallApp.NewDatabasePath();
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "clerk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = new HallApp(database);
            app.UseKestrel(0);
            app.StartServer();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using (var client = new HttpClient { BaseAddress = address })
            {
                await client.CreateAccountAsync(HallApp.AssessorEmail, HallApp.AssessorPassword, "assessor");
            }

            var bad = Path.Combine(folder, "2023-11-bad.tsv");
            var good = Path.Combine(folder, "2023-11.tsv");
            var corrected = Path.Combine(folder, "2023-11-corrected.tsv");
            var (badFile, badLines) = SampleTables.WithThreeBadLines();
            await File.WriteAllBytesAsync(bad, badFile);
            await File.WriteAllBytesAsync(good, SampleTables.Seed());
            await File.WriteAllBytesAsync(corrected, SampleTables.WithFirstBonus(10m).File);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
            var page = await browser.NewPageAsync(new() { Locale = "zh-CN" });

            // Signed out, the hall's page sends the clerk to the sign-in form.
            await page.GotoAsync(new Uri(address, "/hall").ToString());
            page.Url.Should().Contain("/account/sign-in");
            await page.FillAsync("#email", HallApp.AssessorEmail);
            await page.FillAsync("#password", "wrong-Passw0rd!");
            await page.ClickAsync("#submit");
            (await page.InnerTextAsync("#problem")).Should().Be("邮箱或密码不正确。");
            await page.FillAsync("#password", HallApp.AssessorPassword);
            await page.ClickAsync("#submit");
            new Uri(page.Url).AbsolutePath.Should().Be("/hall");
            (await page.InnerTextAsync("#account")).Should().Be(HallApp.AssessorEmail);

            await page.FillAsync("#period", "2023-11");
            await page.ClickAsync("#open-month");
            new Uri(page.Url).AbsolutePath.Should().Be("/hall/months/2023-11");

            // A file with errors: nothing stored, the errors in the page, in Chinese, with their lines.
            await page.SetInputFilesAsync("#file", bad);
            await page.ClickAsync("#send");
            (await page.InnerTextAsync("#problem h2")).Should().Be("文件有错误，未保存任何数据");
            var lines = await page.Locator("#errors tr.error td.line").AllInnerTextsAsync();
            lines.Should().Equal(badLines.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            (await page.Locator("#errors tr.error td.message").AllInnerTextsAsync()).Should().OnlyContain(m => m.Any(c => c >= '\u4e00' && c <= '\u9fff'));
            (await page.Locator("#revisions").CountAsync()).Should().Be(0);
            var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser");
            Directory.CreateDirectory(output);
            var errorsShot = Path.Combine(output, "clerk-upload-errors.png");
            await page.ScreenshotAsync(new() { Path = errorsShot, FullPage = true });
            TestContext.AddTestAttachment(errorsShot, "The month's page with the errors of an upload");

            // The table, then a correction with its reason.
            await page.SetInputFilesAsync("#file", good);
            await page.ClickAsync("#send");
            (await page.InnerTextAsync("#notice")).Should().Be("已保存 2023-11 第 1 版。");
            await page.SetInputFilesAsync("#file", corrected);
            await page.FillAsync("#reason", "自然资源厅加分更正为 10");
            await page.ClickAsync("#send");
            (await page.InnerTextAsync("#notice")).Should().Be("已保存 2023-11 第 2 版。");
            var revisions = page.Locator("#revisions tbody tr");
            (await revisions.CountAsync()).Should().Be(2);
            (await revisions.First.Locator("td.reason").InnerTextAsync()).Should().Be("自然资源厅加分更正为 10");
            (await revisions.First.Locator("td.number").InnerTextAsync()).Should().Be("2");
            var revisionsShot = Path.Combine(output, "clerk-revisions.png");
            await page.ScreenshotAsync(new() { Path = revisionsShot, FullPage = true });
            TestContext.AddTestAttachment(revisionsShot, "The month's page with two revisions");

            await page.ClickAsync("#report");
            (await page.InnerTextAsync("#revision")).Should().StartWith("第 2 版（").And.EndWith("更正：自然资源厅加分更正为 10）");
            (await page.Locator("#ranking tbody tr").CountAsync()).Should().Be(29);
        }
        finally
        {
            HallApp.DeleteDatabase(database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
