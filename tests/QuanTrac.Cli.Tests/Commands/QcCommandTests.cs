using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac qc (--data DIR | --db CONNECTION) [--station PREFIX] [--from T] [--to T]</c>.</summary>
public class QcCommandTests
{
    [Fact]
    public async Task Qc_SimulatedDayTwice_CountsEveryValueFlagsCalibrationsAndIsDeterministic()
    {
        using var dir = new TempDir();
        var sim = dir["sim"];
        var data = dir["data"];
        (await QuantracProcess.RunAsync("simulate", "--out", sim, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);
        (await QuantracProcess.RunAsync("stations", "import", "--data", data, sim + ".stations.json")).ShouldExit(0);
        await Cli.IngestAsync(data, sim);
        var stored = (await Cli.ExportAsync(data)).Count - 1;

        var first = (await QuantracProcess.RunAsync("qc", "--data", data)).ShouldExit(0);
        var second = (await QuantracProcess.RunAsync("qc", "--data", data)).ShouldExit(0);

        using var json = first.Json();
        var root = json.RootElement;
        Assert.Equal(["values", "flagged", "byRule"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(stored, root.GetProperty("values").GetInt64());
        var byRule = root.GetProperty("byRule");
        Assert.Equal(JsonValueKind.Object, byRule.ValueKind);
        Assert.True(byRule.TryGetProperty("device-status", out var deviceStatus) && deviceStatus.GetInt64() > 0, first.Describe());
        var flagged = root.GetProperty("flagged").GetInt64();
        Assert.InRange(flagged, deviceStatus.GetInt64(), stored);
        // byRule also counts info flags (every backfilled value is LATE); flagged counts only suspect or invalid ones.
        Assert.All(byRule.EnumerateObject(), r => Assert.InRange(r.Value.GetInt64(), 1, stored));
        Assert.True(flagged < stored);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public async Task Qc_BadTime_Exit2Bilingual()
    {
        using var dir = new TempDir();
        var result = (await QuantracProcess.RunAsync("qc", "--data", dir["data"], "--from", "yesterday")).ShouldExit(2);
        Assert.Contains("is not a time", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("không phải thời điểm", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
