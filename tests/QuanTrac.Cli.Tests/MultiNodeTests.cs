using System.Diagnostics;
using System.Globalization;
using Npgsql;
using QuanTrac.TestKit;
using Xunit.Abstractions;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// The acceptance test of "several nodes, exactly once": two real <c>quantrac serve</c> processes on one PostgreSQL
/// database share one inbox holding a backlog; one is SIGKILLed midway while it holds claims; the survivor takes
/// its files over once their leases end. At the end everything is stored exactly once: the export equals a clean
/// single ingest of the same files and every file is registered once, with one receipt.
/// </summary>
[Collection(nameof(CrashTestCollection))]
public sealed class MultiNodeTests(ITestOutputHelper output)
{
    const int LeaseMs = 4000;

    [SkippableFact]
    public async Task Serve_TwoNodesShareABacklogAndOneIsKilledMidway_EverythingStoredExactlyOnce()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        var total = Stopwatch.StartNew();
        using var dir = new TempDir();
        var backlog = dir["backlog"];
        (await QuantracProcess.RunAsync("simulate", "--out", backlog, "--stations", "2", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "7")).ShouldExit(0);
        var reference = await TestPostgres.CreateDatabaseAsync();
        var cluster = await TestPostgres.CreateDatabaseAsync();
        try
        {
            foreach (var db in new[] { reference, cluster })
                (await QuantracProcess.RunAsync("stations", "import", "--db", db, backlog + ".stations.json")).ShouldExit(0);
            var expected = InboxFiles(backlog).Count;

            // Reference: one clean ingest of the same files.
            var clean = await QuantracProcess.RunAsync(["ingest", "--db", reference, backlog], QuantracProcess.DefaultTimeout);
            Assert.Equal(expected, IngestSummary.From(clean).Files);
            Log($"backlog {expected} files; clean ingest {clean.Elapsed.TotalSeconds:F1} s");

            // Two nodes on one shared inbox.
            var inbox = dir["inbox"];
            Cli.Copy(backlog, inbox);
            using var a = await ServeAsync(cluster, inbox, "node-a");
            using var b = await ServeAsync(cluster, inbox, "node-b");

            // Kill midway: once a quarter of the backlog is stored, the first node seen holding claims.
            var deadline = Stopwatch.StartNew();
            string? victim = null;
            long storedAtKill = 0;
            while (victim is null && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                Assert.False(a.HasExited || b.HasExited, "a node ended on its own");
                storedAtKill = await ScalarAsync(cluster, "SELECT count(*) FROM files");
                if (storedAtKill >= expected / 4)
                    victim = (string?)await ScalarAsync<object>(cluster, "SELECT min(node) FROM intake_claims WHERE lease_until > now()") as string;
                if (victim is null)
                    await Task.Delay(10);
            }
            Assert.True(victim is not null, $"no node held claims after a quarter of the backlog was stored ({storedAtKill} of {expected})");
            var (killed, survivor) = victim == "node-a" ? (a, b) : (b, a);
            var heldAtKill = await ScalarAsync(cluster, $"SELECT count(*) FROM intake_claims WHERE node = '{victim}'");
            killed.KillHard();
            Log($"SIGKILLed {victim} after {deadline.Elapsed.TotalSeconds:F1} s: {storedAtKill} of {expected} files stored, {heldAtKill} claims held by it");
            Assert.True(storedAtKill < expected, "the backlog was already stored when the node was killed");

            // The survivor takes the dead node's files over once their leases end, and empties the inbox.
            var drain = Stopwatch.StartNew();
            while (InboxFiles(inbox).Count > 0 && drain.Elapsed < TimeSpan.FromSeconds(60))
            {
                Assert.False(survivor.HasExited, "the surviving node ended");
                await Task.Delay(100);
            }
            Assert.True(InboxFiles(inbox).Count == 0, $"{InboxFiles(inbox).Count} files still in the inbox after {drain.Elapsed.TotalSeconds:F0} s");
            Log($"inbox empty {drain.Elapsed.TotalSeconds:F1} s after the kill");
            survivor.KillHard();

            // Exactly once: the same export as the clean ingest (receipt times aside)…
            var want = Csv.WithoutColumn(await ExportAsync(reference), "received_at");
            var got = Csv.WithoutColumn(await ExportAsync(cluster), "received_at");
            Assert.True(want.Count > 1, "the reference export is empty");
            Assert.True(want.SequenceEqual(got, StringComparer.Ordinal),
                $"PRODUCT BUG: the export of two nodes (one killed) differs from a clean ingest: {want.Count} rows expected, {got.Count} found");
            // …and every file registered once, with one receipt.
            var files = await FilesAsync(cluster);
            var referenceFiles = await FilesAsync(reference);
            Assert.Equal(expected, files.Count);
            Assert.Equal(files.Count, files.Select(f => (f.Name, f.Sha256)).Distinct().Count());
            var doubled = files.Where(f => f.Receipts != 1).Select(f => $"{f.File} ({f.Receipts})").ToList();
            Assert.True(doubled.Count == 0, "PRODUCT BUG: files received more than once: " + string.Join(", ", doubled.Take(10)));
            static string Key(FileRow f) => $"{f.Name}|{f.Sha256}|{f.Outcome}|{f.Records}";
            Assert.Equal(referenceFiles.Select(Key).Order(StringComparer.Ordinal), files.Select(Key).Order(StringComparer.Ordinal));
            Log($"multi-node test total {total.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(reference);
            await TestPostgres.DropDatabaseAsync(cluster);
        }
    }

    static async Task<RunningQuantrac> ServeAsync(string db, string inbox, string node) =>
        await QuantracProcess.StartAsync(["serve", "--db", db, "--inbox", inbox, "--urls", "http://127.0.0.1:0", "--node", node,
            "--inbox-stable-ms", "300", "--inbox-lease-ms", LeaseMs.ToString(CultureInfo.InvariantCulture)]);

    static List<string> InboxFiles(string inbox) =>
        [.. Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".stations.json", StringComparison.Ordinal))];

    static async Task<long> ScalarAsync(string db, string sql) => Convert.ToInt64(await ScalarAsync<object>(db, sql), CultureInfo.InvariantCulture);

    static async Task<T?> ScalarAsync<T>(string db, string sql)
    {
        await using var c = new NpgsqlConnection(db);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        var value = await cmd.ExecuteScalarAsync();
        return value is DBNull ? default : (T?)value;
    }

    static async Task<IReadOnlyList<string>> ExportAsync(string db)
    {
        var lines = (await QuantracProcess.RunAsync("export", "--db", db, "--versions")).ShouldExit(0).Lines;
        Assert.Equal(Csv.Header, lines[0]);
        return lines;
    }

    static async Task<List<FileRow>> FilesAsync(string db)
    {
        var lines = (await QuantracProcess.RunAsync("files", "list", "--db", db, "--limit", "1000000")).ShouldExit(0).Lines;
        return [.. lines.Skip(1).Select(l =>
        {
            var f = l.Split('\t');
            return new FileRow(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), f[4], f[5], f[6]);
        })];
    }

    void Log(string message) => output.WriteLine(message);
}
