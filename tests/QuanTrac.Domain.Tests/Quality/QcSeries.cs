using Microsoft.Extensions.Time.Testing;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Tests.Quality;

/// <summary>Builds 5-minute series of <see cref="QcValue"/>s for the rule tests.</summary>
static class QcSeries
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 0, 5, 0, TimeSpan.FromHours(7));
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    /// <summary>An engine whose clock stands at 2025-07-01, after every test series.</summary>
    public static QcEngine Engine() => new(new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero)));

    public static QcValue At(int i, double value, DeviceStatus status = DeviceStatus.Measuring, byte decimals = 2,
        ObservationFlags flags = ObservationFlags.None, TimeSpan? delay = null) =>
        new((Start + Step * i).UtcTicks, value, status, decimals, flags,
            delay is { } d ? (Start + Step * i + d).UtcTicks : 0);

    public static QcValue[] Of(params double[] values) => [.. values.Select((v, i) => At(i, v))];

    /// <summary>Rules of a surface-water pH series, with one rule's settings changed.</summary>
    public static QcSeriesRules Rules(Func<QcParameterSettings, QcParameterSettings>? change = null, string parameter = "pH",
        StationType type = StationType.SurfaceWater) =>
        new QcRuleSet(change?.Invoke(QcParameterSettings.Default) ?? QcParameterSettings.Default, []).Resolve("ST", type, parameter);

    /// <summary>Only <paramref name="rule"/> enabled (others off), so a test sees that rule's flags alone.</summary>
    public static QcSeriesRules Only(QcRule rule, Func<QcParameterSettings, QcParameterSettings>? change = null, string parameter = "pH",
        StationType type = StationType.SurfaceWater) =>
        Rules(s =>
        {
            var off = s with
            {
                DeviceStatus = s.DeviceStatus with { Enabled = rule == QcRule.DeviceStatus },
                Range = s.Range with { Enabled = rule == QcRule.Range },
                Negative = s.Negative with { Enabled = rule == QcRule.Negative },
                Zero = s.Zero with { Enabled = rule == QcRule.Zero },
                Stuck = s.Stuck with { Enabled = rule == QcRule.Stuck },
                Spike = s.Spike with { Enabled = rule == QcRule.Spike },
                Time = s.Time with { Enabled = rule == QcRule.Time },
                CalibrationWindow = s.CalibrationWindow with { Enabled = rule == QcRule.CalibrationWindow },
                ReferenceCheck = s.ReferenceCheck with { Enabled = rule == QcRule.ReferenceCheck },
            };
            return change?.Invoke(off) ?? off;
        }, parameter, type);

    public static int[] Indices(QcResult r) => [.. r.Flags.ToArray().Select(f => f.Index)];

    public static QcFlagCode[] Codes(QcResult r) => [.. r.Flags.ToArray().Select(f => f.Code)];
}
