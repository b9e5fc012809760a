using QuanTrac.Storage;

namespace QuanTrac.Ingest.Intake;

/// <summary>
/// Sends every quarantined file back through the pipeline from the raw archive — what an administrator does
/// after registering a station or fixing its mappings. Files that still cannot be read stay quarantined with
/// their (new) reason.
/// </summary>
public static class QuarantineReprocessing
{
    /// <summary>Re-ingests the quarantined files (at most <paramref name="limit"/>) and waits for the last commit.</summary>
    public static async Task<IntakeSummary> RunAsync(IntakePipeline pipeline, IQuanTracStore store, TimeProvider time,
        int limit = 100_000, CancellationToken cancellationToken = default)
    {
        var quarantined = await store.GetFilesAsync(new FileQuery(FileOutcomeKind.Quarantined, Limit: limit), cancellationToken);
        foreach (var entry in quarantined.OrderBy(e => e.Id))
        {
            var bytes = await store.GetRawBytesAsync(entry.Sha256, cancellationToken);
            if (bytes is null)
            {
                pipeline.Summary.AddUnread(entry.SourcePath, "The archive has no bytes for this file. / Kho lưu trữ không có dữ liệu của tệp này.");
                continue;
            }
            var file = new ReceivedFile(entry.FileName, entry.SourcePath, bytes, time.GetUtcNow());
            await pipeline.EnqueueAsync(pipeline.Prepare(file), cancellationToken);
        }
        await pipeline.CompleteAsync();
        return pipeline.Summary;
    }
}
