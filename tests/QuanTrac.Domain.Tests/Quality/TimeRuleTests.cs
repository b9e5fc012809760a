using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class TimeRuleTests
{
    static readonly QcSeriesRules Time = Only(QcRule.Time);

    [Fact]
    public void Evaluate_ObservedAfterArrivalBeyondTolerance_FutureTimeInvalid()
    {
        QcValue[] values = [At(0, 7, delay: TimeSpan.FromMinutes(-10)), At(1, 7, delay: TimeSpan.FromMinutes(-11))];

        var r = Engine().Evaluate(Time, values);

        Assert.Equal([1], Indices(r));
        Assert.Equal(QcFlagCode.FutureTime, r.Flags[0].Code);
        Assert.Equal(QcSeverity.Invalid, r.Flags[0].Severity);
        Assert.Equal(11, r.Flags[0].Detail);
    }

    [Fact]
    public void Evaluate_ArrivalUnknownAndAfterEvaluationTime_FutureTime()
    {
        var future = At(0, 7) with { ObservedAtTicks = new DateTimeOffset(2025, 7, 1, 0, 11, 0, TimeSpan.Zero).UtcTicks };

        Assert.Equal([QcFlagCode.FutureTime], Codes(Engine().Evaluate(Time, [future])));
    }

    [Fact]
    public void Evaluate_DelayBeyondSixMinutes_LateInfo()
    {
        QcValue[] values = [At(0, 7, delay: TimeSpan.FromMinutes(6)), At(1, 7, delay: TimeSpan.FromMinutes(6.5)), At(2, 7, flags: ObservationFlags.Late)];

        var r = Engine().Evaluate(Time, values);

        Assert.Equal([1, 2], Indices(r));
        Assert.All(r.Flags.ToArray(), f => Assert.Equal((QcFlagCode.Late, QcSeverity.Info), (f.Code, f.Severity)));
    }

    [Fact]
    public void Evaluate_IntakeMismatchFlag_TimestampMismatchInfo()
    {
        var r = Engine().Evaluate(Time, [At(0, 7, flags: ObservationFlags.TimestampMismatch)]);

        Assert.Equal([QcFlagCode.TimestampMismatch], Codes(r));
    }
}
