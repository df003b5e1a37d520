namespace WindowScoring.OpenXml.Tests;

public class SampleOutputTests
{
    /// <summary>Writes the seed as .xlsx and .docx into $WINDOWSCORING_SAMPLE_OUT (or the temp folder) to open by hand in Excel, WPS or LibreOffice.</summary>
    [Test]
    [Explicit("Writes files for a person to look at.")]
    public void WriteSeedSamples()
    {
        var folder = Environment.GetEnvironmentVariable("WINDOWSCORING_SAMPLE_OUT") ?? Path.GetTempPath();
        var ranked = ScoringEngine.Default.Rank(Workbooks.SeedRows().ToTable());

        XlsxTableWriter.Default.Write(ranked, Path.Combine(folder, "2023-11-written.xlsx"));
        DocxTableWriter.Default.Write(ranked, Path.Combine(folder, "2023-11-written.docx"));

        TestContext.Out.WriteLine(folder);
    }
}
