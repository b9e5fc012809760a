using System.Text.Json;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Ingest.Alerts;

/// <summary>
/// Reads per-station limit assignments from JSON:
/// <c>[{"station":"HN_NMA_NUO001","regulation":"QCVN40:2011","column":"A","kq":1.0,"kf":1.1}, …]</c> (also
/// <c>kp</c>, <c>kv</c>, <c>category</c>). Errors name the entry and field in Vietnamese and English.
/// </summary>
public static class StationLimitsFile
{
    /// <summary>The assignments by station prefix.</summary>
    /// <exception cref="FormatException">The text is not such a list.</exception>
    public static IReadOnlyDictionary<string, StationLimits> Parse(string json)
    {
        var result = new Dictionary<string, StationLimits>(StringComparer.Ordinal);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Tệp giới hạn không phải JSON hợp lệ: {e.Message} / The limits file is not valid JSON: {e.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                throw new FormatException("Tệp giới hạn phải là một danh sách JSON. / The limits file must be a JSON array.");
            var i = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                i++;
                var station = Text(e, "station", i) ?? throw Missing(i, "station");
                var regulation = Text(e, "regulation", i) ?? throw Missing(i, "regulation");
                if (RegulationCatalogue.Default.Regulations.All(r => RegulationCatalogue.Normalise(r.Id) != RegulationCatalogue.Normalise(regulation)
                        && RegulationCatalogue.Normalise(r.Family) != RegulationCatalogue.Normalise(regulation)))
                    throw new FormatException($"Mục {i}, trường regulation: không biết quy chuẩn '{regulation}'. / Entry {i}, field regulation: unknown regulation '{regulation}'.");
                result[station] = new StationLimits(station, regulation, Text(e, "column", i),
                    new LimitCoefficients(Number(e, "kq", i), Number(e, "kf", i), Number(e, "kp", i), Number(e, "kv", i)), Text(e, "category", i));
            }
        }
        return result;
    }

    static FormatException Missing(int i, string field) =>
        new($"Mục {i}: thiếu trường {field}. / Entry {i}: field {field} is missing.");

    static string? Text(JsonElement e, string name, int i) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : throw new FormatException($"Mục {i}, trường {name}: phải là chuỗi. / Entry {i}, field {name}: must be a string.");

    static decimal? Number(JsonElement e, string name, int i) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.Number && v.GetDecimal() > 0 ? v.GetDecimal()
        : throw new FormatException($"Mục {i}, trường {name}: phải là số dương. / Entry {i}, field {name}: must be a positive number.");
}
