using System.Security.Cryptography;
using System.Text;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// The QC configuration of a monitoring centre, as a value: defaults plus overrides per station and parameter.
/// Its <see cref="Version"/> is a content hash, so changing any setting makes a new version and the same
/// settings always have the same one; flags record the version of each rule they came from.
/// </summary>
public sealed class QcRuleSet
{
    /// <summary>The spec defaults and no overrides.</summary>
    public static readonly QcRuleSet Default = new(QcParameterSettings.Default, []);

    readonly Lazy<string> _version;

    /// <summary>Creates a rule set.</summary>
    /// <param name="defaults">Settings of every station parameter without an override.</param>
    /// <param name="overrides">Overrides; the most specific match wins, and among equally specific ones the last.</param>
    public QcRuleSet(QcParameterSettings defaults, IEnumerable<QcOverride> overrides)
    {
        Defaults = defaults;
        Overrides = [.. overrides];
        _version = new(() => Hash(Canonical()));
    }

    /// <summary>Settings of every station parameter without an override.</summary>
    public QcParameterSettings Defaults { get; }

    /// <summary>Overrides per station and parameter.</summary>
    public IReadOnlyList<QcOverride> Overrides { get; }

    /// <summary>Content hash of every setting (16 hex digits of SHA-256 over the canonical text).</summary>
    public string Version => _version.Value;

    /// <summary>A new rule set with one more override (this one is unchanged).</summary>
    public QcRuleSet With(QcOverride @override) => new(Defaults, [.. Overrides, @override]);

    /// <summary>The settings that apply to one station parameter, before parameter-dependent defaults are resolved.</summary>
    public QcParameterSettings SettingsFor(string stationPrefix, string parameterCode)
    {
        QcParameterSettings? both = null, parameter = null, station = null, all = null;
        foreach (var o in Overrides)
        {
            if ((o.StationPrefix is not null && !string.Equals(o.StationPrefix, stationPrefix, StringComparison.Ordinal))
                || (o.ParameterCode is not null && !string.Equals(o.ParameterCode, parameterCode, StringComparison.Ordinal)))
                continue;
            switch (o.StationPrefix is null, o.ParameterCode is null)
            {
                case (false, false): both = o.Settings; break;
                case (true, false): parameter = o.Settings; break;
                case (false, true): station = o.Settings; break;
                default: all = o.Settings; break;
            }
        }
        return both ?? parameter ?? station ?? all ?? Defaults;
    }

    /// <summary>The effective rules of one series, ready for <see cref="QcEngine"/>.</summary>
    /// <param name="stationPrefix">Station.</param>
    /// <param name="stationType">Its type (chooses the catalogue definition, so the plausible range).</param>
    /// <param name="parameterCode">Canonical parameter code.</param>
    /// <param name="catalogue">Catalogue of plausible ranges; default <see cref="ParameterCatalogue.Default"/>.</param>
    public QcSeriesRules Resolve(string stationPrefix, StationType stationType, string parameterCode, ParameterCatalogue? catalogue = null) =>
        new(this, stationPrefix, parameterCode, SettingsFor(stationPrefix, parameterCode),
            (catalogue ?? ParameterCatalogue.Default).Find(parameterCode, stationType));

    string Canonical()
    {
        var b = new StringBuilder();
        b.Append("defaults{").Append(QcCanonical.Describe(Defaults)).Append('}');
        foreach (var o in Overrides)
            b.Append("|override[").Append(o.StationPrefix ?? "*").Append(',').Append(o.ParameterCode ?? "*").Append("]{")
                .Append(QcCanonical.Describe(o.Settings)).Append('}');
        return b.ToString();
    }

    internal static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
