using System.Data.Common;
using QuanTrac.Storage.Common;
using static QuanTrac.Storage.Common.SqlDialect;

namespace QuanTrac.Storage.Proficiency;

/// <summary>The PT tables in portable SQL, shared by both stores; each write runs in the caller's transaction.</summary>
static class ProficiencySql
{
    const string RoundColumns = "code, scheme, title, status, created_at, computed_at, published_at";
    const string MeasurandColumns = """
        round, code, matrix, parameter, unit, assigned_method, reference_value, reference_u, sigma_method, sigma_value,
        allowed_deviation, mass_fraction_per_unit, assigned, u_assigned, sigma_pt, p, robust_mean, robust_sd, negligible
        """;

    public static async Task CreateSchemeAsync(DbConnection c, DbTransaction tx, SqlDialect d, PtScheme s, CancellationToken ct)
    {
        if (await SchemeCountAsync(c, tx, s.Code, ct) > 0)
            throw new InvalidOperationException($"Chương trình '{s.Code}' đã tồn tại. / The scheme '{s.Code}' already exists.");
        await using var cmd = Command(c, tx, "INSERT INTO pt_schemes(code, name_vi, name_en, min_consensus, created_at) VALUES(@code, @vi, @en, @min, @at)",
            ("code", s.Code), ("vi", s.NameVi), ("en", s.NameEn), ("min", s.MinParticipantsForConsensus), ("at", d.Time(s.CreatedAt)));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<PtScheme?> GetSchemeAsync(DbConnection c, SqlDialect d, string code, CancellationToken ct)
    {
        await using var cmd = Command(c, null, "SELECT code, name_vi, name_en, min_consensus, created_at FROM pt_schemes WHERE code = @code", ("code", code));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? new PtScheme(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3), d.ReadTime(r, 4)) : null;
    }

    public static async Task CreateRoundAsync(DbConnection c, DbTransaction tx, SqlDialect d, PtRound round, IReadOnlyList<PtMeasurand> measurands, CancellationToken ct)
    {
        if (await SchemeCountAsync(c, tx, round.Scheme, ct) == 0)
            throw new KeyNotFoundException($"Không có chương trình '{round.Scheme}'. / There is no scheme '{round.Scheme}'.");
        await using (var exists = Command(c, tx, "SELECT count(*) FROM pt_rounds WHERE code = @code", ("code", round.Code)))
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
                throw new InvalidOperationException($"Vòng '{round.Code}' đã tồn tại. / The round '{round.Code}' already exists.");
        await using (var cmd = Command(c, tx, $"INSERT INTO pt_rounds({RoundColumns}) VALUES(@code, @scheme, @title, @status, @created, NULL, NULL)",
            ("code", round.Code), ("scheme", round.Scheme), ("title", round.Title), ("status", Status(PtRoundStatus.Open)), ("created", d.Time(round.CreatedAt))))
            await cmd.ExecuteNonQueryAsync(ct);
        foreach (var m in measurands)
            await InsertMeasurandAsync(c, tx, round.Code, m, ct);
    }

    public static async Task AddMeasurandAsync(DbConnection c, DbTransaction tx, SqlDialect d, PtMeasurand m, CancellationToken ct)
    {
        await RequireWritableAsync(c, tx, d, m.Round, ct);
        await using (var exists = Command(c, tx, "SELECT count(*) FROM pt_measurands WHERE round = @round AND code = @code", ("round", m.Round), ("code", m.Code)))
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
                throw new InvalidOperationException($"Vòng '{m.Round}' đã có chỉ tiêu '{m.Code}'. / The round '{m.Round}' already has the measurand '{m.Code}'.");
        await ClearComputationAsync(c, tx, m.Round, ct);
        await InsertMeasurandAsync(c, tx, m.Round, m, ct);
    }

