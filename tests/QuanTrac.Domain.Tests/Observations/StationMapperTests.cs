using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.TestKit;

namespace QuanTrac.Domain.Tests.Observations;

public class StationMapperTests
{
    readonly StationMapper _mapper = new(Some.WastewaterStation(), ParameterCatalogue.Default);

    [Fact]
    public void Map_AliasWithRawUnit_GivesCanonicalCodeAndUnit()
    {
        var o = _mapper.Map(Some.Record("Amoni", 1.93m, "mg/l"), Some.Time);
        Assert.Equal("NH4", o.ParameterCode);
        Assert.Equal("Amoni", o.RawName);
        Assert.Equal("mg/L", o.Unit);
        Assert.Equal(1.93m, o.Value);
        Assert.Equal(ObservationFlags.None, o.Flags);
    }

    [Fact]
    public void Map_ConvertibleUnit_AppliesExactFactor()
    {
        var o = _mapper.Map(Some.Record("COD", 41070m, "ug/L"), Some.Time);
        Assert.Equal(41.07m, o.Value);
        Assert.Equal("mg/L", o.Unit);
    }

    [Fact]
    public void Map_EmptyUnitOnDimensionlessPh_RaisesNoFlag()
    {
        var o = _mapper.Map(Some.Record("pH", 7.12m, ""), Some.Time);
        Assert.Equal(ObservationFlags.None, o.Flags);
    }

    [Fact]
    public void Map_EmptyUnitOnCod_AssumesCanonicalUnitAndFlags()
    {
        var o = _mapper.Map(Some.Record("COD", 41m, ""), Some.Time);
        Assert.Equal("mg/L", o.Unit);
        Assert.Equal(ObservationFlags.UnitMissing, o.Flags);
    }

    [Fact]
    public void Map_UnknownUnit_KeepsValueAndFlags()
    {
        var o = _mapper.Map(Some.Record("COD", 41m, "bananas"), Some.Time);
        Assert.Equal(41m, o.Value);
        Assert.Equal("bananas", o.Unit);
        Assert.True(o.Flags.HasFlag(ObservationFlags.UnitUnknown));
    }

    [Fact]
    public void Map_UnmappedName_KeepsRawNameAndFlags()
    {
        var o = _mapper.Map(Some.Record("Vinyl chloride", 0.2m, "ppb"), Some.Time);
        Assert.Equal("Vinyl chloride", o.ParameterCode);
        Assert.True(o.Flags.HasFlag(ObservationFlags.Unmapped));
    }

    [Fact]
    public void Map_CaseAndNormalisationDiffer_StillMatches()
    {
        var o = _mapper.Map(Some.Record("amoni", 1m, "mg/L"), Some.Time);
        Assert.Equal("NH4", o.ParameterCode);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void Map_ReceivedAfterLegalDelayPlusGrace_FlagsLate(int minutesLater, bool late)
    {
        var o = _mapper.Map(Some.Record(), Some.Time.AddMinutes(minutesLater));
        Assert.Equal(late, o.Flags.HasFlag(ObservationFlags.Late));
    }

    [Fact]
    public void Map_TimestampFarAheadOfReceipt_FlagsFutureTime()
    {
        var o = _mapper.Map(Some.Record(), Some.Time.AddMinutes(-11));
        Assert.True(o.Flags.HasFlag(ObservationFlags.FutureTime));
    }

    [Fact]
    public void Map_FactorOneWrittenWithDecimals_KeepsTheValueAsReceived()
    {
        var station = Some.WastewaterStation() with { Mappings = [new("COD", "COD", 1.000m)] };
        var o = new StationMapper(station, ParameterCatalogue.Default).Map(Some.Record("COD", 19.86m, "mg/L"), Some.Time);
        Assert.Equal("19.86", o.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
