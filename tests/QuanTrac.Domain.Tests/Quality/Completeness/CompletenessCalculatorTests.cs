using QuanTrac.Domain.Quality.Completeness;

namespace QuanTrac.Domain.Tests.Quality.Completeness;

public class CompletenessCalculatorTests
{
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    static readonly DateOnly Day = new(2026, 3, 25);

    static DateTimeOffset At(int hour, int minute, int day = 25) => new DateTimeOffset(2026, 3, day, 0, 0, 0, Vn).AddHours(hour).AddMinutes(minute);

    [Fact]
    public void Compute_FullDayOnTime_ExpectsAndCounts288()
    {
        var records = Enumerable.Range(1, 288).Select(i => At(0, 5 * i)).Select(t => new CompletenessInput(t, t.AddMinutes(1), true));
        var row = Assert.Single(CompletenessCalculator.Compute("S", "COD", TimeSpan.FromMinutes(5), Day, Day, records));
        Assert.Equal(new CompletenessRow("S", "COD", Day, 288, 288, 288, 288), row);
        Assert.Equal(100m, row.CompletenessPercent);
    }

    [Fact]
    public void Compute_RecordStampedMidnight_BelongsToTheDayBefore()
    {
        var rows = CompletenessCalculator.Compute("S", "COD", TimeSpan.FromMinutes(5), Day, Day.AddDays(1),
            [new(At(24, 0), At(24, 1), true), new(At(0, 0), At(0, 1), true)]);
        // 00:00 of the 26th closes the 25th; 00:00 of the 25th closes the 24th, outside the range.
        Assert.Equal([1, 0], rows.Select(r => r.Received));
    }

    [Fact]
    public void Compute_LateInvalidAndMissing_CountedApart()
    {
        var records = new[]
        {
            new CompletenessInput(At(1, 0), At(1, 6), true),          // exactly the delay: on time
            new CompletenessInput(At(1, 5), At(1, 11).AddSeconds(1), true), // one second late
            new CompletenessInput(At(1, 10), At(1, 10), false),
        };
        var row = Assert.Single(CompletenessCalculator.Compute("S", "COD", TimeSpan.FromMinutes(5), Day, Day, records));
        Assert.Equal((288, 3, 2, 2), (row.Expected, row.Received, row.Valid, row.OnTime));
        Assert.Equal(66.67m, row.OnTimePercent);
    }

    [Fact]
    public void Compute_DayWithoutData_HasARowOfZeros()
    {
        var rows = CompletenessCalculator.Compute("S", "COD", TimeSpan.FromHours(1), Day, Day.AddDays(2), [new(At(3, 0), At(3, 0), true)]);
        Assert.Equal([(24, 1), (24, 0), (24, 0)], rows.Select(r => (r.Expected, r.Received)));
    }

    [Fact]
    public void Compute_ByMonth_SumsTheRequestedDaysOfEachMonth()
    {
        var records = new[] { new CompletenessInput(At(2, 0, 30), At(2, 0, 30), true), new CompletenessInput(new DateTimeOffset(2026, 4, 2, 5, 0, 0, Vn), new DateTimeOffset(2026, 4, 2, 5, 0, 0, Vn), true) };
        var rows = CompletenessCalculator.Compute("S", "COD", TimeSpan.FromHours(1), new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 3), records, CompletenessPeriod.Month);
        Assert.Equal([(new DateOnly(2026, 3, 30), 48, 1), (new DateOnly(2026, 4, 1), 72, 1)], rows.Select(r => (r.Date, r.Expected, r.Received)));
    }

    [Fact]
    public void Uptime_IntervalsWithAMeasuringParameter_CountOnce()
    {
        var rows = CompletenessCalculator.Uptime("S", TimeSpan.FromMinutes(5), Day, Day,
            [(At(1, 0), true), (At(1, 0), true), (At(1, 5), false), (At(1, 10), true)]);
        var row = Assert.Single(rows);
        Assert.Equal((288, 2), (row.Expected, row.Up));
    }
}
