using System.Text.Json;
using QuanTrac.Domain.Standards.Limits;

namespace QuanTrac.Cli.Commands;

/// <summary>The JSON shape of <c>quantrac limits check</c>.</summary>
static class LimitsJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<ComplianceResult> results)
    {
        json.WriteStartArray();
        foreach (var r in results)
        {
            json.WriteStartObject();
            json.WriteString("parameter", r.Parameter);
            StandardsJson.Number(json, "value", r.Value);
            switch (r.Kind)
            {
                case BoundKind.Maximum: StandardsJson.Number(json, "limit", r.Upper); break;
                case BoundKind.Minimum:
                    json.WriteStartObject("limit");
                    StandardsJson.Number(json, "min", r.Lower);
                    json.WriteNull("max"); // a bare number would read as a maximum
                    json.WriteEndObject();
                    break;
                case BoundKind.Range:
                    json.WriteStartObject("limit");
                    StandardsJson.Number(json, "min", r.Lower);
                    StandardsJson.Number(json, "max", r.Upper);
                    json.WriteEndObject();
                    break;
                default: json.WriteNull("limit"); break;
            }
            json.WriteString("unit", r.Unit);
            if (r.Exceeded is { } e) json.WriteBoolean("exceeded", e); else json.WriteNull("exceeded");
            StandardsJson.Number(json, "ratio", r.Ratio);
            json.WriteString("averaging", AveragingPeriods.Format(r.Period));
            if (r.Row is { } row) json.WriteBoolean("verified", row.Verified); else json.WriteNull("verified");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
