using System.Globalization;
using System.Security.Claims;
using QuanTrac.Domain.Statistics.ReferenceChecks;
using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.Import;
using QuanTrac.Proficiency.ReferenceChecks;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// Station reference-material checks: record a sheet (CSV or XLSX, the columns of <c>refcheck record</c>), list checks,
/// the programme summary. A province operator may record and read only its province's stations: a sheet naming
/// another province's station is refused whole (403, the row named).
/// </summary>
static class ReferenceCheckEndpoints
{
    public static Task<IResult> RecordAsync(HttpContext context, string? phLimit, string? nh4Percent, ReferenceCheckProgramme programme, IQuanTracStore store,
        CancellationToken ct) => PtHttp.RunAsync(async () =>
    {
        if (await PtHttp.AntiforgeryAsync(context) is { } refused)
            return refused;
        var (name, bytes, problem) = await PtHttp.FileAsync(context.Request, ct);
        if (problem is not null)
            return problem;
        if (await OutOfScopeAsync(context.User, Sheet.Read(name, bytes), store, ct) is { } outside)
            return outside;
        if (Limit(phLimit) is not { } ph || Limit(nh4Percent) is not { } nh4)
            return PtHttp.Problem(400, new("REFCHECK_LIMIT", "'phLimit' và 'nh4Percent' phải là số không âm.", "'phLimit' and 'nh4Percent' must be non-negative numbers."));
        var settings = ReferenceCheckSettings.Default;
        if (ph > 0)
            settings = settings with { PH = new(ReferenceLimitKind.Absolute, ph) };
        if (nh4 > 0)
            settings = settings with { NH4 = new(ReferenceLimitKind.PercentOfCertified, nh4) };
        var summary = await programme.RecordAsync(name, bytes, settings, ct);
        return Results.Ok(new { checks = summary.Checks.Count, recorded = summary.Recorded, duplicates = summary.Duplicates, results = summary.Checks.Select(Check) });
    });

    public static async Task<IResult> ListAsync(ClaimsPrincipal user, string? station, string? from, string? to, IQuanTracStore store, CancellationToken ct)
    {
        if (Period(from, to) is not var (f, t))
            return BadTime();
        var scope = await ScopeAsync(user, store, ct);
        var checks = await ((IReferenceCheckStore)store).GetChecksAsync(station, null, f, t, ct);
        return Results.Ok(checks.Where(c => scope(c.Station)).Select(Check));
    }

    public static async Task<IResult> SummaryAsync(ClaimsPrincipal user, string? from, string? to, ReferenceCheckProgramme programme, IQuanTracStore store, CancellationToken ct)
    {
        if (Period(from, to) is not var (f, t))
            return BadTime();
        var summary = await programme.SummaryAsync(f, t, await ScopeAsync(user, store, ct), ct);
        return Results.Ok(new
        {
            stations = summary.Stations, passed = summary.Passed, checks = summary.Checks, failedChecks = summary.FailedChecks, text = summary.Text,
            byStation = summary.ByStation.Select(s => new { station = s.Station, parameter = s.Parameter, checks = s.Checks, latest = Check(s.Latest) }),
        });
    }

    /// <summary>Which station prefixes the caller may see: all for an admin, its province's for a province operator.</summary>
    static async Task<Func<string, bool>> ScopeAsync(ClaimsPrincipal user, IQuanTracStore store, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin))
            return _ => true;
        var stations = (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        return prefix => stations.TryGetValue(prefix, out var s) ? StationScope.CanSee(user, s) : StationScope.CanSee(user, StationScope.ProvinceOf(prefix), null);
    }

    static async Task<IResult?> OutOfScopeAsync(ClaimsPrincipal user, Sheet sheet, IQuanTracStore store, CancellationToken ct)
    {
        var column = sheet.Column("station");
        if (column < 0)
            return null; // the import names the missing column
        var scope = await ScopeAsync(user, store, ct);
        foreach (var (row, fields) in sheet.Rows)
            if (fields[column].Trim() is { Length: > 0 } station && !scope(station))
                return PtHttp.Problem(403, new("REFCHECK_OUT_OF_SCOPE",
                    string.Create(CultureInfo.InvariantCulture, $"Dòng {row}, cột 'station': trạm '{station}' không thuộc phạm vi của bạn; không ghi nhận gì."),
                    string.Create(CultureInfo.InvariantCulture, $"Row {row}, column 'station': the station '{station}' is outside your scope; nothing was recorded.")),
                    new() { ["row"] = row, ["column"] = "station" });
        return null;
    }

    static object Check(StoredReferenceCheck c) => new
    {
        station = c.Station, analyser = c.Analyser, parameter = c.Parameter, certified = c.Certified, certifiedU = c.CertifiedUncertainty, lot = c.Lot,
        temperature = c.Temperature, readings = c.Readings, mean = c.Mean, error = c.Error, limit = c.Limit, pass = c.Passed, @operator = c.Operator,
        checkedAt = VietnamTime.FormatIso(c.CheckedAt),
    };

    /// <summary>A limit from the query: 0 when absent (keep the default), null when not a non-negative number.</summary>
    static double? Limit(string? text) => text is null ? 0
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0 ? v : null;

    /// <summary>The period [from, to] (either open), or null when a bound is not a time.</summary>
    static (DateTimeOffset? From, DateTimeOffset? To)? Period(string? from, string? to)
    {
        DateTimeOffset? Bound(string? text, out bool ok)
        {
            ok = true;
            if (text is null)
                return null;
            ok = VietnamTime.TryParseIso(text, out var value);
            return value;
        }
        var f = Bound(from, out var okFrom);
        var t = Bound(to, out var okTo);
        return okFrom && okTo ? (f, t) : null;
    }

    static IResult BadTime() => PtHttp.Problem(400, new("REFCHECK_TIME", "'from' và 'to' phải là thời điểm ISO 8601 (giờ Việt Nam khi không có múi giờ).",
        "'from' and 'to' must be ISO 8601 times (Vietnam time when without an offset)."));
}
