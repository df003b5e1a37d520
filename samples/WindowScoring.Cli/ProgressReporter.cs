using System.Globalization;

namespace WindowScoring.Cli;

/// <summary>
/// Progress of long runs on standard error, only when standard error is a terminal (so pipes, files and tests get
/// clean output): one line rewritten in place ("read 1,200,000 rows", "reading file 3/12: 2023-03.tsv"), cleared when
/// done. <c>WINDOWSCORING_PROGRESS=always</c> shows it on a redirected standard error too, one line per update.
/// </summary>
internal sealed class ProgressReporter(TextWriter error)
{
    private const int RowStep = 100_000;

    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly bool _enabled = !Console.IsErrorRedirected
        || string.Equals(Environment.GetEnvironmentVariable("WINDOWSCORING_PROGRESS"), "always", StringComparison.OrdinalIgnoreCase);

    private int _width;

    /// <summary>Called for every row read; reports every 100,000 rows (a file under that size never shows progress).</summary>
    public void Rows(int count)
    {
        if (count % RowStep == 0)
        {
            Status($"read {count.ToString("N0", CultureInfo.InvariantCulture)} rows");
        }
    }

    public void Status(string text)
    {
        if (!_enabled)
        {
            return;
        }

        if (_terminal)
        {
            error.Write("\r" + text.PadRight(_width));
            _width = text.Length;
        }
        else
        {
            error.WriteLine(text);
        }

        error.Flush();
    }

    /// <summary>Clears the progress line (before other output, and at the end).</summary>
    public void Done()
    {
        if (_enabled && _terminal && _width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
        }

        _width = 0;
    }
}
