using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

public class FolderImportTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero));

    static async Task<IntakeSummary> IngestAsync(TempStore db, IntakeOptions options, params string[] paths)
    {
        await using var pipeline = await IntakePipeline.StartAsync(db.Store, options, Time);
        return await FolderImport.RunAsync(pipeline, paths, Time);
    }

    [Fact]
    public async Task RunAsync_RealFilesWithAutoRegister_StoresEveryRecord()
    {
        await using var db = await TempStore.CreateAsync();
        var summary = await IngestAsync(db, new IntakeOptions { AutoRegister = true }, RepoPaths.RealStationFiles);

        // The folder's README.md is not a station file: kept, and quarantined with the reason.
        Assert.Equal(10, summary.Files);
        Assert.Equal(9, summary.Accepted);
        var (readme, why) = Assert.Single(summary.Quarantined);
        Assert.EndsWith("README.md", readme, StringComparison.Ordinal);
        Assert.Equal("BAD_FILE_NAME", why.Code);
        // normal/ and polluted/ hold the same names with other values: the polluted copies are changed resends.
        var current = await db.SnapshotAsync(allVersions: false);
        Assert.Equal(26 + 7 + 7 + 5 + 2, current.Count);
        Assert.True((await db.SnapshotAsync()).Count > current.Count);
        Assert.Equal(5, (await db.Store.GetStationsAsync()).Count);
    }

    [Fact]
    public async Task RunAsync_UnknownPrefixWithoutAutoRegister_QuarantinesWithReasonAndKeepsBytes()
    {
        await using var db = await TempStore.CreateAsync();
        var path = Path.Combine(RepoPaths.RealStationFiles, "quytttb-data-logger", "HN_ABCD_NUO001_20260101120000.txt");
        var summary = await IngestAsync(db, new IntakeOptions(), path);

        var (file, reason) = Assert.Single(summary.Quarantined);
        Assert.Equal(path, file);
        Assert.Equal("UNREGISTERED_STATION", reason.Code);
        Assert.Contains("HN_ABCD_NUO001", reason.English, StringComparison.Ordinal);
        Assert.Contains("HN_ABCD_NUO001", reason.Vietnamese, StringComparison.Ordinal);
        var entry = Assert.Single(await db.Store.GetFilesAsync(new FileQuery()));
        Assert.Equal(await File.ReadAllBytesAsync(path), await db.Store.GetRawBytesAsync(entry.Sha256));
    }

    [Fact]
    public async Task RunAsync_SameFolderTwice_SecondRunOnlyCountsDuplicates()
    {
        await using var db = await TempStore.CreateAsync();
        var options = new IntakeOptions { AutoRegister = true };
        await IngestAsync(db, options, RepoPaths.RealStationFiles);
        var once = await db.SnapshotAsync();

        var again = await IngestAsync(db, options, RepoPaths.RealStationFiles);

        Assert.Equal(10, again.Files);
        Assert.Equal(0, again.Accepted);
        Assert.Equal(once, await db.SnapshotAsync());
    }

    [Fact]
    public async Task RunAsync_GarbageAndEmptyFiles_QuarantinedEachWithItsOwnReason()
    {
        await using var db = await TempStore.CreateAsync();
        var dir = Directory.CreateTempSubdirectory("quantrac-garbage-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "HN_X_Y_20260101120000.txt"), []);
            await File.WriteAllBytesAsync(Path.Combine(dir, "HN_X_Y_20260101120500.txt"), [0xff, 0xfe, 0x00, 0x81, 0xc3]);
            await File.WriteAllTextAsync(Path.Combine(dir, "notes.txt"), "hello");
            await File.WriteAllTextAsync(Path.Combine(dir, ".upload.part"), "half a file");

            var summary = await IngestAsync(db, new IntakeOptions { AutoRegister = true }, dir);

            Assert.Equal(3, summary.Files);
            Assert.Equal(3, summary.Quarantined.Count);
            Assert.Equal(3, summary.Quarantined.Select(q => q.Reason.Code).Distinct().Count());
            Assert.All(summary.Quarantined, q => Assert.False(string.IsNullOrWhiteSpace(q.Reason.Vietnamese)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
