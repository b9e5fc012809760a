using QuanTrac.Domain.Standards.Limits;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Tests.Standards.Limits;

public class LimitCheckTableTests
{
    static readonly DateOnly Date = new(2026, 3, 1);
    static ComplianceContext Air => new(RegulationCatalogue.Default.Find("QCVN05:2023", Date)!, null, LimitCoefficients.None);

    [Fact]
    public void Evaluate_Pm25In2026_UsesLimit45()
    {
        var r = Assert.Single(LimitCheckTable.Evaluate("parameter,value\nPM2.5,47\n", Air, AveragingPeriod.TwentyFourHours, Date));
        Assert.Equal(45m, r.Upper);
        Assert.True(r.Exceeded);
        Assert.Equal(1.0444m, r.Ratio);
    }

    [Fact]
    public void Evaluate_UnitColumnInMilligrams_IsConverted()
    {
        var r = Assert.Single(LimitCheckTable.Evaluate("parameter,value,unit\nCO,9,mg/m3\n", Air, AveragingPeriod.EightHours, Date));
        Assert.Equal(9000m, r.Value);
        Assert.False(r.Exceeded);
    }

    [Theory]
    [InlineData("parameter,value\nPM3,1\n", 2, "parameter", "UNKNOWN_PARAMETER")]
    [InlineData("parameter,value\nPM10,-1\n", 2, "value", "VALUE_NEGATIVE")]
    [InlineData("parameter,value\nPM10,NaN\n", 2, "value", "VALUE_NOT_A_NUMBER")]
    [InlineData("parameter,value\nPM10,\n", 2, "value", "VALUE_MISSING")]
    [InlineData("parameter,value,unit\nPM10,1,ppb\n", 2, "unit", "WRONG_UNIT")]
    [InlineData("parameter,value,unit\nPM10,1,furlongs\n", 2, "unit", "UNKNOWN_UNIT")]
    [InlineData("parameter\nPM10\n", 1, "value", "MISSING_COLUMN")]
    [InlineData("parameter,value,station\nPM10,1,x\n", 1, "station", "UNKNOWN_COLUMN")]
    public void Evaluate_BadInput_NamesRowAndColumn(string csv, int row, string column, string code)
    {
        var e = Assert.Throws<TableInputException>(() => LimitCheckTable.Evaluate(csv, Air, AveragingPeriod.TwentyFourHours, Date));
        Assert.Equal((row, column, code), (e.Row, e.Column, e.Problem.Code));
    }

    [Fact]
    public void Evaluate_Qcvn40WithoutCoefficients_NamesTheRow()
    {
        var context = new ComplianceContext(RegulationCatalogue.Default.Find("QCVN40:2011", Date)!, "B", LimitCoefficients.None);
        var e = Assert.Throws<TableInputException>(() => LimitCheckTable.Evaluate("parameter,value\nCOD,1\n", context, AveragingPeriod.None, Date));
        Assert.Equal(2, e.Row);
    }
}
