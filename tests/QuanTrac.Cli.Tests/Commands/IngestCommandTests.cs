using System.Text.Json;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac ingest (--data DIR | --db CONNECTION) [--auto-register] PATH...</c>.</summary>
public class IngestCommandTests
{
    [Fact]
    public async Task Ingest_UnknownPrefixWithoutAutoRegister_QuarantinedWithReasonNamingThePrefixAndExit0()
    {
        using var dir = new TempDir();

        var summary = await Cli.IngestAsync(dir["data"], RealFiles.Envisoft("normal"));

        Assert.Equal((4, 0, 0, 0), (summary.Files, summary.Accepted, summary.Duplicates, summary.Records));
        Assert.Equal(4, summary.Quarantined.Count);
        foreach (var (file, reason) in summary.Quarantined)
        {
            var name = Path.GetFileName(file);
            Assert.Contains(name[..name.LastIndexOf('_')], reason, StringComparison.Ordinal);
            Assert.Contains("registered", reason, StringComparison.OrdinalIgnoreCase);
        }
        var rows = await Cli.FilesAsync(dir["data"], "--quarantined");
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("Quarantined", r.Outcome));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public async Task Ingest_QuarantinedThenAutoRegistered_SameFilesAcceptedOnReceipt()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], RealFiles.Envisoft("normal"));

        var summary = await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));

        Assert.Equal((4, 4, 0, 45), (summary.Files, summary.Accepted, summary.Duplicates, summary.Records));
        Assert.Empty(summary.Quarantined);
        Assert.Empty(await Cli.FilesAsync(dir["data"], "--quarantined"));
    }

    [Fact]
    public async Task Ingest_NormalThenPolluted_ChangedRecordsBecomeNewVersions()
    {
        using var dir = new TempDir();
        var expectedChanges = await ChangedRecordsAsync();

        var first = await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));
        var second = await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("polluted"));

        Assert.Equal((4, 4, 0, 0, 45), (first.Files, first.Accepted, first.Duplicates, first.NewVersions, first.Records));
        Assert.Equal((4, 4, 0, 45), (second.Files, second.Accepted, second.Duplicates, second.Records));
        Assert.True(expectedChanges > 0);
        Assert.Equal(expectedChanges, second.NewVersions);
    }

    [Fact]
    public async Task Ingest_QuytttbFile_TwoRecordsTolerantQuarantinedStrict()
    {
        using var dir = new TempDir();

        var strict = await Cli.IngestAsync(dir["strict"], "--auto-register", "--strict", RealFiles.Quytttb);
        var tolerant = await Cli.IngestAsync(dir["tolerant"], "--auto-register", RealFiles.Quytttb);

        Assert.Equal((1, 0), (strict.Files, strict.Accepted));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(strict.Quarantined).Reason));
        Assert.Equal((1, 1, 2), (tolerant.Files, tolerant.Accepted, tolerant.Records));
        var rows = Csv.Rows(await Cli.ExportAsync(dir["tolerant"]));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("2026-01-01T12:00:00+07:00", r["observed_at"]));
    }

    [Fact]
    public async Task Ingest_DbConnectionString_SameStoreAsDataFolder()
    {
        using var dir = new TempDir();

        await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));
        var viaDb = (await QuantracProcess.RunAsync("export", "--db", "sqlite:" + Path.Combine(dir["data"], "quantrac.db"))).ShouldExit(0);

        Assert.Equal(await Cli.ExportAsync(dir["data"]), viaDb.Lines);
    }

    [Fact]
    public async Task Export_QuantracDbVariable_UsedOnlyWhenNeitherDataNorDbIsGiven()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));
        var variable = new Dictionary<string, string> { ["QUANTRAC_DB"] = "sqlite:" + Path.Combine(dir["data"], "quantrac.db") };

        var viaVariable = (await QuantracProcess.RunAsync(["export"], QuantracProcess.DefaultTimeout, variable)).ShouldExit(0);
        Assert.Equal(await Cli.ExportAsync(dir["data"]), viaVariable.Lines);
        // An explicit --data wins over the variable: the empty folder's export has the header only.
        var explicitData = (await QuantracProcess.RunAsync(["export", "--data", dir["empty"]], QuantracProcess.DefaultTimeout, variable)).ShouldExit(0);
        Assert.Equal([Csv.Header], explicitData.Lines);
    }

    [Fact]
    public async Task Ingest_SameFolderTwice_SecondRunAllDuplicatesAndExportUnchanged()
    {
        using var dir = new TempDir();
        var inbox = dir["inbox"];
        Cli.Copy(RealFiles.Envisoft("normal"), Path.Combine(inbox, "normal"));
        Cli.Copy(RealFiles.Quytttb, Path.Combine(inbox, "logger", Path.GetFileName(RealFiles.Quytttb)));
        File.WriteAllBytes(Path.Combine(inbox, "HN_BKHN_KHIKXQ_20260325001000.txt"), [0xFF, 0xFE, 0x00, 0x01, 0x80, 0x81, 0x0A]);
        File.WriteAllText(Path.Combine(inbox, "not-a-station-file.txt"), "pH\t7.1\t\t20260325000000\t00\n");

        var first = await Cli.IngestAsync(dir["data"], "--auto-register", inbox);
        var exportAfterFirst = await Cli.ExportAsync(dir["data"], "--versions");
        var second = await Cli.IngestAsync(dir["data"], "--auto-register", inbox);
        var exportAfterSecond = await Cli.ExportAsync(dir["data"], "--versions");

        Assert.Equal(7, first.Files);
        Assert.Equal(2, first.Quarantined.Count);
        Assert.Equal(5, first.Accepted);
        Assert.Equal(first.Files, second.Files);
        Assert.Equal(second.Files - second.Quarantined.Count, second.Duplicates);
        Assert.Equal((0, 0, 0), (second.Accepted, second.NewVersions, second.Records));
        Assert.Equal(first.Quarantined.Select(q => q.File).Order(StringComparer.Ordinal), second.Quarantined.Select(q => q.File).Order(StringComparer.Ordinal));
        // Receipt times included: a duplicate must not touch the stored observations.
        Assert.Equal(exportAfterFirst, exportAfterSecond);
        Assert.Equal(47, exportAfterSecond.Count - 1);
        var files = await Cli.FilesAsync(dir["data"]);
        Assert.Equal(7, files.Count);
        Assert.All(files.Where(f => f.Outcome == "Accepted"), f => Assert.Equal(2, f.Receipts));
    }

    /// <summary>Records of polluted/ whose value or status differ from normal/ (what a resend makes a new version).</summary>
    static async Task<int> ChangedRecordsAsync()
    {
        static async Task<Dictionary<(string, string), (decimal?, string)>> Read(string set)
        {
            var result = (await QuantracProcess.RunAsync(["parse", .. Directory.GetFiles(RealFiles.Envisoft(set))])).ShouldExit(0);
            return Cli.ParseOutput(result).SelectMany(f => f.GetProperty("records").EnumerateArray().Select(r => (
                Key: (f.GetProperty("prefix").GetString()!, r.GetProperty("parameter").GetString()!),
                Value: (r.GetProperty("value").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("value").GetDecimal(), r.GetProperty("status").GetString()!))))
                .ToDictionary(p => p.Key, p => p.Value);
        }
        var normal = await Read("normal");
        var polluted = await Read("polluted");
        Assert.Equal(normal.Keys.Order(), polluted.Keys.Order());
        return normal.Count(p => polluted[p.Key] != p.Value);
    }
}
