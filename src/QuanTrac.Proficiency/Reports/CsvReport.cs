using System.Text;
using QuanTrac.Storage.Proficiency;
using static QuanTrac.Proficiency.Reports.ReportText;

namespace QuanTrac.Proficiency.Reports;

/// <summary>
/// CSV reports (UTF-8, full-precision numbers, one header row): a round's or a participant's results and scores, with
/// the measurand's x_pt, u(x_pt) and σ_pt on every row; and a laboratory's history.
/// </summary>
public static class CsvReport
{
    const string ScoreColumns = "D,DPercent,z,zPrime,zeta,En,class,classifiedOn,zetaClass,EnClass,DClass";

    /// <summary>
    /// <c>round,measurand,parameter,unit,participant,value,censored,u,U,k,method,assigned,uAssigned,sigmaPt,D,DPercent,z,zPrime,zeta,En,class,classifiedOn,zetaClass,EnClass,DClass</c>;
    /// censored results have an empty value and no scores.
    /// </summary>
    public static string Round(RoundReport report)
    {
        var s = new StringBuilder("round,measurand,parameter,unit,participant,value,censored,u,U,k,method,assigned,uAssigned,sigmaPt," + ScoreColumns + "\n");
        foreach (var m in report.Measurands)
            foreach (var r in report.Results.Where(r => r.Measurand == m.Code))
                Line(s, [report.Round.Code, m.Code, m.Parameter, m.Unit, r.Participant, Exact(r.Value), r.Censored, Exact(r.StandardUncertainty),
                    Exact(r.ExpandedUncertainty), Exact(r.CoverageFactor), r.AnalyticalMethod, Exact(m.Assignment?.Assigned),
                    Exact(m.Assignment?.UncertaintyAssigned), Exact(m.Assignment?.SigmaPt), .. ScoreFields(report.ScoreOf(m.Code, r.Participant))]);
        return s.ToString();
    }

    /// <summary><c>lab,scheme,round,publishedAt,participant,measurand,unit,value,censored,assigned,sigmaPt,D,DPercent,z,…</c> (publishedAt in Vietnam time, ISO 8601).</summary>
    public static string History(IReadOnlyList<LabHistoryRow> rows)
    {
        var s = new StringBuilder("lab,scheme,round,publishedAt,participant,measurand,unit,value,censored,assigned,sigmaPt," + ScoreColumns + "\n");
        foreach (var r in rows)
            Line(s, [r.Lab, r.Scheme, r.Round, Domain.Time.VietnamTime.FormatIso(r.PublishedAt), r.Participant, r.Measurand.Code, r.Measurand.Unit,
                Exact(r.Result.Value), r.Result.Censored, Exact(r.Measurand.Assignment?.Assigned), Exact(r.Measurand.Assignment?.SigmaPt), .. ScoreFields(r.Score)]);
        return s.ToString();
    }

    static string?[] ScoreFields(PtScore? x) =>
        [Exact(x?.D), Exact(x?.DPercent), Exact(x?.Z), Exact(x?.ZPrime), Exact(x?.Zeta), Exact(x?.En), x?.Class, x?.ClassifiedOn, x?.ZetaClass, x?.EnClass, x?.DClass];

    static void Line(StringBuilder s, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) s.Append(',');
            var f = fields[i] ?? "";
            s.Append(f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f);
        }
        s.Append('\n');
    }
}
