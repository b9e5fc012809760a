using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.VnAqi;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Http;
using QuanTrac.Server.Indices;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary>
/// VN_AQI and VN_WQI: the current index of all stations from the background cache (<c>/api/v1/aqi/latest</c>,
/// <c>/api/v1/wqi/latest</c>), and the hourly or daily VN_AQI of one station computed on request.
/// </summary>
public static class IndicesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapIndicesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/aqi/latest", (HttpContext context, LatestIndexCache cache, CancellationToken ct) => Latest(context, cache, air: true, ct))
            .WithTags("Indices").WithSummary("Current VN_AQI of all air stations / VN_AQI hiện tại của mọi trạm không khí")
            .WithDescription("Hourly VN_AQI (Decision 1459/QĐ-TCMT) of the last complete hour per station: station, time (hour-ending, Vietnam time), aqi, colour, "
                + "category (vi, en), mainPollutant, provisional (false only when every input of the hour was approved at review level 2). From the published layer (invalidated values left out, corrections used). "
                + "Served from a cache recomputed after ingest, at each hour and every full refresh (default 10 min; a review action shows by then); ETag and 30 s max-age. `?format=csv`; `?page=&pageSize=`.");
        app.MapGet("/api/v1/wqi/latest", (HttpContext context, LatestIndexCache cache, CancellationToken ct) => Latest(context, cache, air: false, ct))
            .WithTags("Indices").WithSummary("Current VN_WQI of surface-water stations / VN_WQI hiện tại của trạm nước mặt")
            .WithDescription("VN_WQI (Decision 1460/QĐ-TCMT) from each station's newest values (at most 3 h old); null where the minimum-data rule is not met. `?format=csv`.");
        app.MapGet("/api/v1/aqi/categories", (HttpContext context) => Answers.Json(context, VnAqiCategories.Bands.Select(c => new
            {
                min = c.Min, max = c.Max, nameVi = c.NameVi, nameEn = c.NameEn, colour = c.Hex, rgb = c.Rgb,
                healthVi = c.HealthVi, healthEn = c.HealthEn,
                publicAdviceVi = c.PublicAdviceVi, publicAdviceEn = c.PublicAdviceEn,
                sensitiveAdviceVi = c.SensitiveAdviceVi, sensitiveAdviceEn = c.SensitiveAdviceEn,
            }), 3600))
            .WithTags("Indices").WithSummary("VN_AQI categories, colours and health advice / Thang VN_AQI, màu và khuyến nghị")
            .WithDescription("Decision 1459/QĐ-TCMT Table 1 (bands, colours), Table 4 (health effects) and Table 5 (recommended activities for the public and sensitive groups).");
        app.MapGet("/api/v1/wqi/categories", (HttpContext context) => Answers.Json(context, Domain.Standards.VnWqi.WqiCategory.All.Select(c => new
            {
                min = c.Min, max = c.Max, nameVi = c.Vi, nameEn = c.En, colour = FormattableString.Invariant($"#{c.Red:X2}{c.Green:X2}{c.Blue:X2}"), rgb = c.Rgb,
                useVi = c.UseVi, useEn = c.UseEn,
            }), 3600))
            .WithTags("Indices").WithSummary("VN_WQI categories and colours / Thang VN_WQI và màu");
        app.MapGet("/api/v1/stations/{id}/aqi", StationAqi)
            .WithTags("Indices").WithSummary("Hourly or daily VN_AQI of one station / VN_AQI giờ hoặc ngày của một trạm")
            .WithDescription("`period=hour` (default; `from`/`to` default the last 24 h) or `period=day` (default the last 30 days). Every pollutant's sub-index, the AQI, main pollutant and category, from the published layer; each hour or day `provisional` unless all its inputs were approved at review level 2. `?format=csv`.");
    }

    static async Task<IResult> Latest(HttpContext context, LatestIndexCache cache, bool air, CancellationToken ct)
    {
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem) || !Paging.TryRead(context.Request, out var paging, out problem))
            return problem!;
        var snapshot = await cache.GetAsync(ct);
        var list = air ? snapshot.Aqi : snapshot.Wqi;
        if (paging is null)
        {
            // The hot path: bytes computed with the snapshot, nothing serialised per request.
            context.Response.Headers["X-Total-Count"] = list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var body = format == ResponseFormat.Csv ? (air ? snapshot.AqiCsv : snapshot.WqiCsv) : (air ? snapshot.AqiJson : snapshot.WqiJson);
            return body.ToResult(30);
        }
        var page = Paging.Apply(list, paging, context);
        if (format == ResponseFormat.Csv)
        {
            var csv = new CsvWriter("station", "time", air ? "aqi" : "wqi", "colour", "category_vi", "category_en", "main_pollutant", "method", "provisional");
            foreach (var x in page)
                csv.Field(x.Station).Field(x.Time).Field(x.Value).Field(x.Colour).Field(x.CategoryVi).Field(x.CategoryEn).Field(x.MainPollutant).Field(x.Method).Field(x.Provisional).EndRow();
            return Answers.Csv(csv, 30);
        }
        return Answers.Json(context, LatestIndexCache.Envelope(air ? "VN_AQI" : "VN_WQI", snapshot.ComputedAt, page, x => new
        {
            station = x.Station, nameVi = x.NameVi, nameEn = x.NameEn, time = x.Time, aqi = air ? x.Value : null, wqi = air ? null : x.Value,
            colour = x.Colour, category = x.Value is null ? null : new { vi = x.CategoryVi, en = x.CategoryEn }, mainPollutant = x.MainPollutant, provisional = x.Provisional,
        }), 30);
    }

    static async Task<IResult> StationAqi(string id, string? period, string? from, string? to, HttpContext context, IQuanTracStore store, TimeProvider time, CancellationToken ct)
    {
        if (!Identifiers.IsStationId(id))
            return Problems.MalformedStation();
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem))
            return problem!;
        var daily = period?.ToLowerInvariant() switch
        {
            null or "" or "hour" => false,
            "day" => true,
            _ => (bool?)null,
        };
        if (daily is null)
            return Problems.BadRequest("period must be hour or day. / period phải là hour hoặc day.");
        if (await store.GetStationAsync(id, ct) is not { } station)
            return Problems.UnknownStation(id);
        if (station.Type != StationType.AmbientAir)
            return Problems.BadRequest($"VN_AQI exists for ambient-air stations only; '{id}' is {station.Type}. / VN_AQI chỉ tính cho trạm không khí xung quanh.");
        if (!StationsApi.TryRange(from, to, time, daily.Value ? TimeSpan.FromDays(30) : TimeSpan.FromDays(1), out var start, out var end, out problem))
            return problem!;

        // An hour is published once it has ended: the current, still open hour is left out.
        var lastComplete = Domain.Standards.Averaging.Periods.Containing(time.GetUtcNow(), Domain.Standards.Averaging.AveragingPeriod.Hour).Start;
        if (end > lastComplete)
            end = lastComplete;
        // 12 hours before the range for the NowCast; a whole day plus 8 hours before it for the daily 8-h O3 means.
        var published = await AirIndexReader.ReadHourlyAsync(store, station, start.AddHours(daily.Value ? -32 : -12), end < start ? start : end, ct);
        var series = published.Series;
        var rows = new List<(string Label, AqiResult Result, bool Validated)>();
        if (daily.Value)
        {
            var firstDay = Domain.Standards.Averaging.Periods.DayOf(start);
            foreach (var (day, result) in VnAqiDaily.All(series))
                if (day >= firstDay)
                    rows.Add((day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), result, published.IsDayValidated(day)));
        }
        else
        {
            for (var i = 0; i < series.Hours; i++)
                if (series.LabelAt(i) > start)
                    rows.Add((VietnamTime.FormatIso(series.LabelAt(i)), VnAqiHourly.At(series, i), published.IsHourValidated(i)));
        }
        if (format == ResponseFormat.Csv)
        {
            var csv = new CsvWriter([daily.Value ? "date" : "time", "aqi", "main_pollutant", "category_vi", "category_en", "colour",
                .. AirPollutants.DisplayOrder.Select(p => "sub_" + AirPollutants.Code(p)), "provisional"]);
            foreach (var (label, r, validated) in rows)
            {
                csv.Field(label).Field(r.Aqi).Field(r.MainPollutant is { } m ? AirPollutants.Code(m) : null).Field(r.Category?.NameVi).Field(r.Category?.NameEn).Field(r.Category?.Hex);
                foreach (var p in AirPollutants.DisplayOrder)
                    csv.Field(r.RoundedSubIndex(p));
                csv.Field(!validated).EndRow();
            }
            return Answers.Csv(csv, 60);
        }
        return Answers.Json(context, new
        {
            station = id, method = "VN_AQI", period = daily.Value ? "day" : "hour",
            from = VietnamTime.FormatIso(start), to = VietnamTime.FormatIso(end),
            basis = PublicTexts.Basis("VN_AQI"), dataSource = PublicTexts.DataSource, provisional = !rows.Exists(x => x.Result.Aqi is not null) || rows.Exists(x => x.Result.Aqi is not null && !x.Validated), note = PublicTexts.ProvisionalNote,
            values = rows.Select(x => new
            {
                time = daily.Value ? null : x.Label,
                date = daily.Value ? x.Label : null,
                aqi = x.Result.Aqi,
                mainPollutant = x.Result.MainPollutant is { } m ? AirPollutants.Code(m) : null,
                category = x.Result.Category is { } c ? new { vi = c.NameVi, en = c.NameEn } : null,
                colour = x.Result.Category?.Hex,
                subIndices = AirPollutants.DisplayOrder.ToDictionary(AirPollutants.Code, p => x.Result.RoundedSubIndex(p)),
                provisional = !x.Validated,
                status = x.Validated ? "validated" : "provisional",
            }),
        }, 60);
    }
}
