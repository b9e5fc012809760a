using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary><c>GET /health</c>: the server is up and its store answers.</summary>
public static class HealthApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (IQuanTracStore store, TimeProvider time, CancellationToken ct) =>
        {
            var schema = await store.MigrateAsync(ct);
            var stations = await store.GetStationsAsync(ct);
            return Results.Ok(new { status = "ok", schemaVersion = schema, stations = stations.Count, time = VietnamTime.FormatIso(time.GetUtcNow()) });
        });
}
