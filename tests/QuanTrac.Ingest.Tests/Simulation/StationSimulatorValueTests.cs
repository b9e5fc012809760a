using System.Globalization;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public class StationSimulatorValueTests
{
    static readonly SimulationOptions Week = new() { StationsPerType = 1, Days = 7, Seed = 11 };

    /// <summary>Mean of the status-00 values of a parameter (by canonical code) at one station type, per local hour.</summary>
    static Dictionary<int, double> HourlyMeans(StationType type, string code)
    {
        var stations = SimulatedStations.Build(Week).Where(s => s.Type == type).ToDictionary(s => s.Prefix);
        return StationSimulator.Generate(Week)
            .Where(f => stations.ContainsKey(f.StationPrefix) && f.Kind is SimulatedFileKind.Normal or SimulatedFileKind.Late)
            .SelectMany(f => SimFiles.Lines(f).Select(l => (f, l)))
            .Where(x => x.l[4] == "00" && x.l[1] is not "" and not "---"
                && stations[x.f.StationPrefix].Mappings.Single(m => m.RawName == x.l[0]).ParameterCode == code)
            .GroupBy(x => x.f.ObservedAt.Hour)
            .ToDictionary(g => g.Key, g => g.Average(x => double.Parse(x.l[1], CultureInfo.InvariantCulture)));
    }

    static double Mean(Dictionary<int, double> hourly, params int[] hours) => hours.Average(h => hourly[h]);

    [Fact]
    public void Generate_AWeek_OzonePeaksInTheAfternoon()
    {
        var o3 = HourlyMeans(StationType.AmbientAir, "O3");
        Assert.True(Mean(o3, 14, 15) > 2 * Mean(o3, 3, 4), $"O3 afternoon {Mean(o3, 14, 15)} vs night {Mean(o3, 3, 4)}");
    }

    [Fact]
    public void Generate_AWeek_No2HasARushHourPeak()
    {
        var no2 = HourlyMeans(StationType.AmbientAir, "NO2");
        Assert.True(Mean(no2, 7, 8) > 1.3 * Mean(no2, 2, 3));
    }

    [Fact]
    public void Generate_AWeek_AirIsWarmerInTheAfternoon()
    {
        var temp = HourlyMeans(StationType.AmbientAir, "Temp");
        Assert.True(Mean(temp, 14, 15) > Mean(temp, 4, 5) + 4);
    }

    [Fact]
    public void Generate_AWeek_WastewaterFlowFollowsTheShifts()
    {
        var flow = HourlyMeans(StationType.IndustrialWastewater, "Flow_In");
        Assert.True(Mean(flow, 10, 11) > 2 * Mean(flow, 1, 2));
    }

    [Fact]
    public void Generate_AWeek_WastewaterOutflowIsSlightlyBelowInflow()
    {
        var inflow = HourlyMeans(StationType.IndustrialWastewater, "Flow_In").Values.Average();
        var outflow = HourlyMeans(StationType.IndustrialWastewater, "Flow_Out").Values.Average();
        Assert.InRange(outflow / inflow, 0.85, 1.02);
    }

    [Fact]
    public void Generate_NoAnomalies_ConsecutiveValuesAreAutocorrelated()
    {
        // AR(1) noise: a 5-minute step is far smaller than the spread of the series.
        var files = StationSimulator.Generate(SimFiles.NoAnomalies with { StationsPerType = 1, Days = 2 })
            .Where(f => f.StationPrefix.EndsWith("NUO001", StringComparison.Ordinal) && SimFiles.Lines(f).Any(l => l[0] == "COND"))
            .OrderBy(f => f.ObservedAt)
            .Select(f => double.Parse(SimFiles.Lines(f).Single(l => l[0] == "COND")[1], CultureInfo.InvariantCulture))
            .ToList();
        var mean = files.Average();
        var sd = Math.Sqrt(files.Average(v => (v - mean) * (v - mean)));
        var step = files.Zip(files.Skip(1), (a, b) => Math.Abs(b - a)).Average();
        Assert.True(step < sd / 2, $"mean step {step}, sd {sd}");
    }
}
