using Dapper;
using Npgsql;
using QuanTrac.Domain.Alerts;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Storage.Postgres;

/// <summary>Alerts in the server store: one transaction per save.</summary>
public sealed partial class PostgresStore : IAlertStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<AlertKey, Alert>> GetLatestAlertsAsync(string? station = null, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        var rows = await c.QueryAsync<PostgresAlertRow>(new CommandDefinition(AlertColumns.Select + """

            WHERE id IN (SELECT max(id) FROM alerts WHERE @station::text IS NULL OR station = @station GROUP BY station, parameter, kind)
            """, new { station }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAlert()).ToDictionary(a => a.Key);
    }

    /// <inheritdoc/>
    public async Task<Alert?> GetAlertAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<PostgresAlertRow>(new CommandDefinition(AlertColumns.Select + " WHERE id = @id", new { id },
            cancellationToken: cancellationToken));
        return row?.ToAlert();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        var rows = await c.QueryAsync<PostgresAlertRow>(new CommandDefinition(AlertColumns.Select + """

            WHERE (@state::text IS NULL OR state = @state) AND (@station::text IS NULL OR station = @station) AND (@kind::text IS NULL OR kind = @kind)
              AND (@after::timestamptz IS NULL OR updated_at >= @after) AND (NOT @unresolved OR state <> 'resolved')
            ORDER BY updated_at DESC, id DESC LIMIT @limit
            """, new
        {
            state = query.State is { } s ? AlertNames.Format(s) : null,
            station = query.Station,
            kind = query.Kind is { } k ? AlertNames.Format(k) : null,
            after = query.UpdatedAfter?.ToUniversalTime(),
            unresolved = query.Unresolved,
            limit = query.Limit,
        }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAlert())];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> SaveAlertsAsync(IReadOnlyList<AlertWrite> writes, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var saved = await AlertWriter.SaveAsync(c, tx, writes, PostgresAlertRow.Parameters,
            e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }
}

/// <summary>A row of <c>alerts</c> as PostgreSQL returns it.</summary>
sealed class PostgresAlertRow
{
    public long id { get; set; }
    public string station { get; set; } = "";
    public string parameter { get; set; } = "";
    public string kind { get; set; } = "";
    public string level { get; set; } = "";
    public string state { get; set; } = "";
    public DateTime started_at { get; set; }
    public DateTime opened_at { get; set; }
    public DateTime updated_at { get; set; }
    public DateTime condition_at { get; set; }
    public DateTime? clear_since { get; set; }
    public decimal? value { get; set; }
    public decimal? limit_value { get; set; }
    public string? unit { get; set; }
    public string? period { get; set; }
    public string message_vi { get; set; } = "";
    public string message_en { get; set; } = "";
    public DateTime? acknowledged_at { get; set; }
    public string? acknowledged_by { get; set; }
    public DateTime? resolved_at { get; set; }
    public string? resolved_by { get; set; }
    public string? note { get; set; }

    static DateTimeOffset T(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
    static DateTimeOffset? T(DateTime? t) => t is { } v ? T(v) : null;

    public Alert ToAlert() => new(id, station, parameter, AlertColumns.Kind(kind), AlertColumns.Level(level), AlertColumns.State(state),
        T(started_at), T(opened_at), T(updated_at), T(condition_at), T(clear_since), value, limit_value, unit, period, message_vi, message_en,
        T(acknowledged_at), acknowledged_by, T(resolved_at), resolved_by, note);

    public static object Parameters(Alert a, DateTimeOffset? expected) => new
    {
        id = a.Id,
        station = a.Station,
        parameter = a.Parameter,
        kind = AlertNames.Format(a.Kind),
        level = AlertNames.Format(a.Level),
        state = AlertNames.Format(a.State),
        started = a.StartedAt.ToUniversalTime(),
        opened = a.OpenedAt.ToUniversalTime(),
        updated = a.UpdatedAt.ToUniversalTime(),
        condition = a.ConditionAt.ToUniversalTime(),
        clearSince = a.ClearSince?.ToUniversalTime(),
        value = a.Value,
        limit = a.Limit,
        unit = a.Unit,
        period = a.Period,
        vi = a.MessageVi,
        en = a.MessageEn,
        ackAt = a.AcknowledgedAt?.ToUniversalTime(),
        ackBy = a.AcknowledgedBy,
        resolvedAt = a.ResolvedAt?.ToUniversalTime(),
        resolvedBy = a.ResolvedBy,
        note = a.Note,
        expected = expected?.ToUniversalTime(),
    };
}
