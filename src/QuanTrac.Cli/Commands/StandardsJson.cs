using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// Shared plumbing of the standards commands (<c>aqi</c>, <c>wqi</c>, <c>limits check</c>): JSON writer, numbers,
/// categories, input file, errors (Vietnamese / English on standard error, exit code 2).
/// </summary>
static class StandardsJson
{
    /// <summary>The exit code for bad input.</summary>
    public const int BadInput = 2;

    // Relaxed escaping keeps Vietnamese letters readable; the output is never embedded in HTML.
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a JSON document to standard output, followed by a newline.</summary>
    public static void Write(Action<Utf8JsonWriter> body)
    {
        using (var stdout = Console.OpenStandardOutput())
        using (var json = new Utf8JsonWriter(stdout, Options))
        {
            body(json);
            json.Flush();
        }
        Console.Out.WriteLine();
    }

    /// <summary>Reads the input file as UTF-8 text; null (after printing the error) when it cannot be read.</summary>
    public static string? ReadInput(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail($"Không đọc được tệp '{path}': {e.Message}", $"The file '{path}' could not be read: {e.Message}");
            return null;
        }
    }

    /// <summary>Prints an error to standard error and gives the exit code for bad input, 2.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return BadInput;
    }

    /// <summary>Prints an error, Vietnamese first then English, and gives the exit code for bad input, 2.</summary>
    public static int Fail(string vietnamese, string english) => Fail($"Lỗi: {vietnamese} / Error: {english}");

    /// <summary>Prints a table input error naming its row and column.</summary>
    public static int Fail(TableInputException e) => Fail(e.Message);

    /// <summary>Writes a decimal as a JSON number, trailing zeros removed (0.0500 → 0.05).</summary>
    public static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v / 1.000000000000000000000000000000000m);
        else
            json.WriteNull(name);
    }

    /// <summary>Writes an integer, or null.</summary>
    public static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    /// <summary>Writes <c>"category":{"vi","en","rgb"}</c>, or <c>"category":null</c> when <paramref name="vi"/> is null.</summary>
    public static void Category(Utf8JsonWriter json, string? vi, string? en, string? rgb)
    {
        if (vi is null)
        {
            json.WriteNull("category");
            return;
        }
        json.WriteStartObject("category");
        json.WriteString("vi", vi);
        json.WriteString("en", en);
        json.WriteString("rgb", rgb);
        json.WriteEndObject();
    }
}
