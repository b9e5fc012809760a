using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary>Stations, latest values and series under <c>/api/v1/stations</c>.</summary>
public static class StationsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapStationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stations");
        group.MapGet("/", async (IQuanTracStore store, CancellationToken ct) =>
            Results.Ok((await store.GetStationsAsync(ct)).Select(StationJson)));
        group.MapGet("/{id}", async (string id, IQuanTracStore store, CancellationToken ct) =>
            await store.GetStationAsync(id, ct) is { } s ? Results.Ok(StationJson(s)) : UnknownStation(id));
        group.MapGet("/{id}/latest", Latest);
        group.MapGet("/{id}/series", Series);
    }

    static async Task<IResult> Latest(string id, IQuanTracStore store, CancellationToken ct)
    {
        if (await store.GetStationAsync(id, ct) is null)
            return UnknownStation(id);
        var latest = await store.GetLatestAsync(id, ct);
        return Results.Ok(new { station = id, values = latest.Select(ValueJson) });
    }

    static async Task<IResult> Series(string id, string? parameter, string? from, string? to, bool? versions, string? layer, string? asOf,
        IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        if (await store.GetStationAsync(id, ct) is null)
            return UnknownStation(id);
        if (string.IsNullOrWhiteSpace(parameter))
            return Problem("parameter is required, e.g. ?parameter=PM2.5 / Cần chỉ rõ thông số, ví dụ ?parameter=PM2.5");
        if (!TryTime(to, out var end, time.GetUtcNow()) || !TryTime(from, out var start, end.AddDays(-1)))
            return Problem("from and to must be ISO 8601 times, e.g. 2026-03-25T00:00:00+07:00 (no offset means Vietnam time). / from và to phải theo ISO 8601.");
        if (start > end)
            return Problem("from must not be later than to. / from không được sau to.");
        // layer=raw|validated|published and asOf: the review layers (QuanTrac.Server.Review).
        if (layer is not null || asOf is not null)
            return await Review.LayeredSeries.ReadAsync(id, parameter, start, end, layer, asOf, store, ct);
        var values = new List<object>();
        await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(id, parameter, start, end, versions ?? false), ct))
            values.Add(ValueJson(o));
        return Results.Ok(new { station = id, parameter, from = VietnamTime.FormatIso(start), to = VietnamTime.FormatIso(end), values });
    }

    static bool TryTime(string? text, out DateTimeOffset value, DateTimeOffset fallback)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || VietnamTime.TryParseIso(text, out value);
    }

    static object StationJson(Station s) => new
    {
        id = s.Prefix,
        s.NameVi,
        s.NameEn,
        type = s.Type.ToString(),
        s.Province,
        s.Facility,
        location = s.Location is { } p ? new { latitude = p.Latitude, longitude = p.Longitude } : null,
        expectedIntervalMinutes = s.ExpectedInterval.TotalMinutes,
        parameters = s.Mappings.Select(m => m.ParameterCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    };

    static object ValueJson(StoredObservation o) => new
    {
        parameter = o.Observation.ParameterCode,
        observedAt = VietnamTime.FormatIso(o.Observation.ObservedAt),
        value = o.Observation.Value,
        unit = o.Observation.Unit,
        status = o.Observation.Status,
        flags = ObservationFlagNames.Format(o.Observation.Flags),
        version = o.Version,
        current = o.IsCurrent,
        receivedAt = VietnamTime.FormatIso(o.ReceivedAt),
    };

    static IResult UnknownStation(string id) => Results.Problem(statusCode: 404, title: "Unknown station / Không có trạm",
        detail: $"No station has the id '{id}'. / Không có trạm nào mã '{id}'.");

    static IResult Problem(string detail) => Results.Problem(statusCode: 400, title: "Invalid request / Yêu cầu không hợp lệ", detail: detail);
}
