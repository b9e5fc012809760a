using System.Globalization;
using Dapper;
using System.Data.Common;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Storage.Common;

/// <summary>
/// Station registry rows, with SQL that SQLite and PostgreSQL both understand (the registry is small and
/// read rarely, so portability beats dialect tricks here).
/// </summary>
static class StationRows
{
    // Settable properties rather than constructors: Dapper then converts INTEGER (SQLite) and int4 (PostgreSQL)
    // alike, even for an empty result whose column types SQLite cannot know.
    sealed class StationRow
    {
        public long Id { get; set; }
        public string Prefix { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Type { get; set; } = "";
        public string Province { get; set; } = "";
        public string Facility { get; set; } = "";
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public long IntervalSeconds { get; set; }
        public long ReadStrict { get; set; }
        public long ReadDecimalComma { get; set; }
        public long LegacyName { get; set; }

        // Null for the defaults, as a station made without reading settings has it: a registry round trip keeps equality.
        public StationFileReading? Reading =>
            ReadStrict == 0 && ReadDecimalComma == 0 && LegacyName == 0 ? null : new(ReadStrict != 0, ReadDecimalComma != 0, LegacyName != 0);
    }

    sealed class MappingRow
    {
        public long StationId { get; set; }
        public string RawName { get; set; } = "";
        public string ParameterCode { get; set; } = "";
        public string Factor { get; set; } = "";
    }

    public static async Task<IReadOnlyList<Station>> ReadAsync(DbConnection c, string? prefix, CancellationToken ct)
    {
        var rows = (await c.QueryAsync<StationRow>(new CommandDefinition("""
            SELECT id, prefix, name_vi AS NameVi, name_en AS NameEn, type, province, facility, latitude, longitude,
                   interval_seconds AS IntervalSeconds, read_strict AS ReadStrict, read_decimal_comma AS ReadDecimalComma,
                   legacy_name AS LegacyName
            FROM stations WHERE @prefix IS NULL OR prefix = @prefix
            """, new { prefix }, cancellationToken: ct))).ToList();
        var mappings = (await c.QueryAsync<MappingRow>(new CommandDefinition("""
            SELECT m.station_id AS StationId, m.raw_name AS RawName, m.parameter_code AS ParameterCode, CAST(m.factor AS TEXT) AS Factor
            FROM parameter_mappings m JOIN stations s ON s.id = m.station_id
            WHERE @prefix IS NULL OR s.prefix = @prefix ORDER BY m.station_id, m.raw_name
            """, new { prefix }, cancellationToken: ct))).ToLookup(m => m.StationId);
        return rows.Select(r => new Station(r.Prefix, r.NameVi, r.NameEn, Enum.Parse<StationType>(r.Type), r.Province, r.Facility,
                r.Latitude is { } lat && r.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
                TimeSpan.FromSeconds(r.IntervalSeconds),
                [.. mappings[r.Id].Select(m => new ParameterMapping(m.RawName, m.ParameterCode, decimal.Parse(m.Factor, CultureInfo.InvariantCulture)))],
                r.Reading))
            .OrderBy(s => s.Prefix, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<long> SaveAsync(DbConnection c, DbTransaction tx, Station s, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO stations(prefix, name_vi, name_en, type, province, facility, latitude, longitude, interval_seconds,
                                 read_strict, read_decimal_comma, legacy_name)
            VALUES(@Prefix, @NameVi, @NameEn, @Type, @Province, @Facility, @Latitude, @Longitude, @IntervalSeconds,
                   @ReadStrict, @ReadDecimalComma, @LegacyName)
            ON CONFLICT(prefix) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, type = excluded.type,
                province = excluded.province, facility = excluded.facility, latitude = excluded.latitude,
                longitude = excluded.longitude, interval_seconds = excluded.interval_seconds, read_strict = excluded.read_strict,
                read_decimal_comma = excluded.read_decimal_comma, legacy_name = excluded.legacy_name
            RETURNING id
            """, new
        {
            s.Prefix, s.NameVi, s.NameEn, Type = s.Type.ToString(), s.Province, s.Facility,
            s.Location?.Latitude, s.Location?.Longitude, IntervalSeconds = (int)s.ExpectedInterval.TotalSeconds,
            ReadStrict = s.Reading?.Strict == true ? 1 : 0, ReadDecimalComma = s.Reading?.DecimalComma == true ? 1 : 0,
            LegacyName = s.Reading?.LegacyName == true ? 1 : 0,
        }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM parameter_mappings WHERE station_id = @id", new { id = (int)id }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("INSERT INTO parameter_mappings(station_id, raw_name, parameter_code, factor) VALUES(@id, @RawName, @ParameterCode, @Factor)",
            s.Mappings.Select(m => new { id = (int)id, m.RawName, m.ParameterCode, m.Factor }), tx, cancellationToken: ct));
        return id;
    }
}
