using System.Globalization;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Quality.Completeness;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Ingest.Quality;
using QuanTrac.Server.Http;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary>
/// Public data-quality and compliance statistics: completeness per station, parameter and day or month (the same
/// computation and columns as <c>quantrac completeness</c>), and the means at or above the alert thresholds of the
/// station's applicable limit (the alert engine's limits and standards engine, on the published layer).
/// </summary>
public static class QualityApi
{
    /// <summary>Longest completeness range, days (a year of daily rows per parameter is still a small answer).</summary>
    public const int MaxCompletenessDays = 366;

    /// <summary>Longest exceedance range: every value of the range is read and averaged on request.</summary>
    public static readonly TimeSpan MaxExceedanceRange = TimeSpan.FromDays(31);

    /// <summary>Maps the endpoints.</summary>
    public static void MapQualityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/completeness", Completeness)
            .WithTags("Quality").WithSummary("Completeness and timeliness per station, parameter and day / Tỷ lệ số liệu đầy đủ và đúng hạn")
            .WithDescription("`from`, `to`: Vietnam-time days yyyy-MM-dd, inclusive (default the last 7 days to today; at most 366 days); `station`; `by=day|month`. "
                + "Rows station, parameter, date, expected, received, valid, onTime (as `quantrac completeness`); valid = not invalid by status, intake flags or the automatic QC. "
                + "`?format=csv` gives the CLI's columns; `?page=&pageSize=`; ETag.");
        app.MapGet("/api/v1/exceedances", Exceedances)
            .WithTags("Quality").WithSummary("Means at or above the applicable limit / Giá trị trung bình vượt hoặc tiệm cận giới hạn")
            .WithDescription("`from`, `to`: ISO 8601 (no offset = Vietnam time; default the last 24 h; at most 31 days); `station`. Hourly (and 8-h, 24-h where the regulation states them) means "
                + "of the published layer compared with the station's limit (the alert engine's assignment: QCVN 05 for air, QCVN 40 B for wastewater, QCVN 19 B for stacks unless configured). "
                + "Each: station, parameter, periodStart, periodEnd (Vietnam time), averaging, mean, limit, unit, ratio, regulation, column, level (approaching ≥ 80 %, warning ≥ 90 %, exceeding), "
                + "status (validated when every value in the period was approved at level 2, else provisional). `?format=csv`; `?page=&pageSize=`.");
    }

    static async Task<IResult> Completeness(string? from, string? to, string? station, string? by, HttpContext context, IQuanTracStore store,
        TimeProvider time, CancellationToken ct)
    {
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem) || !Paging.TryRead(context.Request, out var paging, out problem))
            return problem!;
        if (station is not null && !Identifiers.IsStationId(station))
            return Problems.MalformedStation();
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(VietnamTime.Offset).DateTime);
        if (!TryDay(to, today, "to", out var last, out problem) || !TryDay(from, last.AddDays(-6), "from", out var first, out problem))
            return problem!;
        if (last < first)
            return Problems.BadRequest("from must not be later than to. / from không được sau to.");
        if (last.DayNumber - first.DayNumber + 1 > MaxCompletenessDays)
            return Problems.BadRequest($"The range may span at most {MaxCompletenessDays} days. / Khoảng thời gian tối đa {MaxCompletenessDays} ngày.");
        var period = by?.ToLowerInvariant() switch
        {
            null or "" or "day" => (CompletenessPeriod?)CompletenessPeriod.Day,
            "month" => CompletenessPeriod.Month,
            _ => null,
        };
        if (period is null)
            return Problems.BadRequest("by must be day or month. / by phải là day hoặc month.");
        if (station is not null && await store.GetStationAsync(station, ct) is null)
            return Problems.UnknownStation(station);

        var (rows, _) = await CompletenessRun.RunAsync(store, first, last, period.Value, station: station, time: time, cancellationToken: ct);
        var page = Paging.Apply(rows, paging, context);
        if (format == ResponseFormat.Csv)
        {
            var csv = new CsvWriter("station", "parameter", "date", "expected", "received", "valid", "on_time");
            foreach (var r in page)
                csv.Field(r.Station).Field(r.Parameter).Field(Day(r.Date)).Field(r.Expected).Field(r.Received).Field(r.Valid).Field(r.OnTime).EndRow();
            return Answers.Csv(csv, 60);
        }
        return Answers.Json(context, new
        {
            from = Day(first), to = Day(last), by = period == CompletenessPeriod.Month ? "month" : "day", station,
            rows = page.Select(r => new
            {
                station = r.Station, parameter = r.Parameter, date = Day(r.Date), expected = r.Expected, received = r.Received, valid = r.Valid, onTime = r.OnTime,
                completenessPercent = r.CompletenessPercent, validPercent = r.ValidPercent, onTimePercent = r.OnTimePercent,
            }),
        }, 60);
    }

    static async Task<IResult> Exceedances(string? from, string? to, string? station, HttpContext context, IQuanTracStore store, TimeProvider time,
        ServerOptions options, CancellationToken ct)
    {
        if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem) || !Paging.TryRead(context.Request, out var paging, out problem))
            return problem!;
        if (station is not null && !Identifiers.IsStationId(station))
            return Problems.MalformedStation();
        if (!StationsApi.TryRange(from, to, time, TimeSpan.FromDays(1), out var start, out var end, out problem))
            return problem!;
        if (end - start > MaxExceedanceRange)
            return Problems.BadRequest("The range may span at most 31 days. / Khoảng thời gian tối đa 31 ngày.");
        if (station is not null && await store.GetStationAsync(station, ct) is null)
            return Problems.UnknownStation(station);

        var findings = await ExceedanceList.FindAsync(store, start, end, station, options.AlertRun, ct);
        var page = Paging.Apply(findings, paging, context);
        if (format == ResponseFormat.Csv)
        {
            var csv = new CsvWriter("station", "parameter", "period_start", "period_end", "averaging", "mean", "limit", "unit", "ratio", "regulation", "column", "level", "status");
            foreach (var f in page)
                csv.Field(f.Station).Field(f.Parameter).Field(VietnamTime.FormatIso(f.PeriodStart)).Field(VietnamTime.FormatIso(f.PeriodEnd)).Field(f.Averaging)
                    .Field(f.Mean).Field(f.Limit).Field(f.Unit).Field(f.Ratio).Field(f.Regulation).Field(f.Column).Field(Level(f.Level)).Field(Status(f.Validated)).EndRow();
            return Answers.Csv(csv, 60);
        }
        return Answers.Json(context, new
        {
            from = VietnamTime.FormatIso(start), to = VietnamTime.FormatIso(end), station,
            levels = new
            {
                approaching = new { vi = "Tiệm cận giới hạn (≥ 80 %)", en = "Approaching the limit (≥ 80 %)" },
                warning = new { vi = "Sắp vượt giới hạn (≥ 90 %)", en = "Close to the limit (≥ 90 %)" },
                exceeding = new { vi = "Vượt giới hạn", en = "Exceeds the limit" },
            },
            exceedances = page.Select(f => new
            {
                station = f.Station, parameter = f.Parameter,
                periodStart = VietnamTime.FormatIso(f.PeriodStart), periodEnd = VietnamTime.FormatIso(f.PeriodEnd), averaging = f.Averaging,
                mean = f.Mean, limit = f.Limit, unit = f.Unit, ratio = f.Ratio, regulation = f.Regulation, column = f.Column,
                level = Level(f.Level), status = Status(f.Validated), provisional = !f.Validated,
            }),
        }, 60);
    }

    static string Level(AlertLevel level) => level switch
    {
        AlertLevel.Alarm => "exceeding",
        AlertLevel.Warning => "warning",
        _ => "approaching",
    };

    static string Status(bool validated) => validated ? "validated" : "provisional";

    static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static bool TryDay(string? text, DateOnly fallback, string name, out DateOnly day, out IResult? problem)
    {
        problem = null;
        day = fallback;
        if (string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            if (string.IsNullOrWhiteSpace(text))
                day = fallback;
            return true;
        }
        problem = Problems.BadRequest($"{name} must be a day yyyy-MM-dd, e.g. 2026-03-25; got '{text}'. / {name} phải là ngày dạng yyyy-MM-dd, ví dụ 2026-03-25; nhận được '{text}'.");
        return false;
    }
}
