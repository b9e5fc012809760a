using System.Globalization;
using QuanTrac.Domain.Statistics.ReferenceChecks;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Proficiency.Import;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Proficiency.ReferenceChecks;

/// <summary>What <see cref="ReferenceCheckProgramme.RecordAsync"/> did.</summary>
/// <param name="Checks">The file's checks, evaluated, in row order.</param>
/// <param name="Recorded">New checks stored.</param>
/// <param name="Duplicates">Checks already recorded (same station, parameter, analyser and time), skipped.</param>
public sealed record RecordSummary(IReadOnlyList<StoredReferenceCheck> Checks, int Recorded, int Duplicates);

/// <summary>The latest check of one station parameter in a period.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">pH or NH4.</param>
/// <param name="Checks">Checks in the period.</param>
/// <param name="Latest">The latest of them.</param>
public sealed record StationCheckStatus(string Station, string Parameter, int Checks, StoredReferenceCheck Latest);

/// <summary>
/// The programme summary: a station passes when the latest check of each of its parameters in the period passed.
/// </summary>
/// <param name="Stations">Stations with at least one check in the period.</param>
/// <param name="Passed">Of them, stations whose latest checks all passed.</param>
/// <param name="Checks">Checks in the period.</param>
/// <param name="FailedChecks">Failed checks in the period.</param>
/// <param name="ByStation">Each station parameter's latest check.</param>
public sealed record ProgrammeSummary(int Stations, int Passed, int Checks, int FailedChecks, IReadOnlyList<StationCheckStatus> ByStation)
{
    /// <summary>"N trạm, N đạt / N stations, N passed".</summary>
    public string Text => FormattableString.Invariant($"{Stations} trạm, {Passed} đạt / {Stations} stations, {Passed} passed");
}

/// <summary>
/// The reference-material programme of automatic stations (quality-control.md §5) as application services: record checks
/// from a sheet (evaluated with configurable limits when recorded), and summarise the programme. The recorded checks feed
/// the <c>reference-check</c> QC rule through <see cref="IReferenceCheckStore"/> (see <c>QcRun</c>).
/// </summary>
/// <param name="store">The store (station registry and checks).</param>
/// <param name="time">Clock of the recording time.</param>
public sealed class ReferenceCheckProgramme(IQuanTracStore store, TimeProvider time)
{
    IReferenceCheckStore Checks => store as IReferenceCheckStore
        ?? throw new NotSupportedException("This store keeps no reference checks. / Cơ sở dữ liệu này không lưu kết quả kiểm tra mẫu chuẩn.");

    /// <summary>
    /// Reads, evaluates and records a sheet of checks; a bad row stores nothing. Newly recorded checks then go through the
    /// alerts (when the store keeps alerts), in time order: a failed one opens a reference-check alarm for its station
    /// parameter, a passed one resolves it. Duplicates (already recorded) raise nothing again, so re-importing a file does
    /// not reopen an alert an operator has resolved.
    /// </summary>
    public async Task<RecordSummary> RecordAsync(string fileName, byte[] bytes, ReferenceCheckSettings? settings = null, CancellationToken ct = default)
    {
        var stations = (await store.GetStationsAsync(ct)).Select(s => s.Prefix).ToHashSet(StringComparer.Ordinal);
        var checks = ReferenceCheckImport.Read(Sheet.Read(fileName, bytes), stations, settings ?? ReferenceCheckSettings.Default, time.GetUtcNow());
        var known = await KnownAsync(checks, ct);
        var recorded = await Checks.RecordChecksAsync(checks, ct);
        if (store is IAlertStore alerts)
            foreach (var c in checks.Where(c => !known.Contains(Key(c))).OrderBy(c => c.CheckedAt))
                await RaiseAsync(alerts, c, ct);
        return new(checks, recorded, checks.Count - recorded);
    }

    async Task<HashSet<(string, string, string, long)>> KnownAsync(IReadOnlyList<StoredReferenceCheck> checks, CancellationToken ct)
    {
        var known = new HashSet<(string, string, string, long)>();
        if (checks.Count == 0)
            return known;
        var from = checks.Min(c => c.CheckedAt);
        var to = checks.Max(c => c.CheckedAt);
        foreach (var c in await Checks.GetChecksAsync(from: from, to: to, cancellationToken: ct))
            known.Add(Key(c));
        return known;
    }

    // The store's duplicate key: station, parameter, analyser and time (to the second).
    static (string, string, string, long) Key(StoredReferenceCheck c) => (c.Station, c.Parameter, c.Analyser, c.CheckedAt.ToUnixTimeSeconds());

    Task RaiseAsync(IAlertStore alerts, StoredReferenceCheck c, CancellationToken ct)
    {
        if (c.Passed)
            return AlertRun.ReferenceCheckPassedAsync(alerts, time, c.Station, c.Parameter, c.CheckedAt, ct);
        var unit = c.Parameter == "pH" ? "pH" : "mg/L";
        var detailVi = string.Create(CultureInfo.InvariantCulture,
            $"Máy {c.Analyser}: giá trị chuẩn {c.Certified:0.###}, trung bình đo {c.Mean:0.###}, sai số {c.Error:0.###} vượt giới hạn ±{c.Limit:0.###} {unit}.");
        var detailEn = string.Create(CultureInfo.InvariantCulture,
            $"Analyser {c.Analyser}: certified {c.Certified:0.###}, mean reading {c.Mean:0.###}, error {c.Error:0.###} beyond ±{c.Limit:0.###} {unit}.");
        return AlertRun.RaiseReferenceCheckFailedAsync(alerts, time, c.Station, c.Parameter, c.CheckedAt, detailVi, detailEn,
            (decimal)Math.Round(c.Error, 6), (decimal)Math.Round(c.Limit, 6), unit, ct);
    }

    /// <summary>The programme summary over checks made in [from, to] (null: unbounded).</summary>
    public async Task<ProgrammeSummary> SummaryAsync(DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken ct = default)
    {
        var checks = await Checks.GetChecksAsync(from: from, to: to, cancellationToken: ct);
        var byStation = checks.GroupBy(c => (c.Station, c.Parameter))
            .Select(g => new StationCheckStatus(g.Key.Station, g.Key.Parameter, g.Count(), g.MaxBy(c => c.CheckedAt)!))
            .OrderBy(s => s.Station, StringComparer.Ordinal).ThenBy(s => s.Parameter, StringComparer.Ordinal).ToList();
        var stations = byStation.GroupBy(s => s.Station, StringComparer.Ordinal).ToList();
        return new(stations.Count, stations.Count(g => g.All(s => s.Latest.Passed)), checks.Count, checks.Count(c => !c.Passed), byStation);
    }
}
