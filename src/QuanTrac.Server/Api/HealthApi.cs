using QuanTrac.Domain.Time;
using QuanTrac.Server.Cluster;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary><c>GET /health</c>: the server is up and its store answers; which node this is and whether it leads the periodic jobs.</summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IQuanTracStore store, TimeProvider time, ServerOptions options, LeaderJobsService leader, CancellationToken ct) =>
        {
            var schema = await store.MigrateAsync(ct);
            var stations = await store.GetStationsAsync(ct);
            return Results.Ok(new { status = "ok", schemaVersion = schema, stations = stations.Count, node = options.Node, leader = leader.IsLeader, time = VietnamTime.FormatIso(time.GetUtcNow()) });
        });
}
