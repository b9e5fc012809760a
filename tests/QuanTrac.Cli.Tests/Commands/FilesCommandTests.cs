using QuanTrac.TestKit;

namespace QuanTrac.Cli.Tests;

/// <summary><c>quantrac files list [--quarantined]</c> and <c>quantrac files get SHA256</c>.</summary>
public class FilesCommandTests
{
    [Fact]
    public async Task FilesGet_EveryReceivedFile_OriginalBytesBack()
    {
        using var dir = new TempDir();
        var garbage = dir["inbox/HN_BKHN_KHIKXQ_20260325001000.txt"];
        Directory.CreateDirectory(dir["inbox"]);
        File.WriteAllBytes(garbage, [0xEF, 0xBB, 0xBF, 0xFF, 0x00, 0x0D, 0x0A, 0xC3]);
        await Cli.IngestAsync(dir["data"], "--auto-register", RepoPaths.RealStationFiles, dir["inbox"]);

        foreach (var path in RealFiles.All.Append(garbage))
        {
            var result = (await QuantracProcess.RunAsync("files", "get", "--data", dir["data"], Cli.Sha256(path))).ShouldExit(0);
            Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(result.StdoutBytes), $"files get of {path} is not byte-identical");
        }
    }

    [Fact]
    public async Task FilesGet_UppercaseHash_Found()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], RealFiles.Quytttb);

        var result = (await QuantracProcess.RunAsync("files", "get", "--data", dir["data"], Cli.Sha256(RealFiles.Quytttb).ToUpperInvariant())).ShouldExit(0);

        Assert.Equal(File.ReadAllBytes(RealFiles.Quytttb), result.StdoutBytes);
    }

    [Fact]
    public async Task FilesGet_UnknownHash_Exit2AndMessage()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], RealFiles.Quytttb);

        var result = await QuantracProcess.RunAsync("files", "get", "--data", dir["data"], new string('0', 64));

        result.ShouldExit(2);
        Assert.Empty(result.StdoutBytes);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr));
    }

    [Fact]
    public async Task FilesList_MixedOutcomes_EveryFileOnceQuarantinedOnesWithReason()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));
        await Cli.IngestAsync(dir["data"], "--strict", RealFiles.Quytttb, RealFiles.Envisoft("polluted"));

        var all = await Cli.FilesAsync(dir["data"]);
        var quarantined = await Cli.FilesAsync(dir["data"], "--quarantined");

        Assert.Equal(9, all.Count);
        Assert.Equal(all.Count, all.Select(f => (f.Name, f.Sha256)).Distinct().Count());
        Assert.Equal(RealFiles.All.Select(Cli.Sha256).Order(StringComparer.Ordinal), all.Select(f => f.Sha256).Order(StringComparer.Ordinal));
        var q = Assert.Single(quarantined);
        Assert.Equal((RealFiles.Quytttb, "Quarantined", 0), (q.File, q.Outcome, q.Records));
        Assert.False(string.IsNullOrWhiteSpace(q.Reason));
        Assert.All(all.Where(f => f.Outcome != "Quarantined"), f => Assert.Equal(("Accepted", ""), (f.Outcome, f.Reason)));
        Assert.Equal(RealFiles.EnvisoftRecords["HN_BKHN_KHIKXQ_20260325000500.txt"], all.First(f => f.Name == "HN_BKHN_KHIKXQ_20260325000500.txt").Records);
    }

    [Fact]
    public async Task FilesList_Limit_AtMostThatManyNewestFirst()
    {
        using var dir = new TempDir();
        await Cli.IngestAsync(dir["data"], "--auto-register", RealFiles.Envisoft("normal"));

        var result = (await QuantracProcess.RunAsync("files", "list", "--data", dir["data"], "--limit", "2")).ShouldExit(0);

        Assert.Equal(3, result.Lines.Count);
    }
}
