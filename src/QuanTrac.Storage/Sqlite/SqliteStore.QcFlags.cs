using Dapper;
using Microsoft.Data.Sqlite;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Storage.Sqlite;

/// <summary>The QC flags of the embedded store (migration 3). Writes go through the one writer, like commits.</summary>
public sealed partial class SqliteStore : IQcFlagHistory
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
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var stationId = StationId(station)
                ?? throw new ArgumentException($"Unknown station '{station}'. / Không có trạm '{station}'.", nameof(station));
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            // The flags replaced stay readable as they stood (as-of reads): moved into the append-only history first.
            await _writer.ExecuteAsync(new CommandDefinition("""
                INSERT INTO qc_flag_history(station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version, superseded_at)
                SELECT station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version, @replaced
                FROM qc_flags
                WHERE station_id = @stationId AND parameter = @parameter AND rule_set_version = @ruleSetVersion
                  AND (@from IS NULL OR observed_at >= @from) AND (@to IS NULL OR observed_at <= @to)
                """, new { stationId, parameter, ruleSetVersion, from = from?.ToUnixTimeSeconds(), to = to?.ToUnixTimeSeconds(), replaced = replacedAt.ToUnixTimeMilliseconds() },
                tx, cancellationToken: cancellationToken));
            await _writer.ExecuteAsync(new CommandDefinition("""
                DELETE FROM qc_flags
                WHERE station_id = @stationId AND parameter = @parameter AND rule_set_version = @ruleSetVersion
                  AND (@from IS NULL OR observed_at >= @from) AND (@to IS NULL OR observed_at <= @to)
                """, new { stationId, parameter, ruleSetVersion, from = from?.ToUnixTimeSeconds(), to = to?.ToUnixTimeSeconds() },
                tx, cancellationToken: cancellationToken));

            using var insert = _writer.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO qc_flags(station_id, parameter, observed_at, version, rule_id, rule_version, code, severity, detail, evaluated_at, rule_set_version)
                VALUES($station, $parameter, $observed, $version, $rule, $ruleVersion, $code, $severity, $detail, $evaluated, $ruleSet)
                """;
            var p = insert.Parameters;
            p.AddWithValue("$station", stationId);
            p.AddWithValue("$parameter", parameter);
            var observed = p.Add("$observed", SqliteType.Integer);
            var version = p.Add("$version", SqliteType.Integer);
            var rule = p.Add("$rule", SqliteType.Text);
            var ruleVersion = p.Add("$ruleVersion", SqliteType.Text);
            var code = p.Add("$code", SqliteType.Text);
            var severity = p.Add("$severity", SqliteType.Text);
            var detail = p.Add("$detail", SqliteType.Text);
            var evaluated = p.Add("$evaluated", SqliteType.Integer);
            p.AddWithValue("$ruleSet", ruleSetVersion);
            insert.Prepare();
            foreach (var f in flags)
            {
                observed.Value = f.ObservedAt.ToUnixTimeSeconds();
                version.Value = f.Version;
                rule.Value = f.RuleId;
                ruleVersion.Value = f.RuleVersion;
                code.Value = f.Code;
                severity.Value = QcFlagChecks.Severity(f.Severity);
                detail.Value = f.Detail;
                evaluated.Value = f.EvaluatedAt.ToUnixTimeMilliseconds();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
            return flags.Count;
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<long> CountFlagsAsync(QcFlagQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT count(*) FROM qc_flags f JOIN stations s ON s.id = f.station_id
            WHERE (@station IS NULL OR s.prefix = @station) AND (@parameter IS NULL OR f.parameter = @parameter)
              AND (@from IS NULL OR f.observed_at >= @from) AND (@to IS NULL OR f.observed_at <= @to)
              AND (@ruleId IS NULL OR f.rule_id = @ruleId) AND (@ruleSet IS NULL OR f.rule_set_version = @ruleSet)
            """, new
        {
            station = query.Station,
            parameter = query.Parameter,
            from = query.From?.ToUnixTimeSeconds(),
            to = query.To?.ToUnixTimeSeconds(),
            ruleId = query.RuleId,
            ruleSet = query.RuleSetVersion,
        }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SeriesFlag>> ReadFlagsAsync(FlagReadQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        // Only the conditions asked for: "@x IS NULL OR …" keeps SQLite's planner off the (station, parameter, rule set,
        // time) key, and a layer read asks once per series.
        var where = "f.station_id = (SELECT id FROM stations WHERE prefix = @station) AND f.rule_set_version = @ruleSet"
            + (query.Parameter is null ? "" : " AND f.parameter = @parameter") + (query.From is null ? "" : " AND f.observed_at >= @from") + (query.To is null ? "" : " AND f.observed_at <= @to")
            + (query.AsOf is null ? "" : " AND f.evaluated_at <= @asOf");
        var detail = query.Details ? "f.detail" : "''";
        var rows = await c.QueryAsync<(string Parameter, long Observed, long Version, string RuleId, string RuleVersion, string Code, string Severity,
            string Detail, long Evaluated, string RuleSet)>(new CommandDefinition($"""
            SELECT f.parameter, f.observed_at, f.version, f.rule_id, f.rule_version, f.code, f.severity, {detail}, f.evaluated_at, f.rule_set_version
            FROM qc_flags f WHERE {where}
            {(query.AsOf is null ? "" : $"""
            UNION ALL
            SELECT f.parameter, f.observed_at, f.version, f.rule_id, f.rule_version, f.code, f.severity, {detail}, f.evaluated_at, f.rule_set_version
            FROM qc_flag_history f WHERE {where} AND f.superseded_at > @asOf
            """)}
            ORDER BY 1, 2
            """, new
        {
            station = query.Station,
            ruleSet = query.RuleSetVersion,
            parameter = query.Parameter,
            from = query.From?.ToUnixTimeSeconds(),
            to = query.To?.ToUnixTimeSeconds(),
            asOf = query.AsOf?.ToUnixTimeMilliseconds(),
        }, cancellationToken: cancellationToken));
        return [.. rows.Select(x => new SeriesFlag(x.Parameter, new StoredQcFlag(DateTimeOffset.FromUnixTimeSeconds(x.Observed), (int)x.Version, x.RuleId,
            x.RuleVersion, x.Code, QcFlagChecks.ParseSeverity(x.Severity), x.Detail, DateTimeOffset.FromUnixTimeMilliseconds(x.Evaluated), x.RuleSet)))];
    }
}
