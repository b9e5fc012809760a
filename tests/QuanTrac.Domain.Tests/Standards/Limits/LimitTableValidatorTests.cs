using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Limits;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Tests.Standards.Limits;

public class LimitTableValidatorTests
{
    static readonly DateOnly Start = new(2020, 1, 1);

    static LimitRow Max(string p, decimal v, DateOnly from, DateOnly? to, string column = "") =>
        new(p, column, AveragingPeriod.TwentyFourHours, BoundKind.Maximum, null, v, Units.MicrogramPerCubicMetre, from, to, Confidence.High, true, "");

    static Regulation Reg(params LimitRow[] rows) => new("TEST:2020", "TEST", "Test", "none", Start, StationType.AmbientAir,
        Multipliers.None, ["A"], rows, true, "", "");

    static IEnumerable<string> Codes(Regulation r) => LimitTableValidator.Validate(r, ParameterCatalogue.Default).Select(p => p.Code);

    [Fact]
    public void Validate_DefaultCatalogue_HasNoProblems() =>
        Assert.All(RegulationCatalogue.Default.Regulations, r => Assert.Empty(LimitTableValidator.Validate(r, ParameterCatalogue.Default)));

    [Fact]
    public void Validate_ContiguousVersions_IsSound() =>
        Assert.Empty(Codes(Reg(Max("PM10", 150, Start, new(2023, 1, 1)), Max("PM10", 100, new(2023, 1, 1), null))));

    [Fact]
    public void Validate_OverlappingVersions_ReportsOverlap() =>
        Assert.Contains("OVERLAP", Codes(Reg(Max("PM10", 150, Start, new(2023, 6, 1)), Max("PM10", 100, new(2023, 1, 1), null))));

    [Fact]
    public void Validate_OpenEndedVersionFollowedByAnother_ReportsOverlap() =>
        Assert.Contains("OVERLAP", Codes(Reg(Max("PM10", 150, Start, null), Max("PM10", 100, new(2023, 1, 1), null))));

    [Fact]
    public void Validate_GapBetweenVersions_ReportsGap() =>
        Assert.Contains("GAP", Codes(Reg(Max("PM10", 150, Start, new(2022, 12, 31)), Max("PM10", 100, new(2023, 1, 1), null))));

    [Fact]
    public void Validate_UnknownParameterUnitColumn_AreReported()
    {
        var bad = Max("Unobtainium", 1, Start, null, "Z") with { Unit = "furlongs" };
        Assert.Equal(["UNKNOWN_PARAMETER", "UNKNOWN_UNIT", "UNKNOWN_COLUMN"], Codes(Reg(bad)));
    }

    [Fact]
    public void Validate_RangeWithLowerAboveUpper_ReportsBadBounds()
    {
        var row = new LimitRow("pH", "", AveragingPeriod.None, BoundKind.Range, 9, 6, "", Start, null, Confidence.High, true, "");
        Assert.Contains("BAD_BOUNDS", Codes(Reg(row) with { StationType = StationType.SurfaceWater }));
    }

    [Fact]
    public void Validate_RowBeforeInForceOrEmptyPeriod_AreReported()
    {
        Assert.Contains("BEFORE_IN_FORCE", Codes(Reg(Max("PM10", 1, new(2019, 1, 1), null))));
        Assert.Contains("EMPTY_PERIOD", Codes(Reg(Max("PM10", 1, new(2021, 1, 1), new(2021, 1, 1)))));
    }

    [Fact]
    public void Validate_RowsForAllColumnsAndOneColumn_ReportsClash() =>
        Assert.Contains("COLUMN_CLASH", Codes(Reg(Max("PM10", 1, Start, null), Max("PM10", 2, Start, null, "A"))));

    [Fact]
    public void Constructor_BadTable_ThrowsListingProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new RegulationCatalogue(
            [Reg(Max("PM10", 150, Start, new(2022, 1, 1)), Max("PM10", 100, new(2023, 1, 1), null))], ParameterCatalogue.Default));
        Assert.Contains("gap", e.Message, StringComparison.Ordinal);
    }
}
