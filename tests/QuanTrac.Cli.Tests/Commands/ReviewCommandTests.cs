using Microsoft.Data.Sqlite;
using Npgsql;
using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// <c>quantrac review …</c>, <c>quantrac export --layer … --as-of …</c>, <c>quantrac audit verify</c> and
/// <c>quantrac qc rules …</c> through the real program, on SQLite (<c>--data</c>) and PostgreSQL (<c>--db</c>).
/// </summary>
public class ReviewCommandTests
{
    const string LayerHeader = "station,parameter,observed_at,value,unit,status,file_sha256,received_at,version,flags,review";

    [Fact]
    public async Task Review_RoundTripOnSqlite_AsOfSeparationLocksAndAuditTamper()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        await RoundTripAsync(dir, ["--data", data], async sql =>
        {
            await using var c = new SqliteConnection($"Data Source={Path.Combine(data, "quantrac.db")};Pooling=False");
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync();
        }, "DROP TRIGGER audit_log_no_update");
    }

    [SkippableFact]
    public async Task Review_RoundTripOnPostgres_AsOfSeparationLocksAndAuditTamper()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        using var dir = new TempDir();
        var db = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await RoundTripAsync(dir, ["--db", db], async sql =>
            {
                await using var c = new NpgsqlConnection(db);
                await c.OpenAsync();
                await using var cmd = new NpgsqlCommand(sql, c);
                await cmd.ExecuteNonQueryAsync();
            }, "DROP TRIGGER audit_log_append_only ON audit_log");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    static async Task RoundTripAsync(TempDir dir, string[] store, Func<string, Task> sql, string dropTrigger)
    {
        var sim = dir["sim"];
        (await QuantracProcess.RunAsync("simulate", "--out", sim, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "11")).ShouldExit(0);
        (await QuantracProcess.RunAsync(["stations", "import", .. store, sim + ".stations.json"])).ShouldExit(0);
        (await QuantracProcess.RunAsync(["ingest", .. store, sim])).ShouldExit(0);
        (await QuantracProcess.RunAsync(["qc", .. store])).ShouldExit(0);
        var plain = (await QuantracProcess.RunAsync(["export", .. store])).ShouldExit(0).Lines;
        Assert.Equal(Csv.Header, plain[0]);
        var cod = plain.Skip(1).Select(l => l.Split(',')).First(f => f[1] == "COD" && f[0].Contains("NUO", StringComparison.Ordinal));
        string station = cod[0], first = "2025-06-01T08:00:00+07:00", last = "2025-06-01T08:30:00+07:00";
        string[] range = ["--station", station, "--parameter", "COD", "--from", first, "--to", last];
        var before = TimeProvider.System.GetUtcNow();
        await Task.Delay(50);

        (await QuantracProcess.RunAsync(["review", "correct", .. store, .. range, "--user", "alice", "--reason", "drift after calibration", "--value", "12.5"])).ShouldExit(0);
        var sameUser = (await QuantracProcess.RunAsync(["review", "approve", .. store, .. range, "--user", "alice", "--level", "2"])).ShouldExit(2);
        Assert.Contains("SAME_USER_BOTH_LEVELS", sameUser.Stderr, StringComparison.Ordinal);
        Assert.Contains("phân tách nhiệm vụ", sameUser.Stderr, StringComparison.Ordinal);
        Assert.Contains("separation of duties", sameUser.Stderr, StringComparison.Ordinal);
        var approved = (await QuantracProcess.RunAsync(["review", "approve", .. store, .. range, "--user", "bob", "--level", "2"])).ShouldExit(0);
        using (var json = approved.Json())
            Assert.Equal(("approve", 2), (json.RootElement.GetProperty("action").GetString(), json.RootElement.GetProperty("level").GetInt32()));
        var locked = (await QuantracProcess.RunAsync(["review", "invalidate", .. store, .. range, "--user", "carol", "--reason", "x"])).ShouldExit(2);
        Assert.Contains("LOCKED", locked.Stderr, StringComparison.Ordinal);

        // Validated now: the seven corrected values; the raw layer as it stood before the correction: the original values, unreviewed.
        var validated = (await QuantracProcess.RunAsync(["export", .. store, "--station", station, "--parameter", "COD", "--layer", "validated"])).ShouldExit(0).Lines;
        Assert.Equal(LayerHeader, validated[0]);
        Assert.Equal(7, validated.Count - 1);
        Assert.All(validated.Skip(1), l => Assert.Matches(",12\\.5,.*,level2:corrected$", l));
        var asOf = before.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var then = (await QuantracProcess.RunAsync(["export", .. store, .. range, "--layer", "raw", "--as-of", asOf])).ShouldExit(0).Lines;
        var now = (await QuantracProcess.RunAsync(["export", .. store, .. range, "--layer", "raw"])).ShouldExit(0).Lines;
        Assert.Equal(8, then.Count);
        Assert.All(then.Skip(1), l => Assert.EndsWith(",unreviewed", l, StringComparison.Ordinal));
        Assert.Equal(then.Skip(1).Select(l => l.Split(',')[3]), now.Skip(1).Select(l => l.Split(',')[3]));
        Assert.All(now.Skip(1), l => Assert.EndsWith(",level2:corrected", l, StringComparison.Ordinal));
        var published = (await QuantracProcess.RunAsync(["export", .. store, "--station", station, "--parameter", "COD", "--layer", "published"])).ShouldExit(0).Lines;
        Assert.Contains(published, l => l.EndsWith(",provisional;unreviewed", StringComparison.Ordinal));
        Assert.Equal(plain, (await QuantracProcess.RunAsync(["export", .. store])).ShouldExit(0).Lines);

        var queue = (await QuantracProcess.RunAsync(["review", "queue", .. store, "--station", station])).ShouldExit(0);
        using (var json = queue.Json())
        {
            var item = json.RootElement.EnumerateArray().Single(i => i.GetProperty("parameter").GetString() == "COD");
            Assert.Equal(7, item.GetProperty("validated").GetInt64());
            Assert.Equal(item.GetProperty("values").GetInt64() - 7, item.GetProperty("needLevel1").GetInt64());
        }

        (await QuantracProcess.RunAsync(["review", "reopen", .. store, .. range, "--user", "bob", "--reason", "lab result"])).ShouldExit(0);
        var ok = (await QuantracProcess.RunAsync(["audit", "verify", .. store])).ShouldExit(0);
        using (var json = ok.Json())
            Assert.Equal((true, 3), (json.RootElement.GetProperty("ok").GetBoolean(), json.RootElement.GetProperty("entries").GetInt32()));

        await sql(dropTrigger);
        await sql("UPDATE audit_log SET reason = 'no reason' WHERE seq = 1");
        var broken = (await QuantracProcess.RunAsync(["audit", "verify", .. store])).ShouldExit(1);
        using (var json = broken.Json())
            Assert.Equal(1, json.RootElement.GetProperty("firstBrokenSeq").GetInt32());
        Assert.Contains("Dòng nhật ký 1", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("Audit row 1", broken.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_CorrectWithoutReason_Exit2BilingualNothingWritten()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        var result = (await QuantracProcess.RunAsync("review", "correct", "--data", data, "--station", "X", "--parameter", "COD",
            "--from", "2025-06-01T08:00", "--user", "alice", "--value", "1")).ShouldExit(2);
        Assert.Contains("REASON_REQUIRED", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("cần lý do", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("needs a reason", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Qc_AfterRulesSet_FlagsOfTheNewVersionOnlyOnceQcRunsAgain()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        var sim = dir["sim"];
        (await QuantracProcess.RunAsync("simulate", "--out", sim, "--stations", "1", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);
        (await QuantracProcess.RunAsync("stations", "import", "--data", data, sim + ".stations.json")).ShouldExit(0);
        await Cli.IngestAsync(data, sim);
        (await QuantracProcess.RunAsync("qc", "--data", data)).ShouldExit(0);
        static int Flagged(IReadOnlyList<string> lines) => lines.Skip(1).Count(l => !l.EndsWith(",,unreviewed", StringComparison.Ordinal));
        var before = Flagged((await QuantracProcess.RunAsync("export", "--data", data, "--layer", "raw")).ShouldExit(0).Lines);
        Assert.True(before > 0);

        // The time rule off everywhere: a new version in force, whose flags exist only after qc runs with it.
        var file = dir["rules.json"];
        await File.WriteAllTextAsync(file, """{"defaults":{"time":{"enabled":false}}}""");
        (await QuantracProcess.RunAsync("qc", "rules", "set", "--data", data, "--input", file, "--user", "lan", "--reason", "backfill")).ShouldExit(0);
        Assert.Equal(0, Flagged((await QuantracProcess.RunAsync("export", "--data", data, "--layer", "raw")).ShouldExit(0).Lines));
        using (var json = (await QuantracProcess.RunAsync("qc", "--data", data)).ShouldExit(0).Json())
            Assert.False(json.RootElement.GetProperty("byRule").TryGetProperty("time", out _));
        var after = Flagged((await QuantracProcess.RunAsync("export", "--data", data, "--layer", "raw")).ShouldExit(0).Lines);
        Assert.InRange(after, 1, before - 1);
    }

    [Fact]
    public async Task QcRules_SetThenShow_NewVersionInForceAndAudited()
    {
        using var dir = new TempDir();
        var data = dir["data"];
        var shown = (await QuantracProcess.RunAsync("qc", "rules", "show", "--data", data)).ShouldExit(0);
        string defaultVersion;
        using (var json = shown.Json())
        {
            Assert.False(json.RootElement.GetProperty("stored").GetBoolean());
            defaultVersion = json.RootElement.GetProperty("version").GetString()!;
        }
        var file = dir["rules.json"];
        await File.WriteAllTextAsync(file, """{"overrides":[{"parameter":"COD","settings":{"zero":{"enabled":true}}}]}""");
        var set = (await QuantracProcess.RunAsync("qc", "rules", "set", "--data", data, "--input", file, "--user", "lan", "--reason", "zero means fault")).ShouldExit(0);
        var again = (await QuantracProcess.RunAsync("qc", "rules", "set", "--data", data, "--input", file, "--user", "lan", "--reason", "again")).ShouldExit(0);
        using (var a = set.Json())
        using (var b = again.Json())
        {
            Assert.True(a.RootElement.GetProperty("created").GetBoolean());
            Assert.False(b.RootElement.GetProperty("created").GetBoolean());
            Assert.NotEqual(defaultVersion, a.RootElement.GetProperty("version").GetString());
        }
        using (var json = (await QuantracProcess.RunAsync("qc", "rules", "show", "--data", data)).ShouldExit(0).Json())
        {
            Assert.Single(json.RootElement.GetProperty("history").EnumerateArray());
            Assert.True(json.RootElement.GetProperty("document").GetProperty("overrides")[0].GetProperty("settings").GetProperty("zero").GetProperty("enabled").GetBoolean());
        }
        (await QuantracProcess.RunAsync("audit", "verify", "--data", data)).ShouldExit(0);

        await File.WriteAllTextAsync(file, """{"defaults":{"stuk":{}}}""");
        var bad = (await QuantracProcess.RunAsync("qc", "rules", "set", "--data", data, "--input", file, "--user", "lan", "--reason", "typo")).ShouldExit(2);
        Assert.Contains("stuk", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", bad.Stderr, StringComparison.Ordinal);
    }
}
