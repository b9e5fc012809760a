using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public class StationSimulatorCountTests
{
    [Fact]
    public void Generate_NoAnomalies_GivesOneFilePerStationAndInterval()
    {
        var options = SimFiles.NoAnomalies with { StationsPerType = 3, Days = 2 };
        var files = StationSimulator.Generate(options).ToList();
        Assert.Equal(3 * 4 * 2 * 288, files.Count);
        Assert.All(files, f => Assert.Equal(SimulatedFileKind.Normal, f.Kind));
        Assert.Equal(files.Count, files.Select(f => f.RelativePath).Distinct().Count());
    }

    [Fact]
    public void Generate_Defaults_OriginalsPlusResendsMatchOptions()
    {
        var options = new SimulationOptions { StationsPerType = 3, Days = 4 };
        var files = StationSimulator.Generate(options).ToList();
        var originals = files.Where(f => f.Kind is SimulatedFileKind.Normal or SimulatedFileKind.Late).ToList();
        var resends = files.Where(f => f.Kind is SimulatedFileKind.Resend or SimulatedFileKind.ChangedResend).ToList();

        // Originals are unique; gaps remove some, but never more than a few percent with the default options.
        Assert.Equal(originals.Count, originals.Select(f => f.RelativePath).Distinct().Count());
        var expected = 3 * 4 * 4 * 288;
        Assert.InRange(originals.Count, expected * 0.9, expected - 1);
        // Every resend repeats a delivered original, and resends are about ResendProbability of the originals.
        var names = originals.Select(f => f.RelativePath).ToHashSet();
        Assert.All(resends, r => Assert.Contains(r.RelativePath, names));
        Assert.InRange(resends.Count, 1, originals.Count * options.ResendProbability * 3);
        Assert.Equal(files.Count, originals.Count + resends.Count);
    }

    [Fact]
    public void Generate_Defaults_IsOrderedByDeliveryTime()
    {
        var files = StationSimulator.Generate(new SimulationOptions { StationsPerType = 2, Days = 3 }).ToList();
        for (var i = 1; i < files.Count; i++)
            Assert.True(files[i - 1].DeliverAt <= files[i].DeliverAt, $"File {i} is delivered before file {i - 1}.");
    }

    [Fact]
    public void Generate_Lazily_YieldsFirstFileWithoutGeneratingTheYear()
    {
        // A year of 100 stations per type would take minutes and gigabytes if generated eagerly.
        var first = StationSimulator.Generate(new SimulationOptions { StationsPerType = 100, Days = 365 }).Take(10).ToList();
        Assert.Equal(10, first.Count);
    }
}
