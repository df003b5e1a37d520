using System.Diagnostics;
using System.Text;

namespace WindowScoring.Cli.Tests;

/// <summary>Runs the built command-line sample as a process (<c>dotnet WindowScoring.Cli.dll …</c>) and captures what it prints.</summary>
internal static class CliProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static string SampleData(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", name);

    public static async Task<Run> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, byte[]? standardInput = null)
    {
        var program = Path.Combine(TestContext.CurrentContext.TestDirectory, "WindowScoring.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = TestContext.CurrentContext.TestDirectory,
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("WINDOWSCORING_PROGRESS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        // Standard input is always a pipe: the given bytes, or none (closed at once, so no command waits on a terminal).
        var input = Task.Run(async () =>
        {
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(standardInput ?? []);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program exited without reading all of its input (a usage error): nothing to deliver.
            }
        });
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await input;
        return new Run(process.ExitCode, await output, await error);
    }

    public static Task<Run> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);
}
