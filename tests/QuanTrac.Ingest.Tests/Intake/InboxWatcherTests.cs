using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

public sealed class InboxWatcherTests : IAsyncLifetime
{
    static readonly string RealFile = Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", "normal", "TB_CAPH_NUOSXL_20260325000000.txt");
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero));
    readonly string _inbox = Directory.CreateTempSubdirectory("quantrac-inbox-").FullName;
    TempStore _db = null!;
    IntakePipeline _pipeline = null!;
    InboxWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        _db = await TempStore.CreateAsync();
        _pipeline = await IntakePipeline.StartAsync(_db.Store, new IntakeOptions { AutoRegister = true }, _time);
        _watcher = new InboxWatcher(_inbox, _pipeline, _time) { StableFor = TimeSpan.FromSeconds(5) };
    }

    public async Task DisposeAsync()
    {
        await _pipeline.DisposeAsync();
        await _db.DisposeAsync();
        Directory.Delete(_inbox, recursive: true);
    }

    string Drop(string relative)
    {
        var path = Path.Combine(_inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RealFile, path);
        return path;
    }

    [Fact]
    public async Task ScanOnceAsync_FileStableLongEnough_IsStoredThenRemovedFromInbox()
    {
        var path = Drop("TB/2026/03/25/TB_CAPH_NUOSXL_20260325000000.txt");

        await _watcher.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await _watcher.ScanOnceAsync(default);
        await _pipeline.CompleteAsync();

        Assert.False(File.Exists(path));
        var entry = Assert.Single(await _db.Store.GetFilesAsync(new FileQuery()));
        Assert.Equal(FileOutcomeKind.Accepted, entry.Outcome);
        Assert.Equal(Path.Combine("TB", "2026", "03", "25", "TB_CAPH_NUOSXL_20260325000000.txt"), entry.SourcePath);
    }

    [Fact]
    public async Task ScanOnceAsync_FileNotYetStable_IsLeftAlone()
    {
        var path = Drop("TB_CAPH_NUOSXL_20260325000000.txt");

        await _watcher.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(2));
        await _watcher.ScanOnceAsync(default);
        await _pipeline.CompleteAsync();

        Assert.True(File.Exists(path));
        Assert.Empty(await _db.Store.GetFilesAsync(new FileQuery()));
    }

    [Fact]
    public async Task ScanOnceAsync_FileStillGrowing_WaitsUntilItStops()
    {
        var path = Drop("TB_CAPH_NUOSXL_20260325000000.txt");
        await _watcher.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await File.AppendAllTextAsync(path, "TP\t1.2\tmg/L\t20260325000000\t00\r\n");
        await _watcher.ScanOnceAsync(default);

        Assert.True(File.Exists(path));
        _time.Advance(TimeSpan.FromSeconds(6));
        await _watcher.ScanOnceAsync(default);
        await _pipeline.CompleteAsync();

        Assert.False(File.Exists(path));
        Assert.Equal(8, Assert.Single(await _db.Store.GetFilesAsync(new FileQuery())).Records);
    }

    [Fact]
    public async Task ScanOnceAsync_TemporaryUploadNames_AreNeverTaken()
    {
        var part = Drop("TB_CAPH_NUOSXL_20260325000000.txt.part");
        var hidden = Drop(".TB_CAPH_NUOSXL_20260325000000.txt");

        await _watcher.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await _watcher.ScanOnceAsync(default);
        await _pipeline.CompleteAsync();

        Assert.True(File.Exists(part) && File.Exists(hidden));
        Assert.Empty(await _db.Store.GetFilesAsync(new FileQuery()));
    }

    [Fact]
    public async Task ScanOnceAsync_BadFile_QuarantinedAndRemovedButBytesKept()
    {
        var path = Path.Combine(_inbox, "garbage.bin");
        byte[] bytes = [0xde, 0xad, 0xbe, 0xef];
        await File.WriteAllBytesAsync(path, bytes);

        await _watcher.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await _watcher.ScanOnceAsync(default);
        await _pipeline.CompleteAsync();

        Assert.False(File.Exists(path));
        var entry = Assert.Single(await _db.Store.GetFilesAsync(new FileQuery(Outcome: FileOutcomeKind.Quarantined)));
        Assert.NotNull(entry.Reason);
        Assert.Equal(bytes, await _db.Store.GetRawBytesAsync(entry.Sha256));
    }
}
