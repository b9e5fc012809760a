using System.Data.Common;
using System.Globalization;
using QuanTrac.Storage.Common;
using static QuanTrac.Storage.Common.SqlDialect;

namespace QuanTrac.Storage.ReferenceChecks;

/// <summary>The <c>reference_checks</c> table in portable SQL, shared by both stores.</summary>
static class ReferenceCheckSql
{
    public static async Task<int> RecordAsync(DbConnection c, DbTransaction tx, SqlDialect d, IReadOnlyList<StoredReferenceCheck> checks, CancellationToken ct)
    {
        var added = 0;
        foreach (var x in checks)
        {
            await using var cmd = Command(c, tx, """
                INSERT INTO reference_checks(station, analyser, parameter, certified, certified_u, lot, temperature, readings, mean, error,
                    limit_value, passed, operator, checked_at, recorded_at)
                VALUES(@station, @analyser, @parameter, @certified, @cu, @lot, @temperature, @readings, @mean, @error, @limit, @passed, @operator, @checked, @recorded)
                ON CONFLICT(station, parameter, analyser, checked_at) DO NOTHING
                """, ("station", x.Station), ("analyser", x.Analyser), ("parameter", x.Parameter), ("certified", x.Certified), ("cu", x.CertifiedUncertainty),
                ("lot", x.Lot), ("temperature", x.Temperature), ("readings", string.Join(';', x.Readings.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))),
                ("mean", x.Mean), ("error", x.Error), ("limit", x.Limit), ("passed", x.Passed), ("operator", x.Operator),
                ("checked", d.Time(x.CheckedAt)), ("recorded", d.Time(x.RecordedAt)));
            added += await cmd.ExecuteNonQueryAsync(ct);
        }
        return added;
    }

    public static async Task<IReadOnlyList<StoredReferenceCheck>> ReadAsync(DbConnection c, SqlDialect d, string? station, string? parameter,
        DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        // Conditions are added only when given: PostgreSQL cannot type an untyped NULL parameter in "@x IS NULL".
        var where = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            where.Add(condition);
            args.Add((name, value));
        }
        if (station is not null) Add("station = @station", "station", station);
        if (parameter is not null) Add("parameter = @parameter", "parameter", parameter);
        if (from is not null) Add("checked_at >= @from", "from", d.Time(from));
        if (to is not null) Add("checked_at <= @to", "to", d.Time(to));
        await using var cmd = Command(c, null, $"""
            SELECT station, analyser, parameter, certified, certified_u, lot, temperature, readings, mean, error, limit_value, passed, operator, checked_at, recorded_at
            FROM reference_checks {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY station, parameter, checked_at, analyser
            """, [.. args]);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<StoredReferenceCheck>();
        while (await r.ReadAsync(ct))
            list.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), Double(r, 3)!.Value, Double(r, 4), r.GetString(5), Double(r, 6),
                [.. r.GetString(7).Split(';').Select(s => double.Parse(s, CultureInfo.InvariantCulture))],
                Double(r, 8)!.Value, Double(r, 9)!.Value, Double(r, 10)!.Value, Bool(r, 11), r.GetString(12), d.ReadTime(r, 13), d.ReadTime(r, 14)));
        return list;
    }
}
