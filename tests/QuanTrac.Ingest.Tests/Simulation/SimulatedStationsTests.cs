using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

public class SimulatedStationsTests
{
    static readonly string[] AirCodes = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5", "Temp", "RH", "WindSpeed", "WindDir"];
    static readonly string[] SurfaceCodes = ["Temp", "pH", "DO", "TSS", "COD", "COND", "TURB", "NH4"];
    static readonly string[] WastewaterCodes = ["Flow_In", "Flow_Out", "Temp", "pH", "TSS", "COD", "NH4"];
    static readonly string[] StackCodes = ["Flow", "Temp", "P", "PM", "O2", "SO2", "NOx", "CO"];

    [Fact]
    public void Build_FiveStationsPerType_GivesTwentyUniqueStationsInVietnam()
    {
        var stations = SimulatedStations.Build(5);
        Assert.Equal(20, stations.Count);
        Assert.Equal(20, stations.Select(s => s.Prefix).Distinct().Count());
        Assert.All(Enum.GetValues<StationType>(), t => Assert.Equal(5, stations.Count(s => s.Type == t)));
        Assert.All(stations, s =>
        {
            Assert.Matches(@"^SIM_F\d{3}_(KHI|NUO)\d{3}$", s.Prefix);
            Assert.StartsWith(s.Prefix.Split('_')[1], s.Facility, StringComparison.Ordinal);
            Assert.NotNull(s.Location);
            Assert.InRange(s.Location.Latitude, 8.5, 23.4);
            Assert.InRange(s.Location.Longitude, 102.1, 109.5);
            Assert.False(string.IsNullOrWhiteSpace(s.NameVi));
            Assert.False(string.IsNullOrWhiteSpace(s.NameEn));
            Assert.Equal(Station.DefaultInterval, s.ExpectedInterval);
        });
    }

    [Fact]
    public void Build_AnyType_MapsTheMandatoryParametersToTheCatalogue()
    {
        var stations = SimulatedStations.Build(3);
        Assert.All(stations, s =>
        {
            var expected = s.Type switch
            {
                StationType.AmbientAir => AirCodes,
                StationType.SurfaceWater => SurfaceCodes,
                StationType.IndustrialWastewater => WastewaterCodes,
                _ => StackCodes,
            };
            Assert.Subset(s.Mappings.Select(m => m.ParameterCode).ToHashSet(), expected.ToHashSet());
            Assert.All(s.Mappings, m => Assert.NotNull(ParameterCatalogue.Default.Find(m.ParameterCode, s.Type)));
            // The suggestion engine agrees with every raw name the simulated loggers write.
            Assert.All(s.Mappings, m => Assert.Equal(m.ParameterCode, ParameterCatalogue.Default.Suggest(m.RawName, s.Type)?.Code));
        });
    }

    [Fact]
    public void Build_ThreeStationsPerType_UsesVietnameseAndAliasNames()
    {
        var raw = SimulatedStations.Build(3).SelectMany(s => s.Mappings).Select(m => m.RawName).ToHashSet();
        Assert.Subset(raw, new HashSet<string> { "Amoni", "Nhiệtđộ", "PM2.5", "PM2,5", "Flowin", "Lưu lượng", "Bụi" });
    }

    [Fact]
    public void Build_MoreStations_KeepsTheFirstOnesUnchanged()
    {
        var small = SimulatedStations.Build(2);
        var large = SimulatedStations.Build(4);
        Assert.All(small, s => Assert.Equivalent(s, large.Single(l => l.Prefix == s.Prefix)));
    }
}
