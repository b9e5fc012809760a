using QuanTrac.Domain.Parameters;

namespace QuanTrac.Domain.Stations;

/// <summary>Builds a station entry from the files of an unknown prefix (the <c>--auto-register</c> path).</summary>
public static class StationRegistration
{
    /// <summary>
    /// Registers a prefix from the raw parameter names its file carries. The station type is the one whose
    /// catalogue recognises most names (codes such as <c>NUO</c>/<c>KHI</c> are never interpreted); every
    /// recognised name is mapped to its suggested parameter, the others keep their raw name.
    /// </summary>
    public static Station FromRawNames(string prefix, IEnumerable<string> rawNames, ParameterCatalogue catalogue)
    {
        var names = rawNames.Select(ParameterCatalogue.NormaliseName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var type = Enum.GetValues<StationType>()
            .OrderByDescending(t => names.Count(n => catalogue.Suggest(n, t) is not null))
            .ThenBy(t => t)
            .First();
        var mappings = new List<ParameterMapping>();
        foreach (var name in names)
        {
            var suggestion = catalogue.Suggest(name, type);
            if (suggestion is not null && !mappings.Exists(m => string.Equals(m.ParameterCode, suggestion.Code, StringComparison.Ordinal)))
                mappings.Add(new ParameterMapping(name, suggestion.Code));
        }
        var parts = prefix.Split('_');
        var province = parts.Length >= 3 ? parts[0] : string.Empty;
        var facility = parts.Length >= 3 ? parts[1] : string.Empty;
        return new Station(prefix, $"Trạm {prefix} (tự đăng ký)", $"Station {prefix} (auto-registered)", type,
            province, facility, null, Station.DefaultInterval, mappings);
    }
}
