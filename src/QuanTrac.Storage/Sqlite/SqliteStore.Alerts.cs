using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Alerts;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Storage.Sqlite;

/// <summary>Alerts in the embedded store. Writes go through the one writer, like commits.</summary>
public sealed partial class SqliteStore : IAlertStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<AlertKey, Alert>> GetLatestAlertsAsync(string? station = null, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        var rows = await c.QueryAsync<SqliteAlertRow>(new CommandDefinition(AlertColumns.Select + """

            WHERE id IN (SELECT max(id) FROM alerts WHERE @station IS NULL OR station = @station GROUP BY station, parameter, kind)
            """, new { station }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAlert()).ToDictionary(a => a.Key);
    }

    /// <inheritdoc/>
    public async Task<Alert?> GetAlertAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        var row = await c.QuerySingleOrDefaultAsync<SqliteAlertRow>(new CommandDefinition(AlertColumns.Select + " WHERE id = @id", new { id },
            cancellationToken: cancellationToken));
        return row?.ToAlert();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        var rows = await c.QueryAsync<SqliteAlertRow>(new CommandDefinition(AlertColumns.Select + """

            WHERE (@state IS NULL OR state = @state) AND (@station IS NULL OR station = @station) AND (@kind IS NULL OR kind = @kind)
              AND (@after IS NULL OR updated_at >= @after) AND (@unresolved = 0 OR state <> 'resolved')
            ORDER BY updated_at DESC, id DESC LIMIT @limit
            """, new
        {
            state = query.State is { } s ? AlertNames.Format(s) : null,
            station = query.Station,
            kind = query.Kind is { } k ? AlertNames.Format(k) : null,
            after = query.UpdatedAfter?.ToUnixTimeMilliseconds(),
            unresolved = query.Unresolved ? 1 : 0,
            limit = query.Limit,
        }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAlert())];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> SaveAlertsAsync(IReadOnlyList<AlertWrite> writes, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            var saved = await AlertWriter.SaveAsync(_writer, tx, writes, SqliteAlertRow.Parameters,
                e => e is SqliteException { SqliteErrorCode: 19 }, cancellationToken); // SQLITE_CONSTRAINT: the partial unique index
            await tx.CommitAsync(cancellationToken);
            return saved;
        }
        finally { _writeLock.Release(); }
    }
}

/// <summary>A row of <c>alerts</c> as SQLite holds it (Unix milliseconds, decimals as text).</summary>
sealed class SqliteAlertRow
{
    public long id { get; set; }
    public string station { get; set; } = "";
    public string parameter { get; set; } = "";
    public string kind { get; set; } = "";
    public string level { get; set; } = "";
    public string state { get; set; } = "";
    public long started_at { get; set; }
    public long opened_at { get; set; }
    public long updated_at { get; set; }
    public long condition_at { get; set; }
    public long? clear_since { get; set; }
    public string? value { get; set; }
    public string? limit_value { get; set; }
    public string? unit { get; set; }
    public string? period { get; set; }
    public string message_vi { get; set; } = "";
    public string message_en { get; set; } = "";
    public long? acknowledged_at { get; set; }
    public string? acknowledged_by { get; set; }
    public long? resolved_at { get; set; }
    public string? resolved_by { get; set; }
    public string? note { get; set; }

    static DateTimeOffset T(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
    static DateTimeOffset? T(long? ms) => ms is { } v ? T(v) : null;
    static decimal? D(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
    static string? S(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);

    public Alert ToAlert() => new(id, station, parameter, AlertColumns.Kind(kind), AlertColumns.Level(level), AlertColumns.State(state),
        T(started_at), T(opened_at), T(updated_at), T(condition_at), T(clear_since), D(value), D(limit_value), unit, period, message_vi, message_en,
        T(acknowledged_at), acknowledged_by, T(resolved_at), resolved_by, note);

    public static object Parameters(Alert a, DateTimeOffset? expected) => new
    {
        id = a.Id,
        station = a.Station,
        parameter = a.Parameter,
        kind = AlertNames.Format(a.Kind),
        level = AlertNames.Format(a.Level),
        state = AlertNames.Format(a.State),
        started = a.StartedAt.ToUnixTimeMilliseconds(),
        opened = a.OpenedAt.ToUnixTimeMilliseconds(),
        updated = a.UpdatedAt.ToUnixTimeMilliseconds(),
        condition = a.ConditionAt.ToUnixTimeMilliseconds(),
        clearSince = a.ClearSince?.ToUnixTimeMilliseconds(),
        value = S(a.Value),
        limit = S(a.Limit),
        unit = a.Unit,
        period = a.Period,
        vi = a.MessageVi,
        en = a.MessageEn,
        ackAt = a.AcknowledgedAt?.ToUnixTimeMilliseconds(),
        ackBy = a.AcknowledgedBy,
        resolvedAt = a.ResolvedAt?.ToUnixTimeMilliseconds(),
        resolvedBy = a.ResolvedBy,
        note = a.Note,
        expected = expected?.ToUnixTimeMilliseconds(),
    };
}
