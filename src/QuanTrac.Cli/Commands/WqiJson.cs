using System.Text.Json;
using QuanTrac.Domain.Standards.VnWqi;

namespace QuanTrac.Cli.Commands;

/// <summary>The JSON shape of <c>quantrac wqi</c>; group values rounded to 3 decimals, as the spec quotes them.</summary>
static class WqiJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<WqiTableRow> rows)
    {
        json.WriteStartArray();
        foreach (var row in rows)
        {
            var r = row.Result;
            json.WriteStartObject();
            StandardsJson.Number(json, "wqi", r.Wqi);
            json.WriteStartObject("groups");
            Group(json, "I", r.Groups.I);
            Group(json, "II", r.Groups.II);
            Group(json, "III", r.Groups.III);
            Group(json, "IV", r.Groups.IV);
            Group(json, "V", r.Groups.V);
            json.WriteEndObject();
            StandardsJson.Category(json, r.Category?.Vi, r.Category?.En, r.Category?.Rgb);
            json.WriteStartArray("warnings");
            foreach (var w in r.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("code", w.Code);
                json.WriteString("vi", w.Vi);
                json.WriteString("en", w.En);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            foreach (var (name, value) in row.Identifiers)
                json.WriteString(name, value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void Group(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, Math.Round(v, 3, MidpointRounding.AwayFromZero));
        else
            json.WriteNull(name);
    }
}
