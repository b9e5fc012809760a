using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class StuckRuleTests
{
    static double[] Run(int before, int stuck, int after) =>
        [.. Enumerable.Range(0, before).Select(i => 7 + (0.01 * i)), .. Enumerable.Repeat(7.5, stuck), .. Enumerable.Range(0, after).Select(i => 8 + (0.01 * i))];

    [Fact]
    public void Evaluate_ElevenIdentical_NotFlagged()
    {
        Assert.Empty(Engine().Evaluate(Only(QcRule.Stuck), Of(Run(3, 11, 3))).Flags.ToArray());
    }

    [Fact]
    public void Evaluate_FifteenIdentical_FlaggedFromTheTwelfth()
    {
        var r = Engine().Evaluate(Only(QcRule.Stuck), Of(Run(3, 15, 3)));

        Assert.Equal([14, 15, 16, 17], Indices(r));
        Assert.Equal([12d, 13, 14, 15], r.Flags.ToArray().Select(f => f.Detail));
    }

    [Fact]
    public void Evaluate_FlagWholeRun_FlagsFromTheFirst()
    {
        var r = Engine().Evaluate(Only(QcRule.Stuck, s => s with { Stuck = s.Stuck with { FlagWholeRun = true } }), Of(Run(3, 15, 3)));

        Assert.Equal(Enumerable.Range(3, 15), Indices(r));
    }

    [Fact]
    public void Evaluate_NonMeasuringValuesInside_SkippedNeitherCountedNorBreaking()
    {
        var values = Of(Run(0, 12, 0)).ToList();
        values.Insert(6, At(6, 7.5, DeviceStatus.Calibrating));
        values.Insert(7, At(7, double.NaN, DeviceStatus.DeviceError));
        var ordered = values.Select((v, i) => v with { ObservedAtTicks = At(i, 0).ObservedAtTicks }).ToArray();

        var r = Engine().Evaluate(Only(QcRule.Stuck), ordered);

        Assert.Equal([13], Indices(r));
    }

    [Fact]
    public void Evaluate_WindDirection_OffByDefault()
    {
        Assert.False(Rules(parameter: "WindDir", type: Domain.Stations.StationType.AmbientAir).IsEnabled(QcRule.Stuck));
        Assert.True(Rules(parameter: "PM10", type: Domain.Stations.StationType.AmbientAir).IsEnabled(QcRule.Stuck));
    }

    [Fact]
    public void Evaluate_RunLengthSetting_Honoured()
    {
        var r = Engine().Evaluate(Only(QcRule.Stuck, s => s with { Stuck = s.Stuck with { RunLength = 3 } }), Of(1, 2, 2, 2, 3));

        Assert.Equal([3], Indices(r));
    }
}
