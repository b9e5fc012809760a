using FsCheck.Xunit;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public class StationSimulatorDeterminismTests
{
    static readonly SimulationOptions Options = new() { StationsPerType = 2, Days = 2, Seed = 7 };

    [Fact]
    public void Generate_SameSeed_GivesIdenticalNamesAndBytes()
    {
        var first = SimFiles.Digest(StationSimulator.Generate(Options));
        var second = SimFiles.Digest(StationSimulator.Generate(Options with { }));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentBytes()
    {
        var first = SimFiles.Digest(StationSimulator.Generate(Options));
        var other = SimFiles.Digest(StationSimulator.Generate(Options with { Seed = 8 }));
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_MoreStations_LeavesExistingStationsUnchanged()
    {
        // Seeds derive from (seed, station number), so adding stations must not change the others' files.
        var small = StationSimulator.Generate(Options with { StationsPerType = 1 }).ToList();
        var prefixes = small.Select(f => f.StationPrefix).ToHashSet();
        var large = StationSimulator.Generate(Options with { StationsPerType = 3 }).Where(f => prefixes.Contains(f.StationPrefix));
        Assert.Equal(SimFiles.Digest(small), SimFiles.Digest(large));
    }

    [Property(MaxTest = 8)]
    public bool Generate_AnySeed_IsReproducible(int seed)
    {
        var options = new SimulationOptions { StationsPerType = 1, Days = 1, Seed = seed };
        return SimFiles.Digest(StationSimulator.Generate(options)) == SimFiles.Digest(StationSimulator.Generate(options));
    }
}
