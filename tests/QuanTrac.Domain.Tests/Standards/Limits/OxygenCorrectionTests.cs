using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Domain.Tests.Standards.Limits;

public class OxygenCorrectionTests
{
    [Fact]
    public void ToReference_SpecFormula_UsesTwentyPointNine() =>
        Assert.Equal(100m * 5.9m / 10.9m, OxygenCorrection.ToReference(100, 10, 15));

    [Fact]
    public void ToReference_AirOxygen21_GivesTheOtherTextbookForm() =>
        Assert.Equal(75m, OxygenCorrection.ToReference(100, 13, 15, airOxygen: 21));

    [Fact]
    public void ToReference_MeasuredAtReference_IsUnchanged() => Assert.Equal(80m, OxygenCorrection.ToReference(80, 6, 6));

    [Theory]
    [InlineData(20.9)]
    [InlineData(21.5)]
    public void ToReference_MeasuredAtOrAboveAir_IsNull(double o2) => Assert.Null(OxygenCorrection.ToReference(100, (decimal)o2, 15));

    [Fact]
    public void ToReference_AboveConfiguredCeiling_IsNull() =>
        Assert.Null(OxygenCorrection.ToReference(100, 19, 15, maxMeasuredOxygen: 18));
}
