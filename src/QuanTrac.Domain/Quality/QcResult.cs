namespace QuanTrac.Domain.Quality;

/// <summary>
/// The flags of one QC run over one series, sorted by value index then rule. Flags are derived: they never touch
/// the values, and the same rules over the same values give the same flags.
/// </summary>
public sealed class QcResult
{
    readonly QcFlag[] _flags;

    internal QcResult(QcSeriesRules rules, int valueCount, QcFlag[] flags, DateTimeOffset evaluatedAt)
    {
        Rules = rules;
        ValueCount = valueCount;
        _flags = flags;
        EvaluatedAt = evaluatedAt;
    }

    /// <summary>The rules the run used.</summary>
    public QcSeriesRules Rules { get; }

    /// <summary>Number of values evaluated.</summary>
    public int ValueCount { get; }

    /// <summary>When the run happened (from the engine's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset EvaluatedAt { get; }

    /// <summary>The flags, by index then rule.</summary>
    public ReadOnlySpan<QcFlag> Flags => _flags;

    /// <summary>Number of distinct values with at least one flag of severity <paramref name="atLeast"/> or worse.</summary>
    public int FlaggedValues(QcSeverity atLeast = QcSeverity.Info)
    {
        var n = 0;
        var last = -1;
        foreach (var f in _flags)
            if (f.Severity >= atLeast && f.Index != last)
            {
                n++;
                last = f.Index;
            }
        return n;
    }

    /// <summary>Number of distinct values flagged by each rule, by rule id (rules that flagged nothing are left out).</summary>
    public IReadOnlyDictionary<string, int> CountByRule()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _flags.Length; i++)
        {
            var f = _flags[i];
            // A rule can raise two codes on one value (time: TS_MISMATCH and LATE); count the value once.
            if (i > 0 && _flags[i - 1].Index == f.Index && _flags[i - 1].Rule == f.Rule)
                continue;
            var id = QcRules.Id(f.Rule);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        return counts;
    }

    /// <summary>The worst severity of every value, or null where nothing was flagged.</summary>
    public QcSeverity?[] WorstSeverities()
    {
        var worst = new QcSeverity?[ValueCount];
        foreach (var f in _flags)
            if (worst[f.Index] is not { } s || f.Severity > s)
                worst[f.Index] = f.Severity;
        return worst;
    }

    /// <summary>What a flag records: rule id, rule version, rule-set version, parameters, reason in Vietnamese and English.</summary>
    public QcFlagExplanation Explain(QcFlag flag) => new(
        flag.Index,
        QcRules.Id(flag.Rule),
        Rules.Version(flag.Rule),
        Rules.RuleSetVersion,
        QcFlagCodes.Name(flag.Code),
        flag.Severity,
        Rules.Parameters(flag.Rule),
        QcReasons.For(flag, Rules),
        EvaluatedAt);
}
