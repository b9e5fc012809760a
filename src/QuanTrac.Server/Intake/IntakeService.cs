using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.Storage.Cluster;

namespace QuanTrac.Server.Intake;

/// <summary>Runs the intake pipeline and the inbox watcher for the life of the server.</summary>
public sealed partial class IntakeService(IQuanTracStore store, IntakeOptions intakeOptions, ServerOptions options, TimeProvider time,
    Indices.IndexSignal signal, ILogger<IntakeService> logger) : BackgroundService
{
    /// <summary>The pipeline, once started.</summary>
    public IntakePipeline? Pipeline { get; private set; }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var pipeline = await IntakePipeline.StartAsync(store, intakeOptions, time, cancellationToken: stoppingToken);
        Pipeline = pipeline;
        pipeline.Committed += (prepared, outcome) =>
        {
            if (outcome.Kind == FileOutcomeKind.Quarantined)
                LogQuarantined(prepared.File.SourcePath, outcome.Reason!.English);
            // The current indices and latest values of this station are recomputed soon. By the file's name, not by its
            // prepared observations: a file of a station registered after the pipeline started is mapped only at commit.
            else if (outcome.Kind == FileOutcomeKind.Accepted && prepared.Parsed.Name?.Prefix is { } station)
                signal.Touch(station);
        };
        LogWatching(Path.GetFullPath(options.InboxPath), options.Node);
        var watcher = new InboxWatcher(options.InboxPath, pipeline, time)
        {
            StableFor = options.InboxStableFor,
            ScanInterval = options.InboxStableFor < TimeSpan.FromSeconds(1) ? options.InboxStableFor : TimeSpan.FromSeconds(1),
            Claims = ClusterCoordination.ClaimsFor(store),
            Node = options.Node,
            ClaimLease = options.InboxClaimLease,
        };
        await watcher.RunAsync(stoppingToken);
        await pipeline.CompleteAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching inbox {Inbox} as node {Node}")]
    partial void LogWatching(string inbox, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {File}: {Reason}")]
    partial void LogQuarantined(string file, string reason);
}
