using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Http;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary>
/// Stations (JSON, CSV, GeoJSON), their latest values and series (raw or hourly / daily / monthly means with
/// coverage) under <c>/api/v1/stations</c>. Every value is labelled with its data layer; until the review workflow
/// exists every value is <c>provisional</c>.
/// </summary>
public static class StationsApi
{
    /// <summary>The only data layer there is today: values that passed the automatic intake checks, not reviewed.</summary>
    public const string Layer = "provisional";

    /// <summary>Longest range of one series request.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    /// <summary>Maps the endpoints.</summary>
    public static void MapStationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/stations.geojson", (HttpContext context, IQuanTracStore store, CancellationToken ct) => List(context, store, ResponseFormat.GeoJson, ct))
            .WithTags("Stations").WithSummary("Stations as GeoJSON / Trạm dạng GeoJSON")
            .WithDescription("A FeatureCollection of the stations with a position; properties id, nameVi, nameEn, type, province.");
        var group = app.MapGroup("/api/v1/stations").WithTags("Stations");
        group.MapGet("/", (HttpContext context, IQuanTracStore store, CancellationToken ct) =>
                Negotiation.TryGetFormat(context.Request, out var format, out var problem) ? List(context, store, format, ct) : Task.FromResult(problem!))
            .WithSummary("Stations / Danh sách trạm")
            .WithDescription("All registered stations. `?format=csv|geojson` (or Accept: text/csv, application/geo+json); `?page=&pageSize=` with X-Total-Count and Link headers.");
        group.MapGet("/{id}", async (string id, HttpContext context, IQuanTracStore store, CancellationToken ct) =>
                !Identifiers.IsStationId(id) ? Problems.MalformedStation()
                : await store.GetStationAsync(id, ct) is { } s ? Answers.Json(context, StationJson(s), 60) : Problems.UnknownStation(id))
            .WithSummary("One station / Một trạm");
        group.MapGet("/{id}/latest", Latest)
            .WithSummary("Latest value of each parameter / Giá trị mới nhất")
            .WithDescription("From the store's latest-values table (no scan), kept in memory per station for at most 30 s. `?format=csv`.");
        group.MapGet("/{id}/series", Series)
            .WithSummary("Series / Chuỗi số liệu")
            .WithDescription("`parameter` (required), `from`, `to` (ISO 8601; no offset = Vietnam time; default the last 24 h; at most 366 days), "
                + "`aggregate=hour|day|month` for means with coverage (hour-ending labels, Vietnam time), `versions=true` for every stored version of raw values, "
                + "`layer=raw|validated|published` and `asOf` (ISO 8601) for a review layer as it stood then, also with `aggregate` (each mean marked provisional "
                + "unless all its values were approved at review level 2). `?format=csv`; `?page=&pageSize=`.");
    }

    static async Task<IResult> List(HttpContext context, IQuanTracStore store, ResponseFormat format, CancellationToken ct)
    {
        if (!Paging.TryRead(context.Request, out var paging, out var problem))
            return problem!;
        var stations = Paging.Apply(await store.GetStationsAsync(ct), paging, context);
        switch (format)
        {
            case ResponseFormat.Csv:
                var csv = new CsvWriter("id", "name_vi", "name_en", "type", "province", "facility", "latitude", "longitude", "parameters");
                foreach (var s in stations)
                    csv.Field(s.Prefix).Field(s.NameVi).Field(s.NameEn).Field(s.Type.ToString()).Field(s.Province).Field(s.Facility)
                        .Field(s.Location?.Latitude).Field(s.Location?.Longitude).Field(string.Join(' ', Parameters(s))).EndRow();
                return Answers.Csv(csv, 60);
            case ResponseFormat.GeoJson:
                return Answers.Json(context, new
                {
                    type = "FeatureCollection",
                    features = stations.Where(s => s.Location is not null).Select(s => new
                    {
                        type = "Feature",
                        id = s.Prefix,
                        geometry = new { type = "Point", coordinates = new[] { s.Location!.Longitude, s.Location.Latitude } },
                        properties = new { id = s.Prefix, nameVi = s.NameVi, nameEn = s.NameEn, type = s.Type.ToString(), province = s.Province },
                    }),
                }, 60, "application/geo+json; charset=utf-8");
            default:
                return Answers.Json(context, stations.Select(StationJson), 60);
        }
    }

    static async Task<IResult> Latest(string id, HttpContext context, IQuanTracStore store, LatestValuesCache cache, CancellationToken ct)
    {
        if (!Identifiers.IsStationId(id))
            return Problems.MalformedStation();
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem))
            return problem!;
        if (await cache.GetAsync(store, id, ct) is not { } latest)
            return Problems.UnknownStation(id);
        if (format == ResponseFormat.Csv)
            return Answers.Csv(ValuesCsv(id, latest), 30);
        return Answers.Json(context, new { station = id, layer = Layer, values = latest.Select(ValueJson) }, 30);
    }

    static async Task<IResult> Series(string id, string? parameter, string? from, string? to, bool? versions, string? aggregate, string? layer, string? asOf,
        HttpContext context, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        if (!Identifiers.IsStationId(id))
            return Problems.MalformedStation();
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem) || !Paging.TryRead(context.Request, out var paging, out problem))
            return problem!;
        if (await store.GetStationAsync(id, ct) is not { } station)
            return Problems.UnknownStation(id);
        if (string.IsNullOrWhiteSpace(parameter))
            return Problems.BadRequest("parameter is required, e.g. ?parameter=PM2.5 / Cần chỉ rõ thông số, ví dụ ?parameter=PM2.5");
        if (!TryRange(from, to, time, TimeSpan.FromDays(1), out var start, out var end, out problem))
            return problem!;
        AveragingPeriod? period = aggregate?.ToLowerInvariant() switch
        {
            null or "" => null,
            "hour" => AveragingPeriod.Hour,
            "day" => AveragingPeriod.Day,
            "month" => AveragingPeriod.Month,
            _ => (AveragingPeriod)(-1),
        };
        if (period == (AveragingPeriod)(-1))
            return Problems.BadRequest("aggregate must be hour, day or month. / aggregate phải là hour, day hoặc month.");
        if (period is not null && versions == true)
            return Problems.BadRequest("versions=true applies to raw values only, not to means. / versions=true chỉ dùng cho số liệu gốc, không cho giá trị trung bình.");

        // layer=raw|validated|published and asOf: the review layers (QuanTrac.Server.Review).
        var layered = layer is not null || asOf is not null;
        if (layered && period is null)
            return await Review.LayeredSeries.ReadAsync(id, parameter, start, end, layer, asOf, store, ct);
        var range = new { from = VietnamTime.FormatIso(start), to = VietnamTime.FormatIso(end) };
        if (layered && period is { } meanPeriod)
        {
            var (values, unit, layerName, at, invalid) = await Review.LayeredSeries.ValuesAsync(id, parameter, start, end, layer, asOf, store, ct);
            if (invalid is not null)
                return invalid;
            // A mean is provisional when any value of its period is (the periods nest: a value's hour lies in its day and month).
            var provisionalEnds = values.Where(v => v.Provisional).Select(v => Periods.Containing(v.Value.At, meanPeriod).End).ToHashSet();
            return Means(context, format, paging, id, parameter, range.from, range.to, meanPeriod, unit, layerName, at,
                Aggregate(values.Select(v => v.Value), station, meanPeriod), end => provisionalEnds.Contains(end));
        }
        var raw = new List<StoredObservation>();
        await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(id, parameter, start, end, versions ?? false), ct))
            raw.Add(o);
        if (period is not { } p)
        {
            var page = Paging.Apply(raw, paging, context);
            if (format == ResponseFormat.Csv)
                return Answers.Csv(ValuesCsv(id, page), 30);
            return Answers.Json(context, new { station = id, parameter, range.from, range.to, layer = Layer, values = page.Select(ValueJson) }, 30);
        }
        return Means(context, format, paging, id, parameter, range.from, range.to, p, raw.Count > 0 ? raw[^1].Observation.Unit : null, Layer, null,
            Aggregate(raw.Select(o => TimedValue.FromObservation(o.Observation)), station, p), _ => true);
    }

    /// <summary>The means answer (JSON or CSV, paged); <paramref name="provisional"/> tells, by period end, which rest on unreviewed values.</summary>
    static IResult Means(HttpContext context, ResponseFormat format, Paging? paging, string id, string parameter, string from, string to,
        AveragingPeriod period, string? unit, string layer, DateTimeOffset? asOf, IReadOnlyList<Aggregate> means, Func<DateTimeOffset, bool> provisional)
    {
        var page = Paging.Apply(means, paging, context);
        if (format == ResponseFormat.Csv)
        {
            var csv = new CsvWriter("station", "parameter", "period_end", "mean", "unit", "count", "expected", "coverage_percent", "valid", "min", "max", "layer", "provisional");
            foreach (var a in page)
                csv.Field(id).Field(parameter).Field(VietnamTime.FormatIso(a.End)).Field(a.Mean).Field(unit).Field(a.Count).Field(a.ExpectedCount)
                    .Field(Math.Round(a.CoveragePercent, 1)).Field(a.Valid).Field(a.Min).Field(a.Max).Field(layer).Field(provisional(a.End)).EndRow();
            return Answers.Csv(csv, 30);
        }
        return Answers.Json(context, new
        {
            station = id, parameter, from, to, aggregate = period.ToString().ToLowerInvariant(), unit, layer,
            asOf = asOf is { } at ? VietnamTime.FormatIso(at) : null,
            coverageThresholdPercent = AveragingSettings.Default.CoverageThresholdPercent,
            values = page.Select(a => new
            {
                periodEnd = VietnamTime.FormatIso(a.End), mean = a.Mean, count = a.Count, expected = a.ExpectedCount,
                coveragePercent = Math.Round(a.CoveragePercent, 1), valid = a.Valid, min = a.Min, max = a.Max, provisional = provisional(a.End),
            }),
        }, 30);
    }

    /// <summary>Means of a level built from the level below (a day is the mean of its valid hours).</summary>
    static IReadOnlyList<Aggregate> Aggregate(IEnumerable<TimedValue> values, Station station, AveragingPeriod period)
    {
        var hourly = Averages.Hourly(values, station.ExpectedInterval);
        if (period == AveragingPeriod.Hour)
            return hourly;
        var daily = Averages.Daily(hourly.Select(h => h.ToTimedValue()));
        return period == AveragingPeriod.Day ? daily : Averages.Monthly(daily.Select(d => d.ToTimedValue()));
    }

    /// <summary>Reads <c>from</c>/<c>to</c> (default: <paramref name="defaultSpan"/> up to now) and checks order and length.</summary>
    internal static bool TryRange(string? from, string? to, TimeProvider time, TimeSpan defaultSpan, out DateTimeOffset start, out DateTimeOffset end, out IResult? problem)
    {
        problem = null;
        start = default;
        if (!TryTime(to, out end, time.GetUtcNow()) || !TryTime(from, out start, end - defaultSpan))
            problem = Problems.BadRequest("from and to must be ISO 8601 times, e.g. 2026-03-25T00:00:00+07:00 (no offset means Vietnam time). / from và to phải theo ISO 8601.");
        else if (start > end)
            problem = Problems.BadRequest("from must not be later than to. / from không được sau to.");
        else if (end - start > MaxRange)
            problem = Problems.BadRequest("The range may span at most 366 days. / Khoảng thời gian tối đa 366 ngày.");
        return problem is null;
    }

    static bool TryTime(string? text, out DateTimeOffset value, DateTimeOffset fallback)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        // Guard the year range: DateTimeOffset arithmetic on 0001-01-01 or 9999-12-31 would overflow later.
        return text.Length <= 40 && VietnamTime.TryParseIso(text, out value) && value.Year is > 1900 and < 9000;
    }

    static IEnumerable<string> Parameters(Station s) =>
        s.Mappings.Select(m => m.ParameterCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

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
        parameters = Parameters(s),
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
        layer = Layer,
    };

    static CsvWriter ValuesCsv(string station, IEnumerable<StoredObservation> values)
    {
        var csv = new CsvWriter("station", "parameter", "observed_at", "value", "unit", "status", "flags", "version", "current", "received_at", "layer");
        foreach (var o in values)
            csv.Field(station).Field(o.Observation.ParameterCode).Field(VietnamTime.FormatIso(o.Observation.ObservedAt)).Field(o.Observation.Value)
                .Field(o.Observation.Unit).Field(o.Observation.Status).Field(ObservationFlagNames.Format(o.Observation.Flags)).Field(o.Version)
                .Field(o.IsCurrent).Field(VietnamTime.FormatIso(o.ReceivedAt)).Field(Layer).EndRow();
        return csv;
    }
}
