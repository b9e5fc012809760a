using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Ingest.Quality;

/// <summary>What one QC run did: values evaluated, values with at least one suspect or invalid flag, and flagged values per rule id (info flags included).</summary>
/// <param name="Values">Current observations evaluated.</param>
/// <param name="Flagged">Values with at least one flag.</param>
/// <param name="ByRule">Values flagged by each rule, by rule id (rules that flagged nothing left out), ordinal order.</param>
public sealed record QcRunSummary(long Values, long Flagged, IReadOnlyDictionary<string, long> ByRule)
{
    /// <summary>Writes <c>{"values","flagged","byRule":{"rule-id":count}}</c>.</summary>
    public void WriteJson(Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("values", Values);
        w.WriteNumber("flagged", Flagged);
        w.WriteStartObject("byRule");
        foreach (var (rule, count) in ByRule)
            w.WriteNumber(rule, count);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

/// <summary>
/// Runs (or re-runs) the automatic QC over stored observations: for each station and each of its parameters, the
/// current versions in the range go through <see cref="QcEngine"/> with the rules resolved for the station type,
/// and the flags replace that range's flags of the same rule set (<see cref="IQcFlagStore.ReplaceFlagsAsync"/>).
/// The observations are only read. The same values and rules give the same flags, so a re-run changes nothing.
/// When the store records reference-material checks (<see cref="IReferenceCheckStore"/>), the station's checks of each
/// parameter give the <c>reference-check</c> rule its suspect windows (<see cref="ReferenceCheckPeriods"/>).
/// </summary>
public static class QcRun
{
    /// <summary>Runs QC over the stations whose prefix equals <paramref name="station"/> (null: all), observed in [from, to].</summary>
    public static async Task<QcRunSummary> RunAsync(IQuanTracStore store, IQcFlagStore flagStore, QcRuleSet ruleSet, TimeProvider time,
        string? station = null, DateTimeOffset? from = null, DateTimeOffset? to = null, ParameterCatalogue? catalogue = null,
        CancellationToken cancellationToken = default)
    {
        var engine = new QcEngine(time);
        long values = 0, flagged = 0;
        var byRule = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var stations = (await store.GetStationsAsync(cancellationToken))
            .Where(s => station is null || string.Equals(s.Prefix, station, StringComparison.Ordinal));
        foreach (var s in stations)
        {
            // All of the station's checks, whatever the range: a window may open long before the range starts.
            var checks = store is IReferenceCheckStore referenceChecks
                ? (await referenceChecks.GetChecksAsync(s.Prefix, cancellationToken: cancellationToken))
                    .GroupBy(c => c.Parameter, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => new QcSeriesContext { FailedReferenceChecks = ReferenceCheckPeriods.FailedPeriods(g.Select(c => (c.CheckedAt, c.Passed))) },
                        StringComparer.Ordinal)
                : [];
            // One query per station; rows come ordered by parameter then time, so each parameter's series is one run.
            await foreach (var series in SeriesRuns.ByParameterAsync(store.ReadSeriesAsync(new SeriesQuery(s.Prefix, null, from, to), cancellationToken),
                o => o.Observation, cancellationToken))
                await EvaluateAsync(series);

            async Task EvaluateAsync(List<StoredObservation> list)
            {
                var parameter = list[0].Observation.ParameterCode;
                var rules = ruleSet.Resolve(s.Prefix, s.Type, parameter, catalogue);
                var input = new QcValue[list.Count];
                for (var i = 0; i < input.Length; i++)
                    input[i] = QcValue.From(list[i].Observation, list[i].ReceivedAt);
                var result = engine.Evaluate(rules, input, checks.GetValueOrDefault(parameter));
                var stored = new StoredQcFlag[result.Flags.Length];
                for (var i = 0; i < stored.Length; i++)
                {
                    var f = result.Flags[i];
                    var e = result.Explain(f);
                    var o = list[f.Index];
                    stored[i] = new(o.Observation.ObservedAt, o.Version, e.RuleId, e.RuleVersion, e.Code, e.Severity,
                        e.Reason.ToString(), e.EvaluatedAt, e.RuleSetVersion);
                }
                // The flags replaced stop being in force when the new ones were evaluated (as-of reads see them until then).
                if (flagStore is IQcFlagHistory history)
                    await history.ReplaceFlagsAsync(s.Prefix, parameter, from, to, ruleSet.Version, stored, result.EvaluatedAt, cancellationToken);
                else
                    await flagStore.ReplaceFlagsAsync(s.Prefix, parameter, from, to, ruleSet.Version, stored, cancellationToken);
                values += result.ValueCount;
                // Info flags (LATE, TS_MISMATCH) do not call for attention: byRule counts them, flagged does not.
                flagged += result.FlaggedValues(QcSeverity.Suspect);
                foreach (var (rule, count) in result.CountByRule())
                    byRule[rule] = byRule.GetValueOrDefault(rule) + count;
            }
        }
        return new(values, flagged, byRule);
    }
}
