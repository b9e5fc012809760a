using System.Data.Common;
using Dapper;
using QuanTrac.Domain.Alerts;

namespace QuanTrac.Storage.Alerts;

/// <summary>
/// The save loop both stores share: a new alert is inserted, a changed one updated only if nobody changed it since it
/// was read (optimistic: <c>updated_at</c> must still be the expected instant). The stores differ only in how they
/// encode instants (<c>parameters</c>) and how their database reports the partial unique index refusing a
/// second unresolved alert (<c>isDuplicate</c>).
/// </summary>
static class AlertWriter
{
    public static async Task<IReadOnlyList<Alert>> SaveAsync(DbConnection c, DbTransaction tx, IReadOnlyList<AlertWrite> writes,
        Func<Alert, DateTimeOffset?, object> parameters, Func<DbException, bool> isDuplicate, CancellationToken ct)
    {
        var saved = new List<Alert>(writes.Count);
        foreach (var w in writes)
        {
            var a = w.Alert;
            var p = parameters(a, w.ExpectedUpdatedAt);
            try
            {
                if (a.Id == 0)
                {
                    var id = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
                        INSERT INTO alerts(station, parameter, kind, level, state, started_at, opened_at, updated_at, condition_at, clear_since,
                            value, limit_value, unit, period, message_vi, message_en, acknowledged_at, acknowledged_by, resolved_at, resolved_by, note)
                        VALUES(@station, @parameter, @kind, @level, @state, @started, @opened, @updated, @condition, @clearSince,
                            @value, @limit, @unit, @period, @vi, @en, @ackAt, @ackBy, @resolvedAt, @resolvedBy, @note)
                        RETURNING id
                        """, p, tx, cancellationToken: ct));
                    saved.Add(a with { Id = id });
                    continue;
                }
                var n = await c.ExecuteAsync(new CommandDefinition("""
                    UPDATE alerts SET level = @level, state = @state, updated_at = @updated, condition_at = @condition, clear_since = @clearSince,
                        value = @value, limit_value = @limit, unit = @unit, period = @period, message_vi = @vi, message_en = @en,
                        acknowledged_at = @ackAt, acknowledged_by = @ackBy, resolved_at = @resolvedAt, resolved_by = @resolvedBy, note = @note
                    WHERE id = @id AND updated_at = @expected
                    """, p, tx, cancellationToken: ct));
                if (n != 1)
                    throw new AlertConflictException(AlertColumns.Conflict(a));
                saved.Add(a);
            }
            catch (DbException e) when (isDuplicate(e))
            {
                throw new AlertConflictException(AlertColumns.Duplicate(a));
            }
        }
        return saved;
    }
}
