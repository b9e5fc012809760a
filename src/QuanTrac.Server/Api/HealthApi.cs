using QuanTrac.Domain.Time;
using QuanTrac.Server.Cluster;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary><c>GET /health</c>: the server is up and its store answers (a cheap read, no migration check per call); which node this is and whether it leads the periodic jobs.</summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IQuanTracStore store, StoreSchema schema, TimeProvider time, ServerOptions options, LeaderJobsService leader, CancellationToken ct) =>
        {
            var stations = await store.GetStationsAsync(ct);
            return Results.Ok(new { status = "ok", schemaVersion = schema.Version, stations = stations.Count, node = options.Node, leader = leader.IsLeader, time = VietnamTime.FormatIso(time.GetUtcNow()) });
        });
}
