using QuanTrac.Domain.Quality;
using static QuanTrac.Domain.Tests.Quality.QcSeries;

namespace QuanTrac.Domain.Tests.Quality;

public class ReferenceCheckRuleTests
{
    [Fact]
    public void FailedPeriods_FailThenPass_PeriodUntilThePass()
    {
        var (a, b, c, d) = (Start, Start.AddHours(1), Start.AddHours(2), Start.AddHours(3));

        var periods = ReferenceCheckPeriods.FailedPeriods([(c, true), (a, false), (b, false), (d, false)]);

        Assert.Equal([new QcPeriod(a, c), new QcPeriod(d, null)], periods);
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
