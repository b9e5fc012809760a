using QuanTrac.Ingest.Simulation;
using QuanTrac.Storage;

namespace QuanTrac.Server.Demo;

/// <summary>
/// <c>--demo</c>: registers simulated stations of every type and writes their files into the inbox in real time
/// (after a backfill of the last hours), so the server shows live data on a fresh machine. The files take the
/// same road as real ones: inbox → watcher → pipeline → store.
/// </summary>
public sealed partial class DemoFeedService(IQuanTracStore store, ServerOptions options, TimeProvider time, ILogger<DemoFeedService> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var simulation = new SimulationOptions { StationsPerType = options.DemoStationsPerType, Days = 3650, Seed = 1 };
        foreach (var station in SimulatedStations.Build(simulation))
            await store.SaveStationAsync(station, stoppingToken);
        LogStarted(simulation.StationsPerType * 4, Path.GetFullPath(options.InboxPath));
        try
        {
            await SimulationWriter.RunRealtimeAsync(options.InboxPath, simulation, time, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Server stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Count} simulated stations write into {Inbox}")]
    partial void LogStarted(int count, string inbox);
}
