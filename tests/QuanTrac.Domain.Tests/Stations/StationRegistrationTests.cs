using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Tests.Stations;

public class StationRegistrationTests
{
    [Fact]
    public void FromRawNames_WastewaterNames_GuessesTypeAndMapsAliases()
    {
        var s = StationRegistration.FromRawNames("TB_CAPH_NUOSXL", ["Temp", "Flowin", "Flow_Out", "Amoni", "COD", "pH", "TSS"], ParameterCatalogue.Default);
        Assert.Equal(StationType.IndustrialWastewater, s.Type);
        Assert.Equal(("TB", "CAPH"), (s.Province, s.Facility));
        Assert.Contains(new ParameterMapping("Amoni", "NH4"), s.Mappings);
        Assert.Contains(new ParameterMapping("Flowin", "Flow_In"), s.Mappings);
        Assert.Equal(7, s.Mappings.Count);
    }

    [Fact]
    public void FromRawNames_UnknownNames_StayUnmapped()
    {
        var s = StationRegistration.FromRawNames("X_Y_Z", ["Vinyl chloride", "PM2.5"], ParameterCatalogue.Default);
        Assert.Equal(StationType.AmbientAir, s.Type);
        Assert.Equal([new ParameterMapping("PM2.5", "PM2.5")], s.Mappings);
    }
}
