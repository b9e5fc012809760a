using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Domain.Tests.Statistics.ProficiencyTesting;

public class PtTablesTests
{
    [Fact]
    public void ReadValues_BlankLinesAndCrLf_Skipped() =>
        Assert.Equal([1.5, -2, 3e1], PtTables.ReadValues("1.5\r\n\n-2\n3e1\n"));

    [Theory]
    [InlineData("1.2\nabc\n", 2, "not a finite number")]
    [InlineData("1.2\n1,5\n", 2, "not a finite number")]
    [InlineData("1.2\n<LOD\n3\n", 2, "below/above-limit")]
    [InlineData("1.2\n<0.05\n3\n", 2, "below/above-limit")]
    public void ReadValues_BadLine_NamesRow(string text, int row, string english)
    {
        var e = Assert.Throws<TableInputException>(() => PtTables.ReadValues(text));
        Assert.Equal(row, e.Row);
        Assert.Contains(english, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadValues_OneValue_TooFewForScale()
    {
        var e = Assert.Throws<TableInputException>(() => PtTables.ReadValues("4.0\n"));
        Assert.Equal("PT_TOO_FEW_RESULTS", e.Problem.Code);
        Assert.Contains("s*", e.Problem.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadParticipants_UOrExpandedWithK()
    {
        var r = PtTables.ReadParticipants("participant,value,u,U,k\nL01,10.5,0.2,,\nL02,9.8,,0.6,3\nL03,10.0,,,\n");
        Assert.Equal(0.2, r[0].StandardUncertainty);
        Assert.Null(r[0].ExpandedUncertainty);
        Assert.Equal(0.2, r[1].StandardUncertainty!.Value, 15);
        Assert.Equal(0.6, r[1].ExpandedUncertainty);
        Assert.Null(r[2].StandardUncertainty);
    }

    [Fact]
    public void ReadParticipants_DuplicateCode_NamesBothRows()
    {
        var e = Assert.Throws<TableInputException>(() => PtTables.ReadParticipants("participant,value\nL01,1\nL02,2\nl01,3\n"));
        Assert.Equal(4, e.Row);
        Assert.Contains("repeats row 2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("participant,value\nL01,<LOD\n", "PT_CENSORED_VALUE")]
    [InlineData("participant,value\nL01,n/a\n", "PT_VALUE_NOT_A_NUMBER")]
    [InlineData("participant,value,U\nL01,1,0.2\n", "PT_U_WITHOUT_K")]
    [InlineData("participant,value,u\nL01,1,-0.2\n", "PT_NEGATIVE_UNCERTAINTY")]
    [InlineData("lab,value\nL01,1\n", "PT_COLUMN_MISSING")]
    public void ReadParticipants_BadInput_Coded(string csv, string code) =>
        Assert.Equal(code, Assert.Throws<TableInputException>(() => PtTables.ReadParticipants(csv)).Problem.Code);

    [Fact]
    public void ReadHomogeneity_ReplicateColumnsInHeaderOrder()
    {
        var items = PtTables.ReadHomogeneity("item,r1,r2,r3\nA,2,4,6\nB,4,6,8\n");
        Assert.Equal([2.0, 4, 6], items[0]);
    }

    [Fact]
    public void ReadHomogeneity_MissingReplicate_NamesRowAndColumn()
    {
        var e = Assert.Throws<TableInputException>(() => PtTables.ReadHomogeneity("item,r1,r2\nA,1,2\nB,3,\n"));
        Assert.Equal((3, "r2"), (e.Row, e.Column));
    }
}
