using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public sealed class SimulationWriterTests : IDisposable
{
    readonly string _dir = Path.Combine(Path.GetTempPath(), "quantrac-sim-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    string[] WrittenFiles() => Directory.Exists(_dir)
        ? [.. Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_dir, p).Replace('\\', '/')).Order(StringComparer.Ordinal)]
        : [];

    [Fact]
    public void WriteBackfill_Defaults_WritesEveryFileAtItsPath()
    {
        var options = new SimulationOptions { StationsPerType = 1, Days = 1 };
        var files = StationSimulator.Generate(options).ToList();

        var count = SimulationWriter.WriteBackfill(_dir, options);

        Assert.Equal(files.Count, count);
        var last = files.GroupBy(f => f.RelativePath).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(last.Keys.Order(StringComparer.Ordinal), WrittenFiles());
        Assert.All(last, kv => Assert.Equal(kv.Value.Bytes, File.ReadAllBytes(Path.Combine(_dir, kv.Key))));
    }

    [Fact]
    public async Task RunRealtimeAsync_AdvancingTime_WritesDueFilesAtomically()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 14, 8, 37, 0, TimeSpan.FromHours(7)));
        var options = SimFiles.NoAnomalies with { StationsPerType = 1, Days = 1, RealtimeBackfill = TimeSpan.FromHours(1) };
        var all = StationSimulator.Generate(options with { Start = StationSimulator.RealtimeStart(options, time.GetUtcNow()) }).ToList();
        string[] Due() => [.. all.Where(f => f.DeliverAt <= time.GetUtcNow()).Select(f => f.RelativePath).Order(StringComparer.Ordinal)];
        using var cts = new CancellationTokenSource();

        var run = SimulationWriter.RunRealtimeAsync(_dir, options, time, cts.Token);
        // The backfill: 07:35 … 08:35, 13 files for each of the 4 stations.
        // Wait for the final names, not a count: a file being written shows under a temporary dot-name first.
        await WaitFor(() => WrittenFiles().SequenceEqual(Due()));
        Assert.Equal(4 * 13, Due().Length);
        Assert.Equal(Due(), WrittenFiles());

        // Move the clock by ten minutes; nudge it while waiting, since the writer may arm its (≤ 1 s) timer just after.
        time.Advance(TimeSpan.FromMinutes(10));
        await WaitFor(() => WrittenFiles().SequenceEqual(Due()), nudge: () => time.Advance(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(4 * 15, Due().Length);
        Assert.Equal(Due(), WrittenFiles());
        Assert.DoesNotContain(WrittenFiles(), p => p.EndsWith(".part", StringComparison.Ordinal));
        Assert.All(all.Where(f => f.DeliverAt <= time.GetUtcNow()), f => Assert.Equal(f.Bytes, File.ReadAllBytes(Path.Combine(_dir, f.RelativePath))));

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    static async Task WaitFor(Func<bool> condition, Action? nudge = null)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
            nudge?.Invoke();
        }
        Assert.True(condition(), "Timed out waiting for the simulated files.");
    }
}
