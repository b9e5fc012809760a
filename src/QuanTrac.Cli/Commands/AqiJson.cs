using System.Text.Json;
using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Cli.Commands;

/// <summary>The JSON shapes of the <c>aqi</c> commands (one writer, so VN and US look the same).</summary>
static class AqiJson
{
    public static void WriteIndex(string parameter, decimal value, decimal? subIndex) => StandardsJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("parameter", parameter);
        StandardsJson.Number(w, "value", value);
        StandardsJson.Number(w, "subIndex", subIndex);
        StandardsJson.Number(w, "rounded", AqiMath.RoundToInt(subIndex));
        w.WriteEndObject();
    });

    public static void WriteNowCast(decimal? nowCast) => StandardsJson.Write(w =>
    {
        w.WriteStartObject();
        StandardsJson.Number(w, "nowcast", nowCast);
        w.WriteEndObject();
    });

    /// <summary>One object per hour (<c>time</c>) or per day (<c>date</c>).</summary>
    public static void WriteResults(string key, IEnumerable<(string Label, AqiResult Result)> results) => StandardsJson.Write(w =>
    {
        w.WriteStartArray();
        foreach (var (label, r) in results)
        {
            w.WriteStartObject();
            w.WriteString(key, label);
            StandardsJson.Number(w, "aqi", r.Aqi);
            if (r.MainPollutant is { } main) w.WriteString("mainPollutant", AirPollutants.Code(main)); else w.WriteNull("mainPollutant");
            w.WriteStartObject("subIndices");
            foreach (var p in AirPollutants.DisplayOrder)
                StandardsJson.Number(w, AirPollutants.Code(p), r.RoundedSubIndex(p));
            w.WriteEndObject();
            StandardsJson.Category(w, r.Category?.NameVi, r.Category?.NameEn, r.Category?.Rgb);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary><c>[{"time","parameter","mean","count","expected","valid"}]</c>: mean null when coverage is too low.</summary>
    public static void WriteRolling(IEnumerable<(string Time, string Parameter, QuanTrac.Domain.Standards.Averaging.Aggregate Mean)> rows) => StandardsJson.Write(w =>
    {
        w.WriteStartArray();
        foreach (var (time, parameter, a) in rows)
        {
            w.WriteStartObject();
            w.WriteString("time", time);
            w.WriteString("parameter", parameter);
            StandardsJson.Number(w, "mean", a.Mean);
            w.WriteNumber("count", a.Count);
            w.WriteNumber("expected", a.ExpectedCount);
            w.WriteBoolean("valid", a.Valid);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });
}
