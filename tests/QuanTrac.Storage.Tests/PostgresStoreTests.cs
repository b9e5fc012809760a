using QuanTrac.Domain.Observations;
using Npgsql;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests;

/// <summary>The contract tests against a real PostgreSQL server, plus what only PostgreSQL has (partitions).</summary>
public sealed class PostgresStoreTests : StoreContractTests<PostgresTestDatabase>
{
    [SkippableFact]
    public async Task CommitAsync_ObservationsInTwoMonths_CreatesMonthlyPartitions()
    {
        await Store.CommitAsync([
            File("a.txt", new DateTimeOffset(2025, 6, 30, 23, 55, 0, TimeSpan.FromHours(7)), ("COD", 1m, "00")),
            File("b.txt", new DateTimeOffset(2025, 7, 1, 7, 5, 0, TimeSpan.FromHours(7)), ("COD", 2m, "00")),
        ]);
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relkind = 'r' AND relname LIKE 'observations_y%'", c);
        // 2025-06-30 23:55 +07 is 16:55 UTC (June); 2025-07-01 07:05 +07 is 00:05 UTC (July).
        Assert.Equal("observations_y2025m06,observations_y2025m07", await cmd.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task CommitAsync_NewValuesOfEveryScaleAndSign_ReadBackExactly()
    {
        // New keys go in by binary COPY with numerics encoded by hand (PostgresObservationCopy): values and display scales must survive.
        decimal[] values = [0m, 0.000m, 1.50m, -12.5m, 0.0001m, -0.00005m, 123456789.123456789m, 10000m, -9999.9999m, 7.0000001m, 42m,
            450359962737.0495m, -45035996273704.95m, 4503599627370.496m, 0.5m, 79228162514264337593543950335m]; // around the 64-bit fast path
        var files = values.Select((v, i) => File($"v{i}.txt", Some.Time.AddMinutes(5 * i), ("COD", v, "00"))).ToList();
        files.Add(File("missing.txt", Some.Time.AddMinutes(5 * values.Length), ("COD", null, "00")));
        await Store.CommitAsync(files);
        var read = new List<decimal?>();
        await foreach (var o in Store.ReadSeriesAsync(new SeriesQuery("QN_DEMO_NUO002", "COD")))
            read.Add(o.Observation.Value);
        Assert.Equal([.. values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), null],
            read.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public async Task CommitAsync_ChangedResendWhileLatestIsStale_CopyFailsOverToANewVersion()
    {
        // `latest` only chooses the COPY path; if it is behind (here emptied by hand, in production another node's
        // commit), the COPY meets the stored key, the savepoint undoes it and the general path makes the new version.
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 1m, "00"))]);
        await using (var c = new NpgsqlConnection(Database.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("DELETE FROM latest", c);
            await cmd.ExecuteNonQueryAsync();
        }
        var outcome = Assert.Single(await Store.CommitAsync([File("b.txt", Some.Time, ("COD", 2m, "00"))]));
        Assert.Equal((FileOutcomeKind.Accepted, 0, 1), (outcome.Kind, outcome.Inserted, outcome.NewVersions));
        var versions = new List<(int, decimal?)>();
        await foreach (var o in Store.ReadSeriesAsync(new SeriesQuery(AllVersions: true)))
            versions.Add((o.Version, o.Observation.Value));
        Assert.Equal([(1, 1m), (2, 2m)], versions.Order());
        Assert.Single(await Store.GetLatestAsync("QN_DEMO_NUO002"));
    }

    [SkippableFact]
    public async Task Files_WithoutArchivedBytesOrWithAChangedHash_AreRefusedByTheDatabase()
    {
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 1m, "00"))]);
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        foreach (var sql in new[]
        {
            "INSERT INTO files(name, sha256, size, source_path, first_received_at, last_received_at, receipts, outcome, records, warnings) VALUES ('b.txt', 'abc', 1, 'b.txt', now(), now(), 1, 'Accepted', 0, 0)",
            "INSERT INTO files(name, sha256, size, source_path, first_received_at, last_received_at, receipts, outcome, records, warnings, pack_id, pack_offset) SELECT 'c.txt', 'abc', 10, 'c.txt', now(), now(), 1, 'Accepted', 0, 0, pack_id, octet_length(bytes) FROM files JOIN raw_packs p ON p.id = pack_id",
            "INSERT INTO files(name, sha256, size, source_path, first_received_at, last_received_at, receipts, outcome, records, warnings, pack_id, pack_offset) VALUES ('d.txt', 'abc', 1, 'd.txt', now(), now(), 1, 'Accepted', 0, 0, 999, 0)",
            "UPDATE files SET sha256 = 'abc'",
            "UPDATE files SET pack_offset = pack_offset + 1",
            "UPDATE files SET size = size - 1",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, c);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, e.SqlState);
        }
    }

    [SkippableFact]
    public async Task RawArchive_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 1m, "00"))]);
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        await using (var older = new NpgsqlCommand("INSERT INTO raw_archive VALUES ('00', 1, '\\x00')", c)) // bytes of an older version
            await older.ExecuteNonQueryAsync();
        foreach (var sql in new[]
        {
            "UPDATE raw_archive SET bytes = '\\x00'", "DELETE FROM raw_archive", "TRUNCATE raw_archive CASCADE",
            "UPDATE raw_packs SET bytes = '\\x00'", "DELETE FROM raw_packs", "TRUNCATE raw_packs CASCADE",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, c);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Contains("immutable", e.MessageText, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task CommitAsync_BatchOfFiles_BytesPackedOnceAndReadBackExactly()
    {
        var a = File("a.txt", Some.Time, ("COD", 1m, "00"));
        var b = File("b.txt", Some.Time.AddMinutes(5), ("COD", 2m, "00"));
        var sameBytes = a with { FileName = "a-copy.txt" };
        var big = Enumerable.Range(0, 2).Select(i => a with { FileName = $"big{i}.txt", Bytes = Bulk(i), Sha256 = Hex(Bulk(i)), Observations = [] }).ToList();
        await Store.CommitAsync([a, b, sameBytes, .. big]);
        await Store.CommitAsync([a, b]); // resends: nothing archived again
        foreach (var f in new[] { a, b, sameBytes, big[0], big[1] })
            Assert.Equal(f.Bytes, await Store.GetRawBytesAsync(f.Sha256));
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        // The two bulk files do not fit one pack; a's bytes are packed once for both names.
        await using var cmd = new NpgsqlCommand("SELECT count(*) || ' ' || sum(octet_length(bytes)) FROM raw_packs", c);
        Assert.Equal($"2 {a.Bytes.Length + b.Bytes.Length + big[0].Bytes.Length + big[1].Bytes.Length}", await cmd.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task GetRawBytesAsync_EntryOfAnOlderVersionInRawArchive_StillRead()
    {
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 1m, "00"))]);
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO raw_archive VALUES ('0a', 3, '\x010203');
            INSERT INTO files(name, sha256, size, source_path, first_received_at, last_received_at, receipts, outcome, records, warnings)
            VALUES ('old.txt', '0a', 3, 'old.txt', now(), now(), 1, 'Accepted', 0, 0)
            """, c);
        await cmd.ExecuteNonQueryAsync();
        Assert.Equal([1, 2, 3], await Store.GetRawBytesAsync("0a"));
    }

    /// <summary>Incompressible bytes of 20 MiB: two of them exceed one pack.</summary>
    static byte[] Bulk(int seed)
    {
        var bytes = new byte[20 * 1024 * 1024];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    static string Hex(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
