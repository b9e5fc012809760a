using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Cli.Commands;

/// <summary>The JSON shapes of the <c>aqi</c> commands (one writer, so VN and US look the same).</summary>
static class AqiJson
{
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteIndex(string parameter, decimal value, decimal? subIndex) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("parameter", parameter);
        w.WriteNumber("value", value);
        Number(w, "subIndex", subIndex);
        Number(w, "rounded", AqiMath.RoundToInt(subIndex));
        w.WriteEndObject();
    });

    public static void WriteNowCast(decimal? nowCast) => Write(w =>
    {
        w.WriteStartObject();
        Number(w, "nowcast", nowCast);
        w.WriteEndObject();
    });

    /// <summary>One object per hour (<c>time</c>) or per day (<c>date</c>).</summary>
    public static void WriteResults(string key, IEnumerable<(string Label, AqiResult Result)> results) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var (label, r) in results)
        {
            w.WriteStartObject();
            w.WriteString(key, label);
            Number(w, "aqi", r.Aqi);
            if (r.MainPollutant is { } main) w.WriteString("mainPollutant", AirPollutants.Code(main)); else w.WriteNull("mainPollutant");
            w.WriteStartObject("subIndices");
            foreach (var p in AirPollutants.DisplayOrder)
                Number(w, AirPollutants.Code(p), r.RoundedSubIndex(p));
            w.WriteEndObject();
            if (r.Category is { } c)
            {
                w.WriteStartObject("category");
                w.WriteString("vi", c.NameVi);
                w.WriteString("en", c.NameEn);
                w.WriteString("rgb", c.Rgb);
                w.WriteEndObject();
            }
            else
                w.WriteNull("category");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    static void Number(Utf8JsonWriter w, string name, decimal? x)
    {
        if (x is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    static void Number(Utf8JsonWriter w, string name, int? x)
    {
        if (x is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    static void Write(Action<Utf8JsonWriter> body)
    {
        using (var stdout = Console.OpenStandardOutput())
        using (var w = new Utf8JsonWriter(stdout, Options))
            body(w);
        Console.Out.WriteLine();
    }
}
