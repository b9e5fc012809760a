using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Domain.Review;

/// <summary>
/// One value as a layer presents it, with its provenance: the observation version it comes from, the automatic
/// flags on that version, and the review state that decided it.
/// </summary>
/// <param name="Observation">The observation version in force (at the as-of instant).</param>
/// <param name="Value">The value in this layer: the reviewer's value when corrected, else the observed one.</param>
/// <param name="Usable">True when the value may enter aggregates and indices of this layer.</param>
/// <param name="Provisional">True when level 2 has not approved the value yet (published layer: label it so).</param>
/// <param name="RuleIds">Rule ids of the automatic flags on this version, ordinal order, no duplicates.</param>
/// <param name="Review">The review state.</param>
/// <param name="WorstFlag">Highest severity among the automatic flags, or null when there is none.</param>
public sealed record LayeredValue(Observation Observation, decimal? Value, bool Usable, bool Provisional,
    IReadOnlyList<string> RuleIds, ReviewState Review, QcSeverity? WorstFlag)
{
    /// <summary>
    /// The review column of exports: the state (<see cref="ReviewState.ToString"/>), prefixed with
    /// <c>provisional;</c> in the published layer when level 2 has not approved the value.
    /// </summary>
    public string ReviewText(DataLayer layer) =>
        layer == DataLayer.Published && Provisional ? "provisional;" + Review : Review.ToString();

    /// <summary>The value for the averaging engine (hour-ending instant, value, validity).</summary>
    public TimedValue ToTimedValue() => new(Observation.ObservedAt, Value, Usable);

    /// <summary>
    /// Places one observation version in a layer, or returns null when the layer leaves it out.
    /// </summary>
    /// <param name="layer">The layer.</param>
    /// <param name="observation">The observation version in force.</param>
    /// <param name="flags">Automatic flags on that version (rule id and severity).</param>
    /// <param name="review">Its review state.</param>
    public static LayeredValue? Place(DataLayer layer, Observation observation, IReadOnlyList<(string RuleId, QcSeverity Severity)> flags, ReviewState review)
    {
        // Most values carry no flag or one: no LINQ for them (exports place every value of a series).
        QcSeverity? worst = null;
        foreach (var f in flags)
            if (worst is null || f.Severity > worst)
                worst = f.Severity;
        string[] ruleIds = flags.Count switch
        {
            0 => [],
            1 => [flags[0].RuleId],
            _ => flags.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        };
        var automaticallyValid = TimedValue.IsValid(observation) && worst != QcSeverity.Invalid;
        var value = review.Content == ReviewContent.Corrected ? review.CorrectedValue : observation.Value;
        var provisional = !review.Locked;
        // A reviewer's decision overrides the automatic flags (that is what review is for); the device status does not,
        // unless the reviewer supplied the value.
        var reviewedUsable = review.Content switch
        {
            ReviewContent.Invalidated => false,
            ReviewContent.Corrected => value is not null,
            _ => TimedValue.IsValid(observation),
        };
        switch (layer)
        {
            case DataLayer.Raw:
                return new(observation, observation.Value, automaticallyValid, provisional, ruleIds, review, worst);
            case DataLayer.Validated:
                return review.Locked && reviewedUsable ? new(observation, value, true, false, ruleIds, review, worst) : null;
            default:
                if (review.Locked)
                    return reviewedUsable ? new(observation, value, true, false, ruleIds, review, worst) : null;
                var usable = review.Content switch
                {
                    ReviewContent.Invalidated => false,
                    ReviewContent.Corrected => value is not null,
                    _ => automaticallyValid,
                };
                return usable ? new(observation, value, true, true, ruleIds, review, worst) : null;
        }
    }
}
