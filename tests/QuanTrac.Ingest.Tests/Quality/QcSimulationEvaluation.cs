using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Ingest.Simulation;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.Quality;

/// <summary>
/// Runs the QC engine over simulated stations and scores every rule against the simulator's ground truth of
/// injected faults. Files go through the real reader and mapper; the value kept for an instant is the last one
/// delivered (as the store keeps the newest version), arriving when its file was delivered.
/// </summary>
static class QcSimulationEvaluation
{
    /// <summary>The score of one rule.</summary>
    /// <param name="Rule">Rule id (with a variant when the settings differ from the defaults).</param>
    /// <param name="Target">The injected faults the rule is meant to catch, or "—".</param>
    /// <param name="Positives">Values carrying such a fault.</param>
    /// <param name="Recall">Share of them the rule flagged; null when nothing is injected for this rule.</param>
    /// <param name="FalsePositiveRate">Share of the clean values (no injected fault) the rule flagged.</param>
    /// <param name="FlaggedShare">Share of all values the rule flagged.</param>
    public sealed record Score(string Rule, string Target, long Positives, double? Recall, double FalsePositiveRate, double FlaggedShare);

    public sealed record Report(long Values, long CleanValues, IReadOnlyList<Score> Scores)
    {
        public string ToMarkdown()
        {
            var b = new StringBuilder();
            b.AppendLine(CultureInfo.InvariantCulture, $"{Values:N0} values, {CleanValues:N0} without an injected fault.");
            b.AppendLine();
            b.AppendLine("| rule | injected fault it targets | faulty values | recall | false-positive rate | flagged (all values) |");
            b.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (var s in Scores)
                b.AppendLine(CultureInfo.InvariantCulture,
                    $"| {s.Rule} | {s.Target} | {s.Positives:N0} | {(s.Recall is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—")} | {s.FalsePositiveRate.ToString("P2", CultureInfo.InvariantCulture)} | {s.FlaggedShare.ToString("P2", CultureInfo.InvariantCulture)} |");
            return b.ToString();
        }
    }

    // Ground-truth classes beyond the simulator's value faults: arrival is known from the file.
    const int LateTruth = 100;

    /// <summary>A rule set variant to score, under a label.</summary>
    public sealed record Variant(string Label, QcRule Rule, QcRuleSet RuleSet);

    public static Report Run(SimulationOptions options, IReadOnlyList<Variant>? variants = null)
    {
        var faults = new Dictionary<(string, string, long), SimulatedFaultKind>();
        var files = StationSimulator.Generate(options, f => faults[(f.StationPrefix, f.ParameterCode, f.ObservedAt.UtcTicks)] = f.Kind).ToList();
        var stations = SimulatedStations.Build(options).ToDictionary(s => s.Prefix, StringComparer.Ordinal);
        var engine = new QcEngine(new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        List<Variant> all = [.. QcRules.All.Select(r => new Variant(QcRules.Id(r), r, QcRuleSet.Default)), .. variants ?? []];

        var flagged = new long[all.Count];
        var hits = new long[all.Count];
        var falsePositives = new long[all.Count];
        var positives = new long[all.Count];
        long values = 0, clean = 0;

        foreach (var group in files.GroupBy(f => f.StationPrefix, StringComparer.Ordinal))
        {
            var station = stations[group.Key];
            var mapper = new StationMapper(station, ParameterCatalogue.Default);
            // Last delivered version of every (parameter, instant); an identical resend keeps the first arrival.
            var latest = new Dictionary<(string Parameter, long Ticks), (Observation O, DateTimeOffset ReceivedAt, SimulatedFileKind Kind)>();
            foreach (var file in group)
            {
                var parsed = StationFileReader.Read(file.FileName, file.Bytes);
                foreach (var record in parsed.Records)
                {
                    var o = mapper.Map(record, file.DeliverAt);
                    var key = (o.ParameterCode, o.ObservedAt.UtcTicks);
                    if (latest.TryGetValue(key, out var old) && old.O.SameReading(o))
                        continue;
                    latest[key] = (o, file.DeliverAt, file.Kind);
                }
            }

            foreach (var series in latest.GroupBy(kv => kv.Key.Parameter, StringComparer.Ordinal))
            {
                var ordered = series.OrderBy(kv => kv.Key.Ticks).Select(kv => kv.Value).ToArray();
                var view = ordered.Select(x => QcValue.From(x.O, x.ReceivedAt)).ToArray();
                var truth = new int[view.Length];
                for (var i = 0; i < view.Length; i++)
                {
                    var o = ordered[i];
                    // A corrected resend replaced what the logger first wrote, so the injected fault is no longer there.
                    truth[i] = o.Kind == SimulatedFileKind.ChangedResend ? LateTruth
                        : faults.TryGetValue((group.Key, series.Key, o.O.ObservedAt.UtcTicks), out var kind) ? (int)kind
                        : o.Kind == SimulatedFileKind.Late ? LateTruth
                        : -1;
                }
                values += view.Length;
                clean += truth.Count(t => t == -1);

                for (var v = 0; v < all.Count; v++)
                {
                    var variant = all[v];
                    var rules = variant.RuleSet.Resolve(station.Prefix, station.Type, series.Key);
                    var result = engine.Evaluate(rules, view);
                    var byRule = new bool[view.Length];
                    foreach (var f in result.Flags)
                        if (f.Rule == variant.Rule)
                            byRule[f.Index] = true;
                    for (var i = 0; i < view.Length; i++)
                    {
                        var target = Targets(variant.Rule, truth[i]);
                        positives[v] += target ? 1 : 0;
                        if (!byRule[i])
                            continue;
                        flagged[v]++;
                        if (target)
                            hits[v]++;
                        else if (truth[i] == -1)
                            falsePositives[v]++;
                    }
                }
            }
        }

        var scores = all.Select((v, i) => new Score(v.Label, TargetName(v.Rule), positives[i],
            TargetName(v.Rule) == "—" ? null : positives[i] == 0 ? null : (double)hits[i] / positives[i],
            (double)falsePositives[i] / clean, (double)flagged[i] / values)).ToList();
        return new(values, clean, scores);
    }

    static bool Targets(QcRule rule, int truth) => rule switch
    {
        QcRule.DeviceStatus => truth is (int)SimulatedFaultKind.Calibration or (int)SimulatedFaultKind.DeviceError,
        QcRule.Stuck => truth == (int)SimulatedFaultKind.Stuck,
        QcRule.Spike => truth == (int)SimulatedFaultKind.Spike,
        QcRule.Time => truth == LateTruth,
        _ => false,
    };

    static string TargetName(QcRule rule) => rule switch
    {
        QcRule.DeviceStatus => "calibration (01), device error (02)",
        QcRule.Stuck => "stuck sensor (whole run)",
        QcRule.Spike => "spike (3–8 × true value)",
        QcRule.Time => "late or corrected delivery",
        _ => "—",
    };
}
