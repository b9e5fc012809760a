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
            var saved = new List<Alert>(writes.Count);
            foreach (var w in writes)
            {
                var a = w.Alert;
                var p = SqliteAlertRow.Parameters(a, w.ExpectedUpdatedAt);
                try
                {
                    if (a.Id == 0)
                    {
                        var id = await _writer.ExecuteScalarAsync<long>(new CommandDefinition("""
                            INSERT INTO alerts(station, parameter, kind, level, state, started_at, opened_at, updated_at, condition_at, clear_since,
                                value, limit_value, unit, period, message_vi, message_en, acknowledged_at, acknowledged_by, resolved_at, resolved_by, note)
                            VALUES(@station, @parameter, @kind, @level, @state, @started, @opened, @updated, @condition, @clearSince,
                                @value, @limit, @unit, @period, @vi, @en, @ackAt, @ackBy, @resolvedAt, @resolvedBy, @note)
                            RETURNING id
                            """, p, tx, cancellationToken: cancellationToken));
                        saved.Add(a with { Id = id });
                        continue;
                    }
                    var n = await _writer.ExecuteAsync(new CommandDefinition("""
                        UPDATE alerts SET level = @level, state = @state, updated_at = @updated, condition_at = @condition, clear_since = @clearSince,
                            value = @value, limit_value = @limit, unit = @unit, period = @period, message_vi = @vi, message_en = @en,
                            acknowledged_at = @ackAt, acknowledged_by = @ackBy, resolved_at = @resolvedAt, resolved_by = @resolvedBy, note = @note
                        WHERE id = @id AND updated_at = @expected
                        """, p, tx, cancellationToken: cancellationToken));
                    if (n != 1)
                        throw new AlertConflictException(AlertColumns.Conflict(a));
                    saved.Add(a);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the partial unique index
                {
                    throw new AlertConflictException(AlertColumns.Duplicate(a));
                }
            }
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
