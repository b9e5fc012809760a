using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Tests.Parameters;

public class ParameterCatalogueTests
{
    static readonly ParameterCatalogue Catalogue = ParameterCatalogue.Default;

    public static TheoryData<StationType, string> Mandatory => new()
    {
        // station-data-format.md §11
        { StationType.IndustrialWastewater, "Flow_In" }, { StationType.IndustrialWastewater, "Flow_Out" },
        { StationType.IndustrialWastewater, "Temp" }, { StationType.IndustrialWastewater, "pH" }, { StationType.IndustrialWastewater, "TSS" },
        { StationType.IndustrialWastewater, "COD" }, { StationType.IndustrialWastewater, "NH4" },
        { StationType.StackEmission, "Flow" }, { StationType.StackEmission, "Temp" }, { StationType.StackEmission, "P" },
        { StationType.StackEmission, "PM" }, { StationType.StackEmission, "O2" }, { StationType.StackEmission, "SO2" },
        { StationType.StackEmission, "NOx" }, { StationType.StackEmission, "CO" },
        { StationType.AmbientAir, "SO2" }, { StationType.AmbientAir, "NO2" }, { StationType.AmbientAir, "CO" },
        { StationType.AmbientAir, "O3" }, { StationType.AmbientAir, "PM10" }, { StationType.AmbientAir, "PM2.5" }, { StationType.AmbientAir, "Temp" },
        { StationType.SurfaceWater, "Temp" }, { StationType.SurfaceWater, "pH" }, { StationType.SurfaceWater, "DO" },
        { StationType.SurfaceWater, "TSS" }, { StationType.SurfaceWater, "COD" },
    };

    [Theory]
    [MemberData(nameof(Mandatory))]
    public void Find_MandatoryParameterOfStationType_IsDefinedWithNamesInBothLanguages(StationType type, string code)
    {
        var p = Catalogue.Find(code, type);
        Assert.NotNull(p);
        Assert.False(string.IsNullOrWhiteSpace(p.NameVi));
        Assert.False(string.IsNullOrWhiteSpace(p.NameEn));
        Assert.True(p.PlausibleMin < p.PlausibleMax);
    }

    [Fact]
    public void Find_SameCodeAtAmbientAndStack_HasTheUnitOfEach()
    {
        Assert.Equal("µg/m³", Catalogue.Find("CO", StationType.AmbientAir)!.Unit);
        Assert.Equal("mg/Nm³", Catalogue.Find("CO", StationType.StackEmission)!.Unit);
    }

    [Theory]
    [InlineData("Amoni", StationType.IndustrialWastewater, "NH4")]
    [InlineData("Flowin", StationType.IndustrialWastewater, "Flow_In")]
    [InlineData("PM2,5", StationType.AmbientAir, "PM2.5")]
    [InlineData("Nhiệtđộ", StationType.StackEmission, "Temp")]
    [InlineData("Bụi", StationType.StackEmission, "PM")]
    [InlineData("VHg", StationType.StackEmission, "Hg")]
    public void Suggest_AliasSeenInFiles_GivesCanonicalCode(string raw, StationType type, string code) =>
        Assert.Equal(code, Catalogue.Suggest(raw, type)?.Code);

    [Fact]
    public void Suggest_DustNameAtAmbientStation_IsNotStackDust() =>
        Assert.Null(Catalogue.Suggest("PM", StationType.AmbientAir));

    [Fact]
    public void Constructor_CodeTwiceForOneType_Throws() =>
        Assert.Throws<ArgumentException>(() => new ParameterCatalogue([.. Catalogue.Definitions, Catalogue.Definitions[0]]));
}
