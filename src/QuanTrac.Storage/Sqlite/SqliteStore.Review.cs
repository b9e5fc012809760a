using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Audit;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.Review;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// Review actions, rule sets and the audit log of the embedded store (migration 4). Audited writes go through the
/// one writer, so the chain is extended by one transaction at a time.
/// </summary>
public sealed partial class SqliteStore : IReviewStore, IQcRuleSetStore
{
    /// <inheritdoc/>
    public async Task<ReviewAction> AppendReviewAsync(ReviewRequest request, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        var r = request.Normalized();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var stationId = StationId(r.Station) ?? throw ReviewStores.UnknownStation(r.Station);
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            var history = await ReadActionsAsync(_writer, tx, r.Station, r.Parameter, null, cancellationToken);
            var times = ReviewStores.NeedsObservedTimes(r)
                ? (await _writer.QueryAsync<long>(new CommandDefinition("""
                    SELECT observed_at FROM observations WHERE station_id = @stationId AND parameter = @parameter AND observed_at BETWEEN @from AND @to
                    """, new { stationId, parameter = r.Parameter, from = r.From.ToUnixTimeSeconds(), to = r.To.ToUnixTimeSeconds() }, tx,
                    cancellationToken: cancellationToken))).Select(DateTimeOffset.FromUnixTimeSeconds).ToList()
                : [];
            var (action, audit) = ReviewStores.Prepare(history, r, recordedAt, await LastAuditAsync(tx, cancellationToken), times);
            await InsertAuditAsync(tx, audit, cancellationToken);
            var id = await _writer.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO review_actions(station_id, parameter, from_at, to_at, kind, level, user_name, reason, value, recorded_at, audit_seq)
                VALUES(@stationId, @parameter, @from, @to, @kind, @level, @user, @reason, @value, @recorded, @seq);
                SELECT last_insert_rowid();
                """, new
            {
                stationId,
                parameter = r.Parameter,
                from = r.From.ToUnixTimeSeconds(),
                to = r.To.ToUnixTimeSeconds(),
                kind = ReviewActionKinds.Name(r.Kind),
                level = r.Level,
                user = r.User,
                reason = r.Reason,
                value = r.Value?.ToString(CultureInfo.InvariantCulture),
                recorded = action.RecordedAt.ToUnixTimeMilliseconds(),
                seq = audit.Seq,
            }, tx, cancellationToken: cancellationToken));
            await tx.CommitAsync(cancellationToken);
            return action with { Id = id };
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ReviewAction>> GetReviewActionsAsync(ReviewActionQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await ReadActionsAsync(c, null, query.Station, query.Parameter, query.AsOf, cancellationToken);
    }

    static async Task<List<ReviewAction>> ReadActionsAsync(SqliteConnection c, SqliteTransaction? tx, string? station, string? parameter,
        DateTimeOffset? asOf, CancellationToken ct)
    {
        var rows = await c.QueryAsync<(long Id, string Station, string Parameter, long From, long To, string Kind, long Level, string User,
            string? Reason, string? Value, long Recorded)>(new CommandDefinition("""
            SELECT a.id, s.prefix, a.parameter, a.from_at, a.to_at, a.kind, a.level, a.user_name, a.reason, a.value, a.recorded_at
            FROM review_actions a JOIN stations s ON s.id = a.station_id
            WHERE (@station IS NULL OR s.prefix = @station) AND (@parameter IS NULL OR a.parameter = @parameter)
              AND (@asOf IS NULL OR a.recorded_at <= @asOf)
            ORDER BY a.id
            """, new { station, parameter, asOf = asOf?.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        return [.. rows.Select(x => new ReviewAction(x.Id,
            new ReviewRequest(x.Station, x.Parameter, DateTimeOffset.FromUnixTimeSeconds(x.From), DateTimeOffset.FromUnixTimeSeconds(x.To),
                ReviewActionKinds.Parse(x.Kind)!.Value, (int)x.Level, x.User, x.Reason,
                x.Value is null ? null : decimal.Parse(x.Value, CultureInfo.InvariantCulture)),
            DateTimeOffset.FromUnixTimeMilliseconds(x.Recorded)))];
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditEntry> ReadAuditAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash FROM audit_log ORDER BY seq";
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadAudit(reader);
    }

    static AuditEntry ReadAudit(SqliteDataReader r) => new(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)),
        r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9));

    async Task<AuditEntry?> LastAuditAsync(SqliteTransaction tx, CancellationToken ct)
    {
        using var cmd = _writer.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAudit(reader) : null;
    }

    Task InsertAuditAsync(SqliteTransaction tx, AuditEntry e, CancellationToken ct) =>
        _writer.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log(seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash)
            VALUES(@Seq, @recorded, @Actor, @Action, @Subject, @Before, @After, @Reason, @PreviousHash, @Hash)
            """, new { e.Seq, recorded = e.RecordedAt.ToUnixTimeMilliseconds(), e.Actor, e.Action, e.Subject, e.Before, e.After, e.Reason, e.PreviousHash, e.Hash },
            tx, cancellationToken: ct));

    /// <inheritdoc/>
    public async Task<(StoredRuleSet RuleSet, bool Created)> SaveRuleSetAsync(QcRuleSet ruleSet, string user, string reason, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            var current = (await ReadRuleSetsAsync(_writer, tx, cancellationToken)).LastOrDefault();
            if (ReviewStores.Unchanged(current, ruleSet))
                return (current!, false);
            var (stored, audit) = ReviewStores.PrepareRuleSet(current, ruleSet, user, reason, at, await LastAuditAsync(tx, cancellationToken));
            await InsertAuditAsync(tx, audit, cancellationToken);
            var id = await _writer.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO qc_rule_sets(version, document, created_at, created_by, reason) VALUES(@Version, @Document, @created, @CreatedBy, @Reason);
                SELECT last_insert_rowid();
                """, new { stored.Version, stored.Document, created = stored.CreatedAt.ToUnixTimeMilliseconds(), stored.CreatedBy, stored.Reason },
                tx, cancellationToken: cancellationToken));
            await tx.CommitAsync(cancellationToken);
            return (stored with { Id = id }, true);
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredRuleSet>> GetRuleSetsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await ReadRuleSetsAsync(c, null, cancellationToken);
    }

    static async Task<List<StoredRuleSet>> ReadRuleSetsAsync(SqliteConnection c, SqliteTransaction? tx, CancellationToken ct) =>
        [.. (await c.QueryAsync<(long Id, string Version, string Document, long Created, string By, string Reason)>(new CommandDefinition(
            "SELECT id, version, document, created_at, created_by, reason FROM qc_rule_sets ORDER BY id", transaction: tx, cancellationToken: ct)))
            .Select(x => new StoredRuleSet(x.Id, x.Version, x.Document, DateTimeOffset.FromUnixTimeMilliseconds(x.Created), x.By, x.Reason))];
}
