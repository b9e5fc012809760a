using QuanTrac.Domain.Tamper;

namespace QuanTrac.Domain.Tests.Tamper;

public class TamperDetectorsTests
{
    const decimal Limit = 135m; // COD, QCVN 40:2011 B × 0.9

    static IReadOnlyList<TamperSignal> Analyse(List<TamperRecord> records, decimal? limit = Limit) =>
        TamperAnalysis.Analyse("S", new Dictionary<string, IReadOnlyList<TamperRecord>> { ["COD"] = records },
            limit is { } l ? new Dictionary<string, (decimal, string)> { ["COD"] = (l, "mg/L") } : [], TamperSeries.Start, TamperSeries.End(records));

    [Fact]
    public void Analyse_CleanSimulatedDays_NoSignal()
    {
        foreach (var seed in new[] { 1, 2, 3 })
            Assert.Empty(Analyse(TamperSeries.Clean(seed: seed)));
    }

    [Fact]
    public void Replay_ThreeHoursCopiedFromTwoDaysBefore_Detected()
    {
        var records = TamperSeries.Clean();
        var first = 8 * 288 + 120; // day 8, 10:05
        for (var i = first; i < first + 36; i++)
            records[i] = records[i] with { Value = records[i - 2 * 288].Value };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal((TamperKind.Replay, "COD", 36m), (signal.Kind, signal.Parameter, signal.Score));
        Assert.Equal(records[first].ObservedAt, signal.From);
        Assert.Contains("2 ngày trước", signal.ExplanationVi, StringComparison.Ordinal);
        Assert.Contains("2 day(s) earlier", signal.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ShorterThanTheMinimum_NotReported()
    {
        var records = TamperSeries.Clean();
        for (var i = 8 * 288; i < 8 * 288 + 20; i++)
            records[i] = records[i] with { Value = records[i - 288].Value };
        Assert.Empty(Analyse(records));
    }

    [Fact]
    public void FlatWhileStatusChanges_FixedValueThroughCalibrationAndError_Detected()
    {
        var records = TamperSeries.Clean();
        var statuses = new[] { "00", "00", "01", "01", "01", "02", "02", "00", "00", "00" };
        for (var k = 0; k < statuses.Length; k++)
            records[500 + k] = records[500 + k] with { Value = 58.40m, Status = statuses[k] };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal((TamperKind.FlatWhileStatusChanges, 10m), (signal.Kind, signal.Score));
        Assert.Contains("00, 01, 02", signal.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("giữ nguyên 58.40", signal.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void FlatWithSteadyStatus_IsAStuckSensorNotATamperSignal()
    {
        var records = TamperSeries.Clean();
        for (var k = 0; k < 24; k++)
            records[700 + k] = records[700 + k] with { Value = 61.00m };
        Assert.DoesNotContain(Analyse(records), s => s.Kind == TamperKind.FlatWhileStatusChanges);
    }

    [Fact]
    public void Pinned_ValuesHeldJustBelowTheLimit_Detected()
    {
        var random = new Random(5);
        // A plant that discharges above the limit most of the day, and reports whatever exceeds 90 % as 121.5–134.9.
        var records = TamperSeries.Clean(mean: 140, amplitude: 20);
        for (var i = 0; i < records.Count; i++)
            if (records[i].Value > 0.9m * Limit)
                records[i] = records[i] with { Value = Math.Round(0.9m * Limit + (decimal)random.NextDouble() * 0.0995m * Limit, 2) };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal(TamperKind.PinnedBelowLimit, signal.Kind);
        Assert.Contains("sát dưới giới hạn 135", signal.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_ProcessRunningCloseToTheLimitAndSpillingOver_NotReported()
    {
        // The same process without the clamp: it exceeds the limit a good part of the time.
        Assert.DoesNotContain(Analyse(TamperSeries.Clean(mean: 140, amplitude: 20)), s => s.Kind == TamperKind.PinnedBelowLimit);
        Assert.DoesNotContain(Analyse(TamperSeries.Clean(mean: 110, amplitude: 20)), s => s.Kind == TamperKind.PinnedBelowLimit);
    }

    [Fact]
    public void RoundNumbers_ManyWholeValuesInATwoDecimalSeries_Detected()
    {
        var records = TamperSeries.Clean();
        for (var i = 0; i < records.Count; i += 3)
            records[i] = records[i] with { Value = Math.Round(records[i].Value!.Value, 0) };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal(TamperKind.RoundNumbers, signal.Kind);
        Assert.Contains("whole numbers", signal.ExplanationEn, StringComparison.Ordinal);
        Assert.InRange(signal.Score, 0.3m, 0.4m);
    }

    [Fact]
    public void ClockDrift_DelayGrowingFiveMinutesADay_Detected()
    {
        var records = TamperSeries.Clean();
        for (var i = 0; i < records.Count; i++)
            records[i] = records[i] with { ReceivedAt = records[i].ReceivedAt.AddSeconds(300.0 * i / 288) };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal((TamperKind.ClockDrift, ""), (signal.Kind, signal.Parameter));
        Assert.InRange(signal.Score, 290m, 310m);
        Assert.Contains("chậm dần", signal.ExplanationVi, StringComparison.Ordinal);
    }

    [Fact]
    public void ClockAhead_RecordsStampedAfterTheyArrived_Detected()
    {
        var records = TamperSeries.Clean();
        for (var i = 1000; i < 1020; i++)
            records[i] = records[i] with { ReceivedAt = records[i].ObservedAt.AddMinutes(-5) };

        var signal = Assert.Single(Analyse(records));
        Assert.Equal((TamperKind.ClockDrift, 20m), (signal.Kind, signal.Score));
        Assert.Contains("before they were measured", signal.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ClockDrift_BacklogSentInOneGo_NotMistakenForDrift()
    {
        var records = TamperSeries.Clean();
        var upload = TamperSeries.End(records).AddDays(3);
        Assert.Empty(Analyse([.. records.Select(r => r with { ReceivedAt = upload })]));
    }
}
