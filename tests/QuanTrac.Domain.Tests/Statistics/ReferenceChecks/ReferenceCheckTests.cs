using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ReferenceChecks;

namespace QuanTrac.Domain.Tests.Statistics.ReferenceChecks;

public class ReferenceCheckTests
{
    [Fact]
    public void Evaluate_PhWithinPointTwo_Passes()
    {
        var r = ReferenceCheck.Evaluate(ReferenceParameter.PH, 7.00, [7.10, 7.15, 7.05]);
        Assert.Equal(7.10, r.Mean, 12);
        Assert.Equal(0.10, r.Error, 12);
        Assert.Equal(0.2, r.Limit);
        Assert.True(r.Passed);
    }

    [Fact]
    public void Evaluate_PhExactlyPointTwoOffInDecimal_PassesThroughGuard()
    {
        // 7.2 − 7.0 = 0.20000000000000018 in double.
        Assert.True(ReferenceCheck.Evaluate(ReferenceParameter.PH, 7.0, [7.2]).Passed);
        Assert.False(ReferenceCheck.Evaluate(ReferenceParameter.PH, 7.0, [7.21]).Passed);
        Assert.False(ReferenceCheck.Evaluate(ReferenceParameter.PH, 4.0, [3.7, 3.8, 3.75]).Passed);
    }

    [Fact]
    public void Evaluate_Nh4_FivePercentOfCertified()
    {
        var r = ReferenceCheck.Evaluate(ReferenceParameter.NH4, 10.0, [10.4, 10.6, 10.5]);
        Assert.Equal(0.5, r.Limit, 12);
        Assert.True(r.Passed); // error 0.5 = limit
        Assert.False(ReferenceCheck.Evaluate(ReferenceParameter.NH4, 10.0, [10.6]).Passed);
    }

    [Fact]
    public void Evaluate_ConfiguredLimits_Used()
    {
        var surface = ReferenceCheck.Evaluate(ReferenceParameter.PH, 7.0, [7.15], ReferenceCheckSettings.SurfaceWater);
        Assert.False(surface.Passed);
        var fullScale = new ReferenceCheckSettings { NH4 = new(ReferenceLimitKind.PercentOfFullScale, 5, 200) };
        var r = ReferenceCheck.Evaluate(ReferenceParameter.NH4, 10.0, [19.0], fullScale);
        Assert.Equal(10, r.Limit, 12);
        Assert.True(r.Passed);
    }

    [Fact]
    public void Evaluate_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReferenceCheck.Evaluate(ReferenceParameter.PH, 7, [15]));
        Assert.Throws<ArgumentException>(() => ReferenceCheck.Evaluate(ReferenceParameter.NH4, 7, [-1]));
        Assert.Throws<ArgumentException>(() => ReferenceCheck.Evaluate(ReferenceParameter.NH4, 7, []));
    }

    [Fact]
    public void RefcheckTable_RowsInOrder_ReadingsSplitOnSemicolon()
    {
        var rows = RefcheckTable.Evaluate("station,parameter,certified,readings\nHN_NT01,pH,7.00,7.10;7.15;7.05\nHN_NT01,NH4+,10,10.6;10.7;10.8\n");
        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].Result.Passed);
        Assert.Equal(ReferenceParameter.NH4, rows[1].Result.Parameter);
        Assert.False(rows[1].Result.Passed);
    }

    [Theory]
    [InlineData("station,parameter,certified,readings\nS1,COD,7,7\n", "REFCHECK_UNKNOWN_PARAMETER", "parameter")]
    [InlineData("station,parameter,certified,readings\nS1,pH,7,7.1;x\n", "REFCHECK_NOT_A_NUMBER", "readings")]
    [InlineData("station,parameter,certified,readings\nS1,pH,,7.1\n", "REFCHECK_NOT_A_NUMBER", "certified")]
    [InlineData("station,parameter,certified,readings\nS1,pH,7,\n", "REFCHECK_NO_READINGS", "readings")]
    public void RefcheckTable_BadCell_NamesRowAndColumn(string csv, string code, string column)
    {
        var e = Assert.Throws<TableInputException>(() => RefcheckTable.Evaluate(csv));
        Assert.Equal((2, column, code), (e.Row, e.Column, e.Problem.Code));
    }
}
