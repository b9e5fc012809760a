using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class SpikeRuleTests
{
    // A diurnal cycle of amplitude 20 around 50 with a little noise, 2 days of 5-minute values.
    static double[] Diurnal(int n = 576) =>
        [.. Enumerable.Range(0, n).Select(i => Math.Round(50 + (20 * Math.Sin(i * 2 * Math.PI / 288)) + (0.5 * Math.Sin(i * 1.7)), 2))];

    static QcSeriesRules Spike => Only(QcRule.Spike, parameter: "COD");

    [Fact]
    public void Evaluate_DiurnalCycleWithoutSpikes_NothingFlagged()
    {
        Assert.Empty(Engine().Evaluate(Spike, Of(Diurnal())).Flags.ToArray());
    }

    [Fact]
    public void Evaluate_IsolatedJump_FlaggedWithMedianAsDetail()
    {
        var v = Diurnal();
        v[200] *= 4;

        var r = Engine().Evaluate(Spike, Of(v));

        Assert.Equal([200], Indices(r));
        Assert.Equal(QcSeverity.Suspect, r.Flags[0].Severity);
        Assert.InRange(r.Flags[0].Detail, v[199] - 3, v[199] + 3);
    }

    [Fact]
    public void Evaluate_LevelShiftThatPersists_NotASpike()
    {
        var v = Diurnal();
        for (var i = 300; i < v.Length; i++)
            v[i] += 200;

        Assert.Empty(Engine().Evaluate(Spike, Of(v)).Flags.ToArray());
    }

    [Fact]
    public void Evaluate_FlatSeriesWithOneStepOfResolution_NotASpike()
    {
        // MAD is 0 on a flat series; the scale falls back to 1 % of the median or the resolution.
        var v = Enumerable.Repeat(0.35, 30).ToArray();
        v[20] = 0.36;

        Assert.Empty(Engine().Evaluate(Spike, Of(v)).Flags.ToArray());
    }

    [Fact]
    public void Evaluate_WindowNotFull_NotJudged()
    {
        var v = Enumerable.Repeat(10.0, 12).ToArray();
        v[11] = 1000;

        Assert.Empty(Engine().Evaluate(Spike, Of(v)).Flags.ToArray());
    }

    [Fact]
    public void Evaluate_SpikeOnLastValue_JudgedOnMedianAlone()
    {
        var v = Diurnal(100);
        v[^1] *= 5;

        Assert.Equal([99], Indices(Engine().Evaluate(Spike, Of(v))));
    }

    [Fact]
    public void Evaluate_NonMeasuringNeighbour_SkippedForTheNextValue()
    {
        var v = Diurnal(100);
        v[50] *= 5;
        var values = Of(v);
        values[51] = values[51] with { Status = DeviceStatus.DeviceError, Value = double.NaN };

        Assert.Equal([50], Indices(Engine().Evaluate(Spike, values)));
    }

    [Fact]
    public void Evaluate_LargerK_FewerFlags()
    {
        // 50 ± 0.5 alternating: MAD 0.5, robust scale 0.74. A jump of 5 is 6.7 scales: a spike for K = 3, not for K = 10.
        var v = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? 49.5 : 50.5).ToArray();
        v[30] = 55.5;
        var tight = Only(QcRule.Spike, s => s with { Spike = s.Spike with { K = 3 } }, "COD");

        Assert.Empty(Engine().Evaluate(Spike, Of(v)).Flags.ToArray());
        Assert.Equal([30], Indices(Engine().Evaluate(tight, Of(v))));
    }
}