    static async Task InsertMeasurandAsync(DbConnection c, DbTransaction tx, string round, PtMeasurand m, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, """
                INSERT INTO pt_measurands(round, code, matrix, parameter, unit, assigned_method, reference_value, reference_u, sigma_method,
                    sigma_value, allowed_deviation, mass_fraction_per_unit)
                VALUES(@round, @code, @matrix, @parameter, @unit, @am, @rv, @ru, @sm, @sv, @ad, @mf)
                """, ("round", round), ("code", m.Code), ("matrix", m.Matrix), ("parameter", m.Parameter), ("unit", m.Unit),
                ("am", m.Method.Assigned.ToString().ToLowerInvariant()), ("rv", m.Method.ReferenceValue), ("ru", m.Method.ReferenceUncertainty),
                ("sm", m.Method.Sigma.ToString().ToLowerInvariant()), ("sv", m.Method.SigmaValue), ("ad", m.Method.AllowedDeviation),
                ("mf", m.Method.MassFractionPerUnit));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static async Task<long> SchemeCountAsync(DbConnection c, DbTransaction tx, string code, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "SELECT count(*) FROM pt_schemes WHERE code = @code", ("code", code));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<PtRound>> GetRoundsAsync(DbConnection c, SqlDialect d, string? code, string? scheme, CancellationToken ct)
    {
        (string Name, object? Value)[] args = code is not null ? [("code", code)] : scheme is not null ? [("scheme", scheme)] : [];
        var where = args.Length == 0 ? "" : $" WHERE {args[0].Name} = @{args[0].Name}";
        await using var cmd = Command(c, null, $"SELECT {RoundColumns} FROM pt_rounds{where} ORDER BY created_at, code", args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PtRound>();
        while (await r.ReadAsync(ct))
            list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), ParseStatus(r.GetString(3)), d.ReadTime(r, 4), d.ReadTimeOrNull(r, 5), d.ReadTimeOrNull(r, 6)));
        return list;
    }

    public static async Task<IReadOnlyList<PtMeasurand>> GetMeasurandsAsync(DbConnection c, string round, CancellationToken ct)
    {
        await using var cmd = Command(c, null, $"SELECT {MeasurandColumns} FROM pt_measurands WHERE round = @round ORDER BY code", ("round", round));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PtMeasurand>();
        while (await r.ReadAsync(ct))
        {
            var method = new PtMethod(Enum.Parse<PtAssignedMethod>(r.GetString(5), ignoreCase: true), Double(r, 6), Double(r, 7),
                Enum.Parse<PtSigmaMethod>(r.GetString(8), ignoreCase: true), Double(r, 9), Double(r, 10), Double(r, 11));
            PtAssignment? a = r.IsDBNull(12) ? null
                : new(Double(r, 12)!.Value, Double(r, 13)!.Value, Double(r, 14)!.Value, Int(r, 15), Double(r, 16), Double(r, 17), Bool(r, 18));
            list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), method, a));
        }
        return list;
    }

    public static async Task AddParticipantsAsync(DbConnection c, DbTransaction tx, SqlDialect d, string round, IReadOnlyList<PtParticipant> participants, CancellationToken ct)
    {
        await RequireWritableAsync(c, tx, d, round, ct);
        var existing = await GetParticipantsAsync(c, tx, round, ct);
        foreach (var p in participants)
        {
            var sameCode = existing.FirstOrDefault(e => string.Equals(e.Code, p.Code, StringComparison.Ordinal));
            var sameLab = existing.FirstOrDefault(e => string.Equals(e.Lab, p.Lab, StringComparison.Ordinal));
            if (sameCode is not null && sameCode == sameLab)
                continue;
            if (sameCode is not null)
                throw new InvalidOperationException($"Mã '{p.Code}' đã cấp cho phòng thí nghiệm khác. / The code '{p.Code}' is already given to another laboratory.");
            if (sameLab is not null)
                throw new InvalidOperationException($"Phòng thí nghiệm '{p.Lab}' đã có mã '{sameLab.Code}'. / The laboratory '{p.Lab}' already has the code '{sameLab.Code}'.");
            await using var cmd = Command(c, tx, "INSERT INTO pt_participants(round, code, lab) VALUES(@round, @code, @lab)",
                ("round", round), ("code", p.Code), ("lab", p.Lab));
            await cmd.ExecuteNonQueryAsync(ct);
            existing = [.. existing, p with { Round = round }];
        }
    }

    public static async Task<IReadOnlyList<PtParticipant>> GetParticipantsAsync(DbConnection c, DbTransaction? tx, string round, CancellationToken ct) =>
        await ReadParticipants(Command(c, tx, "SELECT round, code, lab FROM pt_participants WHERE round = @round ORDER BY code", ("round", round)), ct);

    public static async Task<IReadOnlyList<PtParticipant>> GetParticipationsAsync(DbConnection c, string lab, CancellationToken ct) =>
        await ReadParticipants(Command(c, null, "SELECT round, code, lab FROM pt_participants WHERE lab = @lab ORDER BY round", ("lab", lab)), ct);

    static async Task<IReadOnlyList<PtParticipant>> ReadParticipants(DbCommand cmd, CancellationToken ct)
    {
        await using (cmd)
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var list = new List<PtParticipant>();
            while (await r.ReadAsync(ct))
                list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2)));
            return list;
        }
    }

    public static async Task ReplaceResultsAsync(DbConnection c, DbTransaction tx, SqlDialect d, string round, IReadOnlyList<PtResult> results, CancellationToken ct)
    {
        await RequireWritableAsync(c, tx, d, round, ct);
        await ClearComputationAsync(c, tx, round, ct);
        await using (var del = Command(c, tx, "DELETE FROM pt_results WHERE round = @round", ("round", round)))
            await del.ExecuteNonQueryAsync(ct);
        foreach (var x in results)
        {
            await using var cmd = Command(c, tx, """
                INSERT INTO pt_results(round, measurand, participant, source_row, value, censored, u, expanded_u, k, method)
                VALUES(@round, @measurand, @participant, @row, @value, @censored, @u, @eu, @k, @method)
                """, ("round", round), ("measurand", x.Measurand), ("participant", x.Participant), ("row", x.Row), ("value", x.Value),
                ("censored", x.Censored), ("u", x.StandardUncertainty), ("eu", x.ExpandedUncertainty), ("k", x.CoverageFactor), ("method", x.AnalyticalMethod));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task<IReadOnlyList<PtResult>> GetResultsAsync(DbConnection c, string round, CancellationToken ct)
    {
        await using var cmd = Command(c, null, """
            SELECT round, measurand, participant, source_row, value, censored, u, expanded_u, k, method
            FROM pt_results WHERE round = @round ORDER BY measurand, participant
            """, ("round", round));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PtResult>();
        while (await r.ReadAsync(ct))
            list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3), Double(r, 4), Text(r, 5), Double(r, 6), Double(r, 7), Double(r, 8), Text(r, 9)));
        return list;
    }

    public static async Task SaveComputationAsync(DbConnection c, DbTransaction tx, SqlDialect d, string round,
        IReadOnlyDictionary<string, PtAssignment> assignments, IReadOnlyList<PtScore> scores, DateTimeOffset computedAt, CancellationToken ct)
    {
        await RequireWritableAsync(c, tx, d, round, ct);
        await ClearComputationAsync(c, tx, round, ct);
        foreach (var (measurand, a) in assignments)
        {
            await using var cmd = Command(c, tx, """
                UPDATE pt_measurands SET assigned = @x, u_assigned = @u, sigma_pt = @s, p = @p, robust_mean = @rm, robust_sd = @rs, negligible = @n
                WHERE round = @round AND code = @code
                """, ("x", a.Assigned), ("u", a.UncertaintyAssigned), ("s", a.SigmaPt), ("p", a.P), ("rm", a.RobustMean), ("rs", a.RobustSd),
                ("n", a.Negligible), ("round", round), ("code", measurand));
            if (await cmd.ExecuteNonQueryAsync(ct) != 1)
                throw new KeyNotFoundException($"Vòng '{round}' không có chỉ tiêu '{measurand}'. / The round '{round}' has no measurand '{measurand}'.");
        }
        foreach (var s in scores)
        {
            await using var cmd = Command(c, tx, """
                INSERT INTO pt_scores(round, measurand, participant, d, d_percent, z, z_prime, zeta, en, class, classified_on, zeta_class, en_class, d_class)
                VALUES(@round, @measurand, @participant, @d, @dp, @z, @zp, @zeta, @en, @class, @on, @zc, @ec, @dc)
                """, ("round", round), ("measurand", s.Measurand), ("participant", s.Participant), ("d", s.D), ("dp", s.DPercent), ("z", s.Z),
                ("zp", s.ZPrime), ("zeta", s.Zeta), ("en", s.En), ("class", s.Class), ("on", s.ClassifiedOn), ("zc", s.ZetaClass), ("ec", s.EnClass), ("dc", s.DClass));
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await using var status = Command(c, tx, "UPDATE pt_rounds SET status = @status, computed_at = @at WHERE code = @round",
            ("status", Status(PtRoundStatus.Computed)), ("at", d.Time(computedAt)), ("round", round));
        await status.ExecuteNonQueryAsync(ct);
    }

    public static async Task<IReadOnlyList<PtScore>> GetScoresAsync(DbConnection c, string round, CancellationToken ct)
    {
        await using var cmd = Command(c, null, """
            SELECT round, measurand, participant, d, d_percent, z, z_prime, zeta, en, class, classified_on, zeta_class, en_class, d_class
            FROM pt_scores WHERE round = @round ORDER BY measurand, participant
            """, ("round", round));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PtScore>();
        while (await r.ReadAsync(ct))
            list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), Double(r, 3)!.Value, Double(r, 4), Double(r, 5)!.Value, Double(r, 6)!.Value,
                Double(r, 7), Double(r, 8), r.GetString(9), r.GetString(10), Text(r, 11), Text(r, 12), Text(r, 13)));
        return list;
    }

    public static async Task PublishAsync(DbConnection c, DbTransaction tx, SqlDialect d, string round, DateTimeOffset at, CancellationToken ct)
    {
        var status = await RequireWritableAsync(c, tx, d, round, ct);
        if (status != PtRoundStatus.Computed)
            throw new PtRoundStateException($"Vòng '{round}' chưa được tính điểm; hãy chạy 'pt round compute' trước. / The round '{round}' has no scores yet; run 'pt round compute' first.");
        await using var cmd = Command(c, tx, "UPDATE pt_rounds SET status = @status, published_at = @at WHERE code = @round",
            ("status", Status(PtRoundStatus.Published)), ("at", d.Time(at)), ("round", round));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // Reads (and on PostgreSQL locks) the round, so a publication cannot slip between the check and the change.
    static async Task<PtRoundStatus> RequireWritableAsync(DbConnection c, DbTransaction tx, SqlDialect d, string round, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, "SELECT status FROM pt_rounds WHERE code = @round" + d.ForUpdate, ("round", round));
        var status = await cmd.ExecuteScalarAsync(ct) as string
            ?? throw new KeyNotFoundException($"Không có vòng '{round}'. / There is no round '{round}'.");
        var parsed = ParseStatus(status);
        if (parsed == PtRoundStatus.Published)
            throw new PtRoundStateException($"Vòng '{round}' đã công bố và không thể thay đổi. / The round '{round}' is published and cannot change.");
        return parsed;
    }

    static async Task ClearComputationAsync(DbConnection c, DbTransaction tx, string round, CancellationToken ct)
    {
        await using (var del = Command(c, tx, "DELETE FROM pt_scores WHERE round = @round", ("round", round)))
            await del.ExecuteNonQueryAsync(ct);
        await using (var m = Command(c, tx, """
            UPDATE pt_measurands SET assigned = NULL, u_assigned = NULL, sigma_pt = NULL, p = NULL, robust_mean = NULL, robust_sd = NULL, negligible = NULL
            WHERE round = @round
            """, ("round", round)))
            await m.ExecuteNonQueryAsync(ct);
        await using var s = Command(c, tx, "UPDATE pt_rounds SET status = @status, computed_at = NULL WHERE code = @round",
            ("status", Status(PtRoundStatus.Open)), ("round", round));
        await s.ExecuteNonQueryAsync(ct);
    }

    static string Status(PtRoundStatus s) => s.ToString().ToLowerInvariant();

    static PtRoundStatus ParseStatus(string s) => Enum.Parse<PtRoundStatus>(s, ignoreCase: true);
}
