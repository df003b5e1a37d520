using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

/// <summary>The shipped samples: the ratings export of September 2025 and the State Council's holiday schedules.</summary>
internal static class RatingSamples
{
    internal static string Path(string name) => System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "SampleData", name);

    internal static RatingReadResult September() => RatingReader.Default.Read(Path("ratings-2025-09.csv"));

    internal static WorkingCalendar Calendar(params int[] years) =>
        WorkingCalendar.Parse(string.Concat(years.Select(y => File.ReadAllText(Path($"holidays-{y}.txt"))))).EnsureSuccess().Calendar;

    internal static Rating Make(string id, string department, string date, RatingLevel level) =>
        new(id, Department.FromName(department), DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), level);
}
