using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public class StationSimulatorDeliveryTests
{
    static readonly List<SimulatedFile> Files =
        [.. StationSimulator.Generate(new SimulationOptions { StationsPerType = 3, Days = 5, Seed = 5 })];

    [Fact]
    public void Generate_Defaults_NormalFilesArriveWithinFiveMinutes()
    {
        Assert.All(Files.Where(f => f.Kind == SimulatedFileKind.Normal),
            f => Assert.InRange(f.DeliverAt - f.ObservedAt, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Generate_Defaults_LateFilesArriveMoreThanAnHourLate()
    {
        var late = Files.Where(f => f.Kind == SimulatedFileKind.Late).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, f => Assert.True(f.DeliverAt > f.ObservedAt + TimeSpan.FromHours(1), f.FileName));
        // Buffered files are sent oldest first once the link is back.
        foreach (var station in late.GroupBy(f => f.StationPrefix))
        {
            var ordered = station.OrderBy(f => f.DeliverAt).ToList();
            Assert.Equal(ordered.Select(f => f.ObservedAt), ordered.Select(f => f.ObservedAt).Order());
        }
    }

    [Fact]
    public void Generate_Defaults_ResendsRepeatTheOriginalName()
    {
        var originals = Files.Where(f => f.Kind is SimulatedFileKind.Normal or SimulatedFileKind.Late).ToDictionary(f => f.RelativePath);
        var resends = Files.Where(f => f.Kind == SimulatedFileKind.Resend).ToList();
        var changed = Files.Where(f => f.Kind == SimulatedFileKind.ChangedResend).ToList();
        Assert.NotEmpty(resends);
        Assert.NotEmpty(changed);
        Assert.All(resends.Concat(changed), r =>
        {
            var original = originals[r.RelativePath];
            Assert.Equal(original.FileName, r.FileName);
            Assert.Equal(original.ObservedAt, r.ObservedAt);
            Assert.True(r.DeliverAt > original.DeliverAt);
        });
        Assert.All(resends, r => Assert.Equal(originals[r.RelativePath].Bytes, r.Bytes));
        Assert.All(changed, r => Assert.NotEqual(originals[r.RelativePath].Bytes, r.Bytes));
    }

    [Fact]
    public void Generate_ChangedResend_ChangesOneValueOnly()
    {
        Assert.All(Files.Where(f => f.Kind == SimulatedFileKind.ChangedResend), r =>
        {
            var original = SimFiles.Lines(Files.First(f => f.RelativePath == r.RelativePath));
            var lines = SimFiles.Lines(r);
            Assert.Equal(original.Length, lines.Length);
            Assert.Single(original.Zip(lines), p => !p.First.SequenceEqual(p.Second));
        });
    }
}
