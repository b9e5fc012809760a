using System.Text;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Domain.Parameters;

/// <summary>
/// The canonical parameters QuanTrac knows. Codes follow the Table 34 symbols of Circular 10/2021
/// (<c>Flow, Temp, Color, pH, TSS, COD, NH4, TP, TN, TOC, Cl, RH, P, NO, NO2, CO, SO2, O2, H2S, NH3, VHg, PM, O3,
/// PM10, PM2,5</c>), written with a decimal point (<c>PM2.5</c>), plus the parameters the Circular does not list
/// (<c>BOD5</c>, <c>DO</c>, <c>Coliform</c>, meteorology …).
/// </summary>
public sealed class ParameterCatalogue
{
    readonly List<ParameterDefinition> _definitions;

    /// <summary>Creates a catalogue from definitions; a code may appear once per station type.</summary>
    public ParameterCatalogue(IEnumerable<ParameterDefinition> definitions)
    {
        _definitions = [.. definitions];
        var seen = new HashSet<(string, StationType)>();
        foreach (var d in _definitions)
            foreach (var t in d.StationTypes)
                if (!seen.Add((d.Code, t)))
                    throw new ArgumentException($"Parameter {d.Code} is defined twice for {t}.", nameof(definitions));
    }

    /// <summary>All definitions.</summary>
    public IReadOnlyList<ParameterDefinition> Definitions => _definitions;

    /// <summary>The definition of <paramref name="code"/> for a kind of station, or null.</summary>
    public ParameterDefinition? Find(string code, StationType type) =>
        _definitions.Find(d => string.Equals(d.Code, code, StringComparison.Ordinal) && d.StationTypes.Contains(type));

    /// <summary>
    /// The parameter a raw name most likely means at a kind of station (by alias), or null. Used to suggest
    /// mappings when a station is registered; an administrator confirms them.
    /// </summary>
    public ParameterDefinition? Suggest(string rawName, StationType type)
    {
        var key = NormaliseName(rawName);
        return _definitions.Find(d => d.StationTypes.Contains(type)
            && (string.Equals(d.Code, key, StringComparison.OrdinalIgnoreCase)
                || d.Aliases.Any(a => string.Equals(NormaliseName(a), key, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Trims spaces and normalises to Unicode NFC, the form in which names are compared and stored.</summary>
    public static string NormaliseName(string name) => name.Trim(' ').Normalize(NormalizationForm.FormC);

    /// <summary>The built-in catalogue, covering the mandatory parameters of the four station types.</summary>
    public static ParameterCatalogue Default { get; } = new(DefaultParameters.All);
}
