using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

public class QuarantineReprocessingTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunAsync_AfterStationRegistered_StoresTheQuarantinedFileFromTheArchive()
    {
        await using var db = await TempStore.CreateAsync();
        var folder = Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", "normal");
        await using (var first = await IntakePipeline.StartAsync(db.Store, new IntakeOptions(), Time))
            Assert.Equal(4, (await FolderImport.RunAsync(first, [folder], Time)).Quarantined.Count);

        await db.Store.SaveStationAsync(Some.WastewaterStation("TB_CAPH_NUOSXL"));
        await using var again = await IntakePipeline.StartAsync(db.Store, new IntakeOptions(), Time);
        var summary = await QuarantineReprocessing.RunAsync(again, db.Store, Time);

        Assert.Equal(4, summary.Files);
        Assert.Equal(1, summary.Accepted);
        Assert.Equal(3, summary.Quarantined.Count);
        Assert.Equal(7, (await db.SnapshotAsync()).Count);
        Assert.Equal(2, Assert.Single(await db.Store.GetFilesAsync(new FileQuery(FileOutcomeKind.Accepted))).Receipts);
    }
}
