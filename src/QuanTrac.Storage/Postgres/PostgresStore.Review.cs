using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;
using QuanTrac.Domain.Audit;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.Review;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Review actions, rule sets and the audit log of the server store. Every audited write takes one transaction-scoped
/// advisory lock, so several nodes extend the hash chain one transaction at a time and the policy check sees every
/// earlier action.
/// </summary>
public sealed partial class PostgresStore : IReviewStore, IQcRuleSetStore
{
    const long AuditLock = 7152004;

    /// <inheritdoc/>
    public async Task<ReviewAction> AppendReviewAsync(ReviewRequest request, DateTimeOffset recordedAt, CancellationToken cancellationToken = default)
    {
        var r = request.Normalized();
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@AuditLock)", new { AuditLock }, tx, cancellationToken: cancellationToken));
        var stationId = await c.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT id FROM stations WHERE prefix = @station", new { station = r.Station }, tx, cancellationToken: cancellationToken))
            ?? throw ReviewStores.UnknownStation(r.Station);
        var history = await ReadActionsAsync(c, tx, r.Station, r.Parameter, null, cancellationToken);
        var times = ReviewStores.NeedsObservedTimes(r)
            ? (await c.QueryAsync<DateTime>(new CommandDefinition("""
                SELECT observed_at FROM observations WHERE station_id = @stationId AND parameter = @parameter AND observed_at BETWEEN @from AND @to
                """, new { stationId, parameter = r.Parameter, from = r.From.ToUniversalTime(), to = r.To.ToUniversalTime() }, tx,
                cancellationToken: cancellationToken))).Select(Utc).ToList()
            : [];
        var (action, audit) = ReviewStores.Prepare(history, r, recordedAt, await LastAuditAsync(c, tx, cancellationToken), times);
        await InsertAuditAsync(c, tx, audit, cancellationToken);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO review_actions(station_id, parameter, from_at, to_at, kind, level, user_name, reason, value, recorded_at, audit_seq)
            VALUES(@stationId, @parameter, @from, @to, @kind, @level, @user, @reason, @value, @recorded, @seq)
            RETURNING id
            """, new
        {
            stationId,
            parameter = r.Parameter,
            from = r.From.ToUniversalTime(),
            to = r.To.ToUniversalTime(),
            kind = ReviewActionKinds.Name(r.Kind),
            level = r.Level,
            user = r.User,
            reason = r.Reason,
            value = r.Value,
            recorded = action.RecordedAt.ToUniversalTime(),
            seq = audit.Seq,
        }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return action with { Id = id };
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ReviewAction>> GetReviewActionsAsync(ReviewActionQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await ReadActionsAsync(c, null, query.Station, query.Parameter, query.AsOf, cancellationToken);
    }

    static async Task<List<ReviewAction>> ReadActionsAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string? station, string? parameter,
        DateTimeOffset? asOf, CancellationToken ct)
    {
        var rows = await c.QueryAsync<(long Id, string Station, string Parameter, DateTime From, DateTime To, string Kind, int Level, string User,
            string? Reason, decimal? Value, DateTime Recorded)>(new CommandDefinition("""
            SELECT a.id, s.prefix, a.parameter, a.from_at, a.to_at, a.kind, a.level, a.user_name, a.reason, a.value, a.recorded_at
            FROM review_actions a JOIN stations s ON s.id = a.station_id
            WHERE (@station::text IS NULL OR s.prefix = @station) AND (@parameter::text IS NULL OR a.parameter = @parameter)
              AND (@asOf::timestamptz IS NULL OR a.recorded_at <= @asOf)
            ORDER BY a.id
            """, new { station, parameter, asOf = asOf?.ToUniversalTime() }, tx, cancellationToken: ct));
        return [.. rows.Select(x => new ReviewAction(x.Id,
            new ReviewRequest(x.Station, x.Parameter, Utc(x.From), Utc(x.To), ReviewActionKinds.Parse(x.Kind)!.Value, x.Level, x.User, x.Reason, x.Value),
            Utc(x.Recorded)))];
    }

    static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditEntry> ReadAuditAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            "SELECT seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash FROM audit_log ORDER BY seq", c);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return ReadAudit(reader);
    }

    static AuditEntry ReadAudit(NpgsqlDataReader r) => new(r.GetInt64(0), Utc(r.GetDateTime(1)),
        r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9));

    static async Task<AuditEntry?> LastAuditAsync(NpgsqlConnection c, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1", c, tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAudit(reader) : null;
    }

    static Task InsertAuditAsync(NpgsqlConnection c, NpgsqlTransaction tx, AuditEntry e, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log(seq, recorded_at, actor, action, subject, before, after, reason, prev_hash, hash)
            VALUES(@Seq, @recorded, @Actor, @Action, @Subject, @Before, @After, @Reason, @PreviousHash, @Hash)
            """, new { e.Seq, recorded = e.RecordedAt.ToUniversalTime(), e.Actor, e.Action, e.Subject, e.Before, e.After, e.Reason, e.PreviousHash, e.Hash },
            tx, cancellationToken: ct));

    /// <inheritdoc/>
    public async Task<(StoredRuleSet RuleSet, bool Created)> SaveRuleSetAsync(QcRuleSet ruleSet, string user, string reason, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@AuditLock)", new { AuditLock }, tx, cancellationToken: cancellationToken));
        var current = (await ReadRuleSetsAsync(c, tx, cancellationToken)).LastOrDefault();
        if (ReviewStores.Unchanged(current, ruleSet))
            return (current!, false);
        var (stored, audit) = ReviewStores.PrepareRuleSet(current, ruleSet, user, reason, at, await LastAuditAsync(c, tx, cancellationToken));
        await InsertAuditAsync(c, tx, audit, cancellationToken);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO qc_rule_sets(version, document, created_at, created_by, reason) VALUES(@Version, @Document, @created, @CreatedBy, @Reason)
            RETURNING id
            """, new { stored.Version, stored.Document, created = stored.CreatedAt.ToUniversalTime(), stored.CreatedBy, stored.Reason },
            tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return (stored with { Id = id }, true);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredRuleSet>> GetRuleSetsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await ReadRuleSetsAsync(c, null, cancellationToken);
    }

    static async Task<List<StoredRuleSet>> ReadRuleSetsAsync(NpgsqlConnection c, NpgsqlTransaction? tx, CancellationToken ct) =>
        [.. (await c.QueryAsync<(long Id, string Version, string Document, DateTime Created, string By, string Reason)>(new CommandDefinition(
            "SELECT id, version, document, created_at, created_by, reason FROM qc_rule_sets ORDER BY id", transaction: tx, cancellationToken: ct)))
            .Select(x => new StoredRuleSet(x.Id, x.Version, x.Document, Utc(x.Created), x.By, x.Reason))];
}
