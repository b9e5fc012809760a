namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>The scores of one participant against a given assigned value (proficiency-testing.md §8).</summary>
/// <param name="Participant">The laboratory code.</param>
/// <param name="Z">z score (always computable with σ_pt &gt; 0).</param>
/// <param name="ZPrime">z′; null when u(x_pt) is not given.</param>
/// <param name="Zeta">ζ with u(x) = U/k; null when the participant or the assigned value has no uncertainty, or both are 0.</param>
/// <param name="En">E_n with U as reported and U(x_pt) = K·u(x_pt); null when the participant reported no U or both are 0.</param>
/// <param name="Class">Class of the score to report: z when u(x_pt) is negligible or not given, else z′.</param>
/// <param name="ClassifiedOn">Which score <see cref="Class"/> is based on (<see cref="ScoreKind.Z"/> or <see cref="ScoreKind.ZPrime"/>).</param>
public sealed record ParticipantScore(string Participant, double Z, double? ZPrime, double? Zeta, double? En, ScoreClass Class, ScoreKind ClassifiedOn);

/// <summary>Scores a participant result (from <see cref="PtTables.ReadParticipants"/>) against x_pt, σ_pt and u(x_pt).</summary>
public static class ParticipantScoring
{
    /// <summary>
    /// Computes z, z′, ζ and E_n. ζ uses standard uncertainties (the participant's u, or U/k with its own k);
    /// E_n uses the participant's U as reported and U(x_pt) = <paramref name="coverageAssigned"/>·u(x_pt).
    /// </summary>
    /// <param name="result">The participant's result.</param>
    /// <param name="assigned">x_pt.</param>
    /// <param name="sigmaPt">σ_pt &gt; 0.</param>
    /// <param name="uAssigned">Standard uncertainty u(x_pt) ≥ 0; null when unknown (z′, ζ and E_n are then null).</param>
    /// <param name="coverageAssigned">K for U(x_pt) = K·u(x_pt), default 2.</param>
    /// <param name="settings">Classification settings; null = defaults.</param>
    public static ParticipantScore Score(ParticipantResult result, double assigned, double sigmaPt, double? uAssigned,
        double coverageAssigned = 2, ScoreSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        settings ??= ScoreSettings.Default;
        var z = Scores.Z(result.Value, assigned, sigmaPt);
        double? zPrime = null, zeta = null, en = null;
        var classifiedOn = ScoreKind.Z;
        if (uAssigned is { } ua)
        {
            zPrime = Scores.ZPrime(result.Value, assigned, sigmaPt, ua);
            if (result.StandardUncertainty is { } u)
                zeta = NullIfNaN(Scores.Zeta(result.Value, assigned, u, ua));
            if (result.ExpandedUncertainty is { } expanded)
                en = NullIfNaN(Scores.En(result.Value, assigned, expanded, PtInput.Positive(coverageAssigned, nameof(coverageAssigned)) * ua));
            if (!Scores.IsAssignedUncertaintyNegligible(ua, sigmaPt, settings))
                classifiedOn = ScoreKind.ZPrime;
        }
        var score = classifiedOn == ScoreKind.Z ? z : zPrime!.Value;
        return new(result.Participant, z, zPrime, zeta, en, Scores.Classify(classifiedOn, score, settings)!.Value, classifiedOn);
    }

    static double? NullIfNaN(double v) => double.IsNaN(v) ? null : v;
}
