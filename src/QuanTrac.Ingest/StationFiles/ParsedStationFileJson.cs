using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Time;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// The JSON output of <c>quantrac parse</c>: an array with one object per file
/// (<c>file, prefix, province, facility, station, timestamp, records, warnings, error, errorCode, errorVi</c>).
/// </summary>
public static class ParsedStationFileJson
{
    // Relaxed escaping keeps Vietnamese letters readable for operators; the output is never embedded in HTML.
    static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the parse results of <paramref name="files"/> to <paramref name="output"/> (UTF-8).</summary>
    public static void Write(Stream output, IEnumerable<ParsedStationFile> files)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartArray();
        foreach (var file in files)
            WriteFile(json, file);
        json.WriteEndArray();
        json.Flush();
    }

    static void WriteFile(Utf8JsonWriter json, ParsedStationFile file)
    {
        json.WriteStartObject();
        json.WriteString("file", file.FileName);
        var name = file.Name;
        json.WriteString("prefix", name?.Prefix);
        json.WriteString("province", name?.Province);
        json.WriteString("facility", name?.Facility);
        json.WriteString("station", name?.Station);
        json.WriteString("timestamp", name is null ? null : VietnamTime.FormatIso(name.Timestamp));

        json.WriteStartArray("records");
        foreach (var r in file.Records)
        {
            json.WriteStartObject();
            json.WriteNumber("line", r.Line);
            json.WriteString("parameter", r.Parameter);
            json.WritePropertyName("value");
            if (r.Value is { } value)
                // Invariant ToString keeps the scale as parsed ("-1.60" stays -1.60, not -1.6).
                json.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
            else
                json.WriteNullValue();
            json.WriteString("unit", r.Unit);
            json.WriteString("observedAt", VietnamTime.FormatIso(r.ObservedAt));
            json.WriteString("status", r.Status);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("warnings");
        foreach (var w in file.Warnings)
        {
            json.WriteStartObject();
            json.WriteNumber("line", w.Line);
            json.WriteString("code", w.Code);
            json.WriteString("message", w.English);
            json.WriteString("messageVi", w.Vietnamese);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteString("error", file.Error?.English);
        json.WriteString("errorCode", file.Error?.Code);
        json.WriteString("errorVi", file.Error?.Vietnamese);
        json.WriteEndObject();
    }
}
