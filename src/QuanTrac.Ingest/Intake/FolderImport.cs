namespace QuanTrac.Ingest.Intake;

/// <summary>
/// <c>quantrac ingest PATH…</c>: reads, hashes and parses files on every core, in order, and feeds them to the
/// pipeline. The files themselves are left in place (the archive keeps a copy).
/// </summary>
public static class FolderImport
{
    /// <summary>Ingests every file under <paramref name="paths"/> and waits for the last commit.</summary>
    public static async Task<IntakeSummary> RunAsync(IntakePipeline pipeline, IEnumerable<string> paths, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var prepared = InboxFiles.Enumerate(paths)
            .AsParallel().AsOrdered()
            // One core stays free for the writers, which are the bottleneck (bench/README.md).
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount - 1))
            .WithCancellation(cancellationToken)
            .Select(path => Read(pipeline, path, time));
        foreach (var (path, file, error) in prepared)
        {
            if (file is null)
                pipeline.Summary.AddUnread(path, error!);
            else
                await pipeline.EnqueueAsync(file, cancellationToken);
        }
        await pipeline.CompleteAsync();
        return pipeline.Summary;
    }

    static (string Path, PreparedFile? File, string? Error) Read(IntakePipeline pipeline, string path, TimeProvider time)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return (path, pipeline.Prepare(new ReceivedFile(Path.GetFileName(path), path, bytes, time.GetUtcNow())), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (path, null, $"The file could not be read and was left in place: {e.Message} / Không đọc được tệp, tệp được giữ nguyên: {e.Message}");
        }
    }
}
