using Dapper;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Storage.Postgres;

/// <summary>The QC flags of the server store (migration 4): one transaction per replacement, rows sent as arrays.</summary>
public sealed partial class PostgresStore : IQcFlagHistory
{
    /// <inheritdoc/>
    public Task<int> ReplaceFlagsAsync(string station, string parameter, DateTimeOffset? from, DateTimeOffset? to,
        string ruleSetVersion, IReadOnlyList<StoredQcFlag> flags, CancellationToken cancellationToken = default) =>
        ReplaceFlagsAsync(station, parameter, from, to, ruleSetVersion, flags, QcFlagChecks.ReplacedAt(flags), cancellationToken);

    /// <inheritdoc/>
    public async Task<int> ReplaceFlagsAsync(string station, string parameter, DateTimeOffset? from, DateTimeOffset? to,
        string ruleSetVersion, IReadOnlyList<StoredQcFlag> flags, DateTimeOffset replacedAt, CancellationToken cancellationToken = default)
    {
        QcFlagChecks.Validate(from, to, ruleSetVersion, flags);
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var stationId = await c.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT id FROM stations WHERE prefix = @station", new { station }, tx, cancellationToken: cancellationToken))
            ?? throw new ArgumentException($"Unknown station '{station}'. / Không có trạm '{station}'.", nameof(station));
        // The flags replaced stay readable as they stood (as-of reads): moved into the append-only history, in the same statement.
        await c.ExecuteAsync(new CommandDefinition("""
            WITH gone AS (
                DELETE FROM qc_flags
                WHERE station_id = @stationId AND parameter = @parameter AND rule_set_version = @ruleSetVersion
                  AND (@from::timestamptz IS NULL OR observed_at >= @from) AND (@to::timestamptz IS NULL OR observed_at <= @to)
                RETURNING *)
            INSERT INTO qc_flag_history(station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version, superseded_at)
            SELECT station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version, @replaced FROM gone
            """, new { stationId, parameter, ruleSetVersion, from = from?.ToUniversalTime(), to = to?.ToUniversalTime(), replaced = replacedAt.ToUniversalTime() },
            tx, cancellationToken: cancellationToken));
        if (flags.Count > 0)
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO qc_flags(station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version)
                SELECT @stationId, @parameter, u.observed_at, u.version, u.rule_id, u.rule_version, u.code, u.severity, u.detail, u.evaluated_at, @ruleSetVersion
                FROM unnest(@observed, @versions, @rules, @ruleVersions, @codes, @severities, @details, @evaluated)
                     AS u(observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at)
                """, new
            {
                stationId,
                parameter,
                ruleSetVersion,
                observed = flags.Select(f => f.ObservedAt.ToUniversalTime()).ToArray(),
                versions = flags.Select(f => f.Version).ToArray(),
                rules = flags.Select(f => f.RuleId).ToArray(),
                ruleVersions = flags.Select(f => f.RuleVersion).ToArray(),
                codes = flags.Select(f => f.Code).ToArray(),
                severities = flags.Select(f => QcFlagChecks.Severity(f.Severity)).ToArray(),
                details = flags.Select(f => f.Detail).ToArray(),
                evaluated = flags.Select(f => f.EvaluatedAt.ToUniversalTime()).ToArray(),
            }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return flags.Count;
    }

    /// <inheritdoc/>
    public async Task<long> CountFlagsAsync(QcFlagQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT count(*) FROM qc_flags f JOIN stations s ON s.id = f.station_id
            WHERE (@station::text IS NULL OR s.prefix = @station) AND (@parameter::text IS NULL OR f.parameter = @parameter)
              AND (@from::timestamptz IS NULL OR f.observed_at >= @from) AND (@to::timestamptz IS NULL OR f.observed_at <= @to)
              AND (@ruleId::text IS NULL OR f.rule_id = @ruleId) AND (@ruleSet::text IS NULL OR f.rule_set_version = @ruleSet)
            """, new
        {
            station = query.Station,
            parameter = query.Parameter,
            from = query.From?.ToUniversalTime(),
            to = query.To?.ToUniversalTime(),
            ruleId = query.RuleId,
            ruleSet = query.RuleSetVersion,
        }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SeriesFlag>> ReadFlagsAsync(FlagReadQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        const string where = """
            s.prefix = @station AND f.rule_set_version = @ruleSet AND (@parameter::text IS NULL OR f.parameter = @parameter)
              AND (@from::timestamptz IS NULL OR f.observed_at >= @from) AND (@to::timestamptz IS NULL OR f.observed_at <= @to)
              AND (@asOf::timestamptz IS NULL OR f.evaluated_at <= @asOf)
            """;
        var detail = query.Details ? "f.detail" : "''";
        var rows = await c.QueryAsync<(string Parameter, DateTime Observed, int Version, string RuleId, string RuleVersion, string Code, string Severity,
            string Detail, DateTime Evaluated, string RuleSet)>(new CommandDefinition($"""
            SELECT f.parameter, f.observed_at, f.version, f.rule_id, f.rule_version, f.code, f.severity, {detail}, f.evaluated_at, f.rule_set_version
            FROM qc_flags f JOIN stations s ON s.id = f.station_id WHERE {where}
            UNION ALL
            SELECT f.parameter, f.observed_at, f.version, f.rule_id, f.rule_version, f.code, f.severity, {detail}, f.evaluated_at, f.rule_set_version
            FROM qc_flag_history f JOIN stations s ON s.id = f.station_id WHERE {where} AND @asOf::timestamptz IS NOT NULL AND f.superseded_at > @asOf
            ORDER BY 1, 2
            """, new
        {
            station = query.Station,
            ruleSet = query.RuleSetVersion,
            parameter = query.Parameter,
            from = query.From?.ToUniversalTime(),
            to = query.To?.ToUniversalTime(),
            asOf = query.AsOf?.ToUniversalTime(),
        }, cancellationToken: cancellationToken));
        static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
        return [.. rows.Select(x => new SeriesFlag(x.Parameter, new StoredQcFlag(Utc(x.Observed), x.Version, x.RuleId,
            x.RuleVersion, x.Code, QcFlagChecks.ParseSeverity(x.Severity), x.Detail, Utc(x.Evaluated), x.RuleSet)))];
    }
}
