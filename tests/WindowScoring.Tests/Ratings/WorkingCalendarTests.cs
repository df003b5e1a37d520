using WindowScoring.Ratings;

namespace WindowScoring.Tests.Ratings;

public sealed class WorkingCalendarTests
{
    [Test]
    public void FifteenWorkingDays_AcrossNationalDay2025_CountTheMakeUpDays()
    {
        // Hand-counted: after Thursday 2025-09-25, Fri 26 (1), make-up Sun 28 (2), 29 (3), 30 (4), Oct 1–8 holiday,
        // 9 (5), 10 (6), make-up Sat 11 (7), 13–17 (8–12), 20–22 (13–15).
        var calendar = RatingSamples.Calendar(2025);

        calendar.TryAddWorkingDays(new DateOnly(2025, 9, 25), 15, out var deadline).Should().BeTrue();
        deadline.Should().Be(new DateOnly(2025, 10, 22));
        calendar.TryAddWorkingDays(new DateOnly(2025, 9, 26), 15, out deadline).Should().BeTrue();
        deadline.Should().Be(new DateOnly(2025, 10, 23));
    }

    [Test]
    public void FifteenWorkingDays_AcrossNationalDay2024_CountTheMakeUpSaturday()
    {
        // After Friday 2024-09-27: make-up Sun 29 (1), 30 (2), Oct 1–7 holiday, 8–11 (3–6), make-up Sat 12 (7), 14–18 (8–12), 21–23 (13–15).
        RatingSamples.Calendar(2024).TryAddWorkingDays(new DateOnly(2024, 9, 27), 15, out var deadline).Should().BeTrue();
        deadline.Should().Be(new DateOnly(2024, 10, 23));
    }

    [Test]
    public void WeekendsOnly_IgnoresHolidays()
    {
        WorkingCalendar.WeekendsOnly.TryAddWorkingDays(new DateOnly(2025, 9, 25), 15, out var deadline).Should().BeTrue();
        deadline.Should().Be(new DateOnly(2025, 10, 16));
        WorkingCalendar.WeekendsOnly.Years.Should().BeEmpty();
    }

    [Test]
    public void Deadline_PastTheCalendarsYears_IsNotComputed()
    {
        var calendar = RatingSamples.Calendar(2025);

        calendar.TryAddWorkingDays(new DateOnly(2025, 12, 20), 15, out _).Should().BeFalse();
        calendar.Years.Should().Equal(2025);
        RatingSamples.Calendar(2025, 2026).TryAddWorkingDays(new DateOnly(2025, 12, 20), 15, out var deadline).Should().BeTrue();
        deadline.Should().Be(new DateOnly(2026, 1, 12)); // Jan 1–3 holiday, make-up Sunday Jan 4
    }

    [Test]
    public void ShippedSchedules_HaveTheirHolidaysAndMakeUpDays()
    {
        var calendar = RatingSamples.Calendar(2024, 2025, 2026);

        calendar.Years.Should().Equal(2024, 2025, 2026);
        calendar.IsWorkingDay(new DateOnly(2025, 10, 8)).Should().BeFalse(); // a Wednesday of the National Day holiday
        calendar.IsWorkingDay(new DateOnly(2025, 10, 11)).Should().BeTrue(); // the make-up Saturday
        calendar.IsWorkingDay(new DateOnly(2025, 10, 12)).Should().BeFalse(); // an ordinary Sunday
        calendar.IsWorkingDay(new DateOnly(2024, 2, 18)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2026, 2, 16)).Should().BeFalse();
    }

    [Test]
    public void Parse_BadLines_AreLineNumberedAndSkipped()
    {
        var result = WorkingCalendar.Parse("# comment\n2025-10-01 休\n2025-13-01 休\n2025-10-08..2025-10-01 休\n2025-10-11 上班\n\u0000\n" + new string('x', 10_000) + "\n");

        result.Diagnostics.Should().OnlyContain(d => d.Code == DiagnosticCodes.CalendarLineInvalid);
        result.Diagnostics.Select(d => d.Line).Should().Equal(3, 4, 5, 6, 7);
        result.Calendar.IsWorkingDay(new DateOnly(2025, 10, 1)).Should().BeFalse();
    }

    [Test]
    public void Constructor_DayBothHolidayAndWorkday_Throws()
    {
        var day = new DateOnly(2025, 10, 11);
        var act = () => new WorkingCalendar([2025], [day], [day]);

        act.Should().Throw<ArgumentException>();
    }
}
