using QuanTrac.Domain.Statistics.ProficiencyTesting;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Rounds;

/// <summary>
/// The computation of a round, without I/O: for each measurand, Algorithm A over the numeric results, the assigned
/// value and σ_pt from the measurand's set-up (proficiency-testing.md §6–7), and the scores of every numeric result
/// (§8: outliers are scored too; censored "&lt;" results are kept but not scored).
/// </summary>
public static class RoundComputation
{
    /// <summary>Computes every measurand; throws <see cref="PtSetupException"/> when one cannot be scored (too few results, σ_pt ≤ 0).</summary>
    /// <param name="scheme">Gives the minimum number of results for a consensus.</param>
    /// <param name="measurands">The round's measurands.</param>
    /// <param name="results">All results of the round.</param>
    /// <param name="settings">Classification settings; null = the project defaults.</param>
    public static (IReadOnlyDictionary<string, PtAssignment> Assignments, IReadOnlyList<PtScore> Scores) Compute(
        PtScheme scheme, IReadOnlyList<PtMeasurand> measurands, IReadOnlyList<PtResult> results, ScoreSettings? settings = null)
    {
        settings ??= ScoreSettings.Default;
        var assignments = new Dictionary<string, PtAssignment>(StringComparer.Ordinal);
        var scores = new List<PtScore>();
        foreach (var m in measurands)
        {
            var numeric = results.Where(r => r.Measurand == m.Code && r.Value is not null).OrderBy(r => r.Participant, StringComparer.Ordinal).ToList();
            var a = Assign(scheme, m, numeric.Select(r => r.Value!.Value).ToList(), settings);
            assignments[m.Code] = a;
            foreach (var r in numeric)
                scores.Add(Score(m, a, r, settings));
        }
        return (assignments, scores);
    }

    static PtAssignment Assign(PtScheme scheme, PtMeasurand m, IReadOnlyList<double> values, ScoreSettings settings)
    {
        var p = values.Count;
        RobustEstimate? robust = p >= 2 ? AlgorithmA.Estimate(values) : null;
        var needsConsensus = m.Method.Assigned == PtAssignedMethod.Consensus || m.Method.Sigma == PtSigmaMethod.Robust;
        var minimum = Math.Max(2, scheme.MinParticipantsForConsensus);
        if (needsConsensus && p < minimum)
            throw TooFew(m.Code, p, minimum);

        double assigned, u;
        if (m.Method.Assigned == PtAssignedMethod.Consensus)
        {
            assigned = robust!.Location;
            u = AlgorithmA.ConsensusUncertainty(robust.Scale, p);
        }
        else
        {
            assigned = m.Method.ReferenceValue!.Value;
            u = m.Method.ReferenceUncertainty!.Value;
        }

        var sigma = m.Method.Sigma switch
        {
            PtSigmaMethod.Fixed => m.Method.SigmaValue!.Value,
            PtSigmaMethod.Percent => SigmaPt.FromFraction(assigned, m.Method.SigmaValue!.Value / 100),
            PtSigmaMethod.Horwitz => Horwitz(m, assigned),
            _ => robust!.Scale,
        };
        if (!(sigma > 0) || !double.IsFinite(sigma))
            throw new PtSetupException(new("PT_SIGMA_NOT_POSITIVE",
                $"σ_pt của chỉ tiêu '{m.Code}' bằng {sigma.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}; cần một giá trị dương.",
                $"σ_pt of the measurand '{m.Code}' is {sigma.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}; a positive value is needed."));
        return new(assigned, u, sigma, p, robust?.Location, robust?.Scale, Scores.IsAssignedUncertaintyNegligible(u, sigma, settings));
    }

    static double Horwitz(PtMeasurand m, double assigned)
    {
        var perUnit = m.Method.MassFractionPerUnit!.Value;
        var c = Math.Abs(assigned) * perUnit;
        if (c > 1)
            throw new PtSetupException(new("PT_HORWITZ_RANGE", $"Giá trị ấn định của '{m.Code}' vượt quá phần khối lượng 1.",
                $"The assigned value of '{m.Code}' exceeds a mass fraction of 1."));
        return SigmaPt.HorwitzThompson(c) / perUnit;
    }

    static PtScore Score(PtMeasurand m, PtAssignment a, PtResult r, ScoreSettings settings)
    {
        var s = ParticipantScoring.Score(new ParticipantResult(r.Row, r.Participant, r.Value!.Value, r.StandardUncertainty, r.ExpandedUncertainty, r.CoverageFactor),
            a.Assigned, a.SigmaPt, a.UncertaintyAssigned, settings: settings);
        var d = Scores.D(r.Value.Value, a.Assigned);
        var dPercent = Scores.DPercent(r.Value.Value, a.Assigned);
        return new(r.Round, m.Code, r.Participant, d, double.IsNaN(dPercent) ? null : dPercent, s.Z, s.ZPrime!.Value, s.Zeta, s.En,
            PtClass.Name(s.Class), s.ClassifiedOn == ScoreKind.Z ? "z" : "z'",
            s.Zeta is { } zeta ? PtClass.Name(Scores.Classify(ScoreKind.Zeta, zeta, settings)) : null,
            s.En is { } en ? PtClass.Name(Scores.Classify(ScoreKind.En, en, settings)) : null,
            m.Method.AllowedDeviation is { } delta ? PtClass.Name(Scores.ClassifyDifference(d, delta, settings)) : null);
    }

    /// <summary>The error for fewer numeric results than a consensus needs.</summary>
    public static PtSetupException TooFew(string measurand, int p, int minimum) => new(new("PT_TOO_FEW_RESULTS",
        FormattableString.Invariant($"Chỉ tiêu '{measurand}' chỉ có {p} kết quả số; cần ít nhất {minimum} để tính giá trị đồng thuận và s* (thuật toán A)."),
        FormattableString.Invariant($"The measurand '{measurand}' has only {p} numeric result(s); at least {minimum} are needed for the consensus value and s* (Algorithm A).")));
}
