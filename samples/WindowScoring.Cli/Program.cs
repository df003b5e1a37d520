// WindowScoring command-line sample, on System.CommandLine.
//   dotnet run --project samples/WindowScoring.Cli                                  rank the bundled November 2023 table
//   dotnet run --project samples/WindowScoring.Cli -- rank <file>                   rank a table (.xlsx/CSV/TSV/report layout/report text)
//   dotnet run --project samples/WindowScoring.Cli -- audit <file>                  check a published table against a recomputation
//   dotnet run --project samples/WindowScoring.Cli -- convert <file> --to csv|markdown|report [--output out.csv]
//   dotnet run --project samples/WindowScoring.Cli -- convert <file> --to xlsx|docx --output <file>   (binary: --output required)
//   dotnet run --project samples/WindowScoring.Cli -- history <files...> --period 2023-Q4 [--method sum|average|weighted]
//                [--evaluations <file>] [--alias 省林业厅=省林草局]... [--min-months n] [--round n]
//   every command: [--encoding gbk] [--format auto|delimited|report-text] [--culture zh-CN|en] [--sheet <name>] [--output <file>] [--help]
// A file starting with the zip signature (PK\x03\x04, every .xlsx) is read with WindowScoring.OpenXml's WorkbookReader.
// Exit codes: 0 success (audit: consistent), 1 the file has errors (audit: findings), 2 usage error or unreadable file.
// Help goes to standard output (exit 0); a mistake is named on standard error (exit 2).
using System.Text;
using WindowScoring.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
