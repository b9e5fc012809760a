using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary>
/// The same backlog into SQLite (<c>--data DIR</c>) and into PostgreSQL (<c>--db</c>) through the real <c>./quantrac</c>:
/// the exports and the file registries must not differ (receipt times aside, which are the clock's).
/// </summary>
public sealed class ExportCommandAcrossStoresTests
{
    [SkippableFact]
    public async Task Export_SameBacklogIntoSqliteAndPostgres_IdenticalExports()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        using var dir = new TempDir();
        var backlog = dir["backlog"];
        (await QuantracProcess.RunAsync("simulate", "--out", backlog, "--stations", "2", "--days", "1", "--start", "2025-06-01T00:00:00", "--seed", "11")).ShouldExit(0);
        var db = await TestPostgres.CreateDatabaseAsync();
        try
        {
            string[][] stores = [["--data", dir["data"]], ["--db", db]];
            foreach (var store in stores)
            {
                (await QuantracProcess.RunAsync(["stations", "import", .. store, backlog + ".stations.json"])).ShouldExit(0);
                // A backlog, then the real files: auto-registered stations, and polluted/ resending normal/'s names
                // with other values (new versions); then the whole backlog again (every file a duplicate).
                IngestSummary.From(await QuantracProcess.RunAsync(["ingest", .. store, backlog], QuantracProcess.DefaultTimeout));
                IngestSummary.From(await QuantracProcess.RunAsync(["ingest", .. store, "--auto-register", RealFiles.Envisoft("normal")]));
                IngestSummary.From(await QuantracProcess.RunAsync(["ingest", .. store, "--auto-register", RealFiles.Envisoft("polluted")]));
                var again = IngestSummary.From(await QuantracProcess.RunAsync(["ingest", .. store, backlog], QuantracProcess.DefaultTimeout));
                Assert.Equal(again.Files, again.Duplicates);
            }

            foreach (var options in new[] { Array.Empty<string>(), ["--versions"] })
            {
                var sqlite = Csv.WithoutColumn(await ExportAsync([.. stores[0], .. options]), "received_at");
                var postgres = Csv.WithoutColumn(await ExportAsync([.. stores[1], .. options]), "received_at");
                Assert.True(sqlite.Count > 10_000, $"the SQLite export holds only {sqlite.Count} lines");
                Assert.True(sqlite.SequenceEqual(postgres, StringComparer.Ordinal),
                    $"export {string.Join(' ', options)}: SQLite {sqlite.Count} lines, PostgreSQL {postgres.Count}; first difference: "
                    + sqlite.Zip(postgres).FirstOrDefault(p => p.First != p.Second));
            }
            static string Key(FileRow f) => $"{f.File}|{f.Sha256}|{f.Outcome}|{f.Records}|{f.Receipts}|{f.Reason}";
            // Sorted: two writer lanes on PostgreSQL commit the stations' files in another order than SQLite's one writer.
            var sqliteFiles = await FilesAsync(stores[0]);
            Assert.Equal(sqliteFiles.Select(Key).Order(StringComparer.Ordinal), (await FilesAsync(stores[1])).Select(Key).Order(StringComparer.Ordinal));
            Assert.Contains(sqliteFiles, f => f.Receipts == 2);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    static async Task<IReadOnlyList<string>> ExportAsync(string[] args)
    {
        var lines = (await QuantracProcess.RunAsync(["export", .. args])).ShouldExit(0).Lines;
        Assert.Equal(Csv.Header, lines[0]);
        return lines;
    }

    static async Task<List<FileRow>> FilesAsync(string[] store)
    {
        var lines = (await QuantracProcess.RunAsync(["files", "list", .. store, "--limit", "1000000"])).ShouldExit(0).Lines;
        return [.. lines.Skip(1).Select(l =>
        {
            var f = l.Split('\t');
            return new FileRow(f[0], f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4], f[5], f[6]);
        })];
    }
}
