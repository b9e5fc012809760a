using QuanTrac.Domain.Alerts;

namespace QuanTrac.Storage.Alerts;

/// <summary>
/// Alerts (table <c>alerts</c>), kept apart from <see cref="IQuanTracStore"/> like the QC flags; both stores
/// implement it. The database itself refuses a second unresolved alert of one (station, parameter, kind) (a partial
/// unique index), so two nodes or a node and the command line can never raise the same alert twice.
/// </summary>
public interface IAlertStore
{
    /// <summary>The newest alert (any state) of every key, of one station or all: what <see cref="AlertLifecycle"/> builds on.</summary>
    Task<IReadOnlyDictionary<AlertKey, Alert>> GetLatestAlertsAsync(string? station = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores alerts in one transaction: those with id 0 are inserted, the others updated only when their stored
    /// <c>updated_at</c> still equals <see cref="AlertWrite.ExpectedUpdatedAt"/> (optimistic concurrency: an operator's
    /// acknowledgement is never overwritten by a stale evaluation). Returns the alerts with their ids.
    /// </summary>
    /// <exception cref="AlertConflictException">Another writer changed an alert first, or a second unresolved alert of a key would arise; nothing is stored.</exception>
    Task<IReadOnlyList<Alert>> SaveAlertsAsync(IReadOnlyList<AlertWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>One alert, or null.</summary>
    Task<Alert?> GetAlertAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Alerts matching a query, newest change first.</summary>
    Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default);
}

/// <summary>One alert to store.</summary>
/// <param name="Alert">The alert as it should be stored.</param>
/// <param name="ExpectedUpdatedAt">The <c>updated_at</c> read before the change; null for a new alert.</param>
public sealed record AlertWrite(Alert Alert, DateTimeOffset? ExpectedUpdatedAt);

/// <summary>Which alerts to read; null means any.</summary>
/// <param name="State">Lifecycle state; <paramref name="Unresolved"/> is the usual filter of a console.</param>
/// <param name="Station">Station prefix.</param>
/// <param name="Kind">Alert kind.</param>
/// <param name="UpdatedAfter">Only alerts changed at or after this instant (the live feed's cursor).</param>
/// <param name="Unresolved">True: open and acknowledged alerts only.</param>
/// <param name="Limit">At most this many.</param>
public sealed record AlertQuery(AlertState? State = null, string? Station = null, AlertKind? Kind = null, DateTimeOffset? UpdatedAfter = null,
    bool Unresolved = false, int Limit = 1000);

/// <summary>A concurrent change beat this one; re-read and apply again.</summary>
public sealed class AlertConflictException(string message) : Exception(message);

/// <summary>Column text shared by both stores.</summary>
static class AlertColumns
{
    public const string Select = """
        SELECT id, station, parameter, kind, level, state, started_at, opened_at, updated_at, condition_at, clear_since,
               value, limit_value, unit, period, message_vi, message_en, acknowledged_at, acknowledged_by, resolved_at, resolved_by, note
        FROM alerts
        """;

    public static AlertKind Kind(string text) => AlertNames.TryParseKind(text, out var k) ? k : throw new InvalidOperationException($"Unknown alert kind '{text}' in the store.");

    public static AlertState State(string text) => AlertNames.TryParseState(text, out var s) ? s : throw new InvalidOperationException($"Unknown alert state '{text}' in the store.");

    public static AlertLevel Level(string text) => AlertNames.TryParseLevel(text, out var l) ? l : throw new InvalidOperationException($"Unknown alert level '{text}' in the store.");

    public static string Conflict(Alert a) =>
        $"Alert {a.Id} ({a.Station} {a.Parameter} {AlertNames.Format(a.Kind)}) was changed by someone else; read it again. / Cảnh báo {a.Id} vừa được thay đổi bởi người khác; hãy đọc lại.";

    public static string Duplicate(Alert a) =>
        $"An unresolved {AlertNames.Format(a.Kind)} alert of {a.Station} {a.Parameter} exists already. / Đã có cảnh báo {AlertNames.Format(a.Kind)} chưa đóng của {a.Station} {a.Parameter}.";
}
