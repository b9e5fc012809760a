using QuanTrac.Domain.Parameters;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// The effective rules of one station parameter: settings with the parameter-dependent defaults decided, bounds
/// taken from the catalogue where not overridden, and for every rule the parameters used (canonical text) and
/// its version. Resolve once per series (<see cref="QcRuleSet.Resolve"/>) and reuse it for every run.
/// </summary>
public sealed class QcSeriesRules
{
    // Parameters that are legitimately constant for hours: wind direction in calm, rain, radiation at night.
    static readonly HashSet<string> ConstantParameters = new(StringComparer.Ordinal) { "WindDir", "Rain", "Radiation" };

    readonly string[] _parameters = new string[QcRules.All.Count];
    readonly string[] _versions = new string[QcRules.All.Count];
    readonly bool[] _enabled = new bool[QcRules.All.Count];

    internal QcSeriesRules(QcRuleSet ruleSet, string stationPrefix, string parameterCode, QcParameterSettings settings, ParameterDefinition? definition)
    {
        RuleSetVersion = ruleSet.Version;
        StationPrefix = stationPrefix;
        ParameterCode = parameterCode;
        Settings = settings;

        var min = settings.Range.Min ?? definition?.PlausibleMin;
        var max = settings.Range.Max ?? definition?.PlausibleMax;
        RangeMin = min is { } lo ? (double)lo : double.NegativeInfinity;
        RangeMax = max is { } hi ? (double)hi : double.PositiveInfinity;
        var negative = settings.Negative.Enabled ?? (definition is not null && definition.PlausibleMin >= 0);
        var stuck = settings.Stuck.Enabled ?? !ConstantParameters.Contains(parameterCode);

        Set(QcRule.DeviceStatus, settings.DeviceStatus.Enabled, QcCanonical.DeviceStatus(settings.DeviceStatus));
        Set(QcRule.Range, settings.Range.Enabled && (min is not null || max is not null), QcCanonical.Range(settings.Range.Enabled,
            Text(min), Text(max), settings.Range.Severity));
        Set(QcRule.Negative, negative, QcCanonical.Negative(negative.ToString(), settings.Negative.Severity));
        Set(QcRule.Zero, settings.Zero.Enabled, QcCanonical.Zero(settings.Zero));
        Set(QcRule.Stuck, stuck && settings.Stuck.RunLength >= 2, QcCanonical.Stuck(stuck.ToString(), settings.Stuck));
        Set(QcRule.Spike, settings.Spike.Enabled && settings.Spike.Window >= 3, QcCanonical.Spike(settings.Spike,
            settings.Spike.Resolution is { } r ? Text(r) : "decimals"));
        Set(QcRule.Time, settings.Time.Enabled, QcCanonical.Time(settings.Time));
        Set(QcRule.CalibrationWindow, settings.CalibrationWindow.Enabled, QcCanonical.CalibrationWindow(settings.CalibrationWindow));
        Set(QcRule.ReferenceCheck, settings.ReferenceCheck.Enabled, QcCanonical.ReferenceCheck(settings.ReferenceCheck));
    }

    static string Text(decimal? d) => d?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    void Set(QcRule rule, bool enabled, string parameters)
    {
        _enabled[(int)rule] = enabled;
        _parameters[(int)rule] = parameters;
        _versions[(int)rule] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{QcRules.Revision(rule)}.{QcRuleSet.Hash(QcRules.Id(rule) + "|" + parameters)[..8]}");
    }

    /// <summary>Version of the rule set these rules come from.</summary>
    public string RuleSetVersion { get; }
    /// <summary>Station.</summary>
    public string StationPrefix { get; }
    /// <summary>Canonical parameter code.</summary>
    public string ParameterCode { get; }
    /// <summary>The settings as configured (parameter-dependent choices still null).</summary>
    public QcParameterSettings Settings { get; }

    /// <summary>Effective lower bound of <c>range</c> (−∞ when none).</summary>
    public double RangeMin { get; }
    /// <summary>Effective upper bound of <c>range</c> (+∞ when none).</summary>
    public double RangeMax { get; }

    /// <summary>True when the rule runs on this series.</summary>
    public bool IsEnabled(QcRule rule) => _enabled[(int)rule];

    /// <summary>The effective parameters of a rule, as canonical text (<c>enabled=True;min=0;max=14;severity=invalid</c>).</summary>
    public string Parameters(QcRule rule) => _parameters[(int)rule];

    /// <summary>
    /// The version of a rule on this series: <c>revision.hash</c>, the algorithm revision and 8 hex digits of a hash
    /// of the effective parameters. It changes when the code or any setting that applies here changes.
    /// </summary>
    public string Version(QcRule rule) => _versions[(int)rule];
}
