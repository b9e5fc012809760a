using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class ReferenceCheckRuleTests
{
    [Fact]
    public void FailedPeriods_FailBetweenPasses_FromTheLastPassUntilTheNextPass()
    {
        var (a, b, c, d, e) = (Start, Start.AddHours(1), Start.AddHours(2), Start.AddHours(3), Start.AddHours(4));

        var periods = ReferenceCheckPeriods.FailedPeriods([(d, true), (a, true), (b, true), (c, false), (e, false)]);

        // c failed: suspect since the last pass b until the next pass d; e failed with no pass after it: open since d.
        Assert.Equal([new QcPeriod(b, d), new QcPeriod(d, null)], periods);
    }

    [Fact]
    public void FailedPeriods_FailWithoutEarlierPass_FromTheBeginning()
    {
        var (a, b, c) = (Start, Start.AddHours(1), Start.AddHours(2));

        var periods = ReferenceCheckPeriods.FailedPeriods([(c, true), (a, false), (b, false)]);

        Assert.Equal([new QcPeriod(DateTimeOffset.MinValue, c)], periods);
    }

    [Fact]
    public void Evaluate_ValuesInFailedPeriods_SuspectFromIncludedToExcluded()
    {
        var context = new QcSeriesContext
        {
            FailedReferenceChecks = [new(Start + (Step * 2), Start + (Step * 4)), new(Start + (Step * 3), Start + (Step * 5)), new(Start + (Step * 8), null)],
        };

        var r = Engine().Evaluate(Only(QcRule.ReferenceCheck), Of([.. Enumerable.Repeat(7.0, 10)]), context);

        Assert.Equal([2, 3, 4, 8, 9], Indices(r));
        Assert.All(r.Flags.ToArray(), f => Assert.Equal((QcFlagCode.ReferenceCheckFailed, QcSeverity.Suspect), (f.Code, f.Severity)));
    }
}
