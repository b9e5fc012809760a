using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Domain.Tests.Standards.Limits;

public class ComplianceEvaluatorTests
{
    static readonly RegulationCatalogue Catalogue = RegulationCatalogue.Default;
    static readonly DateOnly Today = new(2025, 6, 1);

    static ComplianceResult One(string regulation, string? column, LimitCoefficients k, string parameter, AveragingPeriod period, decimal value, DateOnly? at = null)
    {
        var date = at ?? Today;
        var context = new ComplianceContext(Catalogue.Find(regulation, date)!, column, k);
        return Assert.Single(ComplianceEvaluator.Evaluate(context, date, [new AggregatedValue(parameter, period, value)]));
    }

    [Fact]
    public void Evaluate_Qcvn40Example1River_CmaxIs50()
    {
        var k = new LimitCoefficients(Kq: Coefficients.Lookup(Coefficients.KqRiver, 120), Kf: Coefficients.Lookup(Coefficients.Kf, 800));
        Assert.Equal(1.0m, k.Kq);
        Assert.Equal(1.0m, k.Kf);
        var r = One("QCVN40:2011", "B", k, "BOD5", AveragingPeriod.None, 50);
        Assert.Equal(50m, r.Upper);
        Assert.False(r.Exceeded);
    }

    [Fact]
    public void Evaluate_Qcvn40Example1Lake_CmaxIs36()
    {
        var k = new LimitCoefficients(Kq: Coefficients.Lookup(Coefficients.KqLake, 8_000_000), Kf: Coefficients.Lookup(Coefficients.Kf, 40));
        Assert.Equal(0.6m, k.Kq);
        Assert.Equal(1.2m, k.Kf);
        var r = One("QCVN40:2011", "B", k, "BOD5", AveragingPeriod.None, 40);
        Assert.Equal(36m, r.Upper);
        Assert.True(r.Exceeded);
        Assert.Equal(1.1111m, r.Ratio);
    }

    [Fact]
    public void Evaluate_Qcvn40PhExempt_RangeStays5Point5To9()
    {
        var r = One("QCVN40:2011", "B", new LimitCoefficients(Kq: 0.6m, Kf: 1.2m), "pH", AveragingPeriod.None, 9.2m);
        Assert.Equal(BoundKind.Range, r.Kind);
        Assert.Equal(5.5m, r.Lower);
        Assert.Equal(9m, r.Upper);
        Assert.True(r.Exceeded);
    }

    [Fact]
    public void Evaluate_Qcvn19Example2_CmaxIs450Then320()
    {
        var k1 = new LimitCoefficients(Kp: Coefficients.Lookup(Coefficients.Kp, 50_000), Kv: Coefficients.Kv(3));
        Assert.Equal(450m, One("QCVN19:2009", "B", k1, "SO2", AveragingPeriod.None, 400).Upper);
        var k2 = new LimitCoefficients(Kp: Coefficients.Lookup(Coefficients.Kp, 150_000), Kv: Coefficients.Kv(2));
        var r = One("QCVN19:2009", "B", k2, "SO2", AveragingPeriod.None, 400);
        Assert.Equal(320m, r.Upper);
        Assert.True(r.Exceeded);
        Assert.Equal(1.25m, r.Ratio);
    }

    [Theory]
    [InlineData("2025-12-31", 50)]
    [InlineData("2026-01-01", 45)]
    public void Evaluate_Pm25DailyLimit_SwitchesOn20260101(string date, int limit)
    {
        var r = One("QCVN05:2023", null, LimitCoefficients.None, "PM2.5", AveragingPeriod.TwentyFourHours, 47, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(limit, r.Upper);
        Assert.Equal(limit < 47, r.Exceeded);
    }

    [Fact]
    public void Find_FamilyAtDate_PicksVersionInForce()
    {
        Assert.Equal("QCVN05:2013", Catalogue.Find("QCVN05", new DateOnly(2023, 9, 11))!.Id);
        Assert.Equal("QCVN05:2023", Catalogue.Find("QCVN 05", new DateOnly(2023, 9, 12))!.Id);
        Assert.Equal("QCVN08-MT:2015", Catalogue.Find("QCVN 08:2015/BTNMT", Today)!.Id);
        Assert.Null(Catalogue.Find("QCVN99:2020", Today));
    }

    [Theory]
    [InlineData("4.9", true, "0.98")]
    [InlineData("5", false, "1")]
    public void Evaluate_DoMinimum_ExceededBelowLower(string value, bool exceeded, string ratio)
    {
        var r = One("QCVN08:2023", "B", LimitCoefficients.None, "DO", AveragingPeriod.None, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(BoundKind.Minimum, r.Kind);
        Assert.Equal(exceeded, r.Exceeded);
        Assert.Equal(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture), r.Ratio);
    }

    [Theory]
    [InlineData("6.4", true)]
    [InlineData("6.5", false)]
    [InlineData("8.5", false)]
    [InlineData("8.6", true)]
    public void Evaluate_PhRangeLevelA_ExceededOutsideInclusiveBounds(string value, bool exceeded)
    {
        var r = One("QCVN08:2023", "A", LimitCoefficients.None, "pH", AveragingPeriod.None, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(exceeded, r.Exceeded);
        Assert.Equal(exceeded, r.Ratio is not null);
    }

    [Fact]
    public void Evaluate_ColumnAOfQcvn19After2014_HasNoLimit()
    {
        var r = One("QCVN19:2009", "A", new LimitCoefficients(Kp: 1, Kv: 1), "SO2", AveragingPeriod.None, 900);
        Assert.Null(r.Exceeded);
        Assert.Null(r.Row);
    }

    [Fact]
    public void Evaluate_Qcvn40WithoutKq_Throws() =>
        Assert.Throws<ArgumentException>(() => One("QCVN40:2011", "B", LimitCoefficients.None, "COD", AveragingPeriod.None, 10));

    [Fact]
    public void Evaluate_ValueInMilligramPerCubicMetre_IsConvertedToLimitUnit()
    {
        var context = new ComplianceContext(Catalogue.Find("QCVN05:2023", Today)!, null, LimitCoefficients.None);
        var r = Assert.Single(ComplianceEvaluator.Evaluate(context, Today, [new AggregatedValue("CO", AveragingPeriod.OneHour, 31, "mg/m³")]));
        Assert.Equal(31000m, r.Value);
        Assert.True(r.Exceeded);
    }

    [Fact]
    public void Exceedances_MixedValues_KeepsOnlyExceeded()
    {
        var context = new ComplianceContext(Catalogue.Find("QCVN05:2023", Today)!, null, LimitCoefficients.None);
        var r = ComplianceEvaluator.Exceedances(context, Today,
            [new("SO2", AveragingPeriod.OneHour, 351), new("NO2", AveragingPeriod.OneHour, 200), new("PM10", AveragingPeriod.OneHour, 500)]);
        Assert.Equal("SO2", Assert.Single(r).Parameter);
    }
}
