namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// Puts simulated files on disk as an FTP server would receive them: all at once (a backlog for benchmarks and
/// demos) or in real time, each file appearing when its upload completes.
/// </summary>
public static class SimulationWriter
{
    static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Writes every file of the simulation below <paramref name="outDir"/> (folders created as needed) and returns
    /// how many were written. A resend overwrites its original, as an FTP upload under the same name does, and is
    /// counted. Files are written directly (no temporary name): start the watcher after the backfill.
    /// </summary>
    public static int WriteBackfill(string outDir, SimulationOptions o)
    {
        var root = Path.GetFullPath(outDir);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<SimulatedFile>(BatchSize);
        var count = 0;
        foreach (var file in StationSimulator.Generate(o))
        {
            batch.Add(file);
            count++;
            if (batch.Count == BatchSize)
                WriteBatch(root, batch, created);
        }
        WriteBatch(root, batch, created);
        return count;
    }

    const int BatchSize = 2048;

    /// <summary>
    /// Writes a batch in parallel: creating many small files is bound by system calls, not by one core. Within a
    /// batch only the last version of a path is written (a resend replaces its original), so the final content
    /// is the same as writing one by one in delivery order.
    /// </summary>
    static void WriteBatch(string root, List<SimulatedFile> batch, HashSet<string> created)
    {
        var latest = new Dictionary<string, (string Path, byte[] Bytes)>(batch.Count, StringComparer.Ordinal);
        foreach (var file in batch)
            latest[file.RelativePath] = (FullPath(root, file, created), file.Bytes);
        Parallel.ForEach(latest.Values, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) },
            f => File.WriteAllBytes(f.Path, f.Bytes));
        batch.Clear();
    }

    /// <summary>
    /// Writes each file when <paramref name="time"/> reaches its <see cref="SimulatedFile.DeliverAt"/>, until the
    /// simulated period ends or <paramref name="ct"/> is cancelled. With <see cref="SimulationOptions.Start"/> unset
    /// the simulation starts at now aligned down to the interval minus <see cref="SimulationOptions.RealtimeBackfill"/>,
    /// so the recent past is written at once. Every file is written as <c>.name.part</c> in its folder and then
    /// renamed, so a watcher never sees half a file.
    /// </summary>
    public static async Task RunRealtimeAsync(string outDir, SimulationOptions o, TimeProvider time, CancellationToken ct)
    {
        var root = Path.GetFullPath(outDir);
        var options = o with { Start = StationSimulator.RealtimeStart(o, time.GetUtcNow()) };
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in StationSimulator.Generate(options))
        {
            // Sleep in slices of at most a second and look at the clock again: a long single timer would
            // oversleep if the clock is changed (or a test's fake clock moves) while it is armed.
            for (var wait = file.DeliverAt - time.GetUtcNow(); wait > TimeSpan.Zero; wait = file.DeliverAt - time.GetUtcNow())
                await Task.Delay(wait < MaxSleep ? wait : MaxSleep, time, ct);
            ct.ThrowIfCancellationRequested();
            var path = FullPath(root, file, created);
            var part = Path.Combine(Path.GetDirectoryName(path)!, "." + file.FileName + ".part");
            await File.WriteAllBytesAsync(part, file.Bytes, ct);
            File.Move(part, path, overwrite: true);
        }
    }

    static string FullPath(string root, SimulatedFile file, HashSet<string> created)
    {
        var path = Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
        var dir = Path.GetDirectoryName(path)!;
        if (created.Add(dir))
            Directory.CreateDirectory(dir);
        return path;
    }
}
