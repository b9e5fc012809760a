using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Cli.Commands;

/// <summary>Shared plumbing of the standards commands (<c>wqi</c>, <c>limits check</c>): JSON writer, input, errors.</summary>
static class StandardsJson
{
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
            Fail($"Không đọc được tệp '{path}': {e.Message} / The file '{path}' could not be read: {e.Message}");
            return null;
        }
    }

    /// <summary>Prints an error (Vietnamese / English) to standard error and gives the exit code for bad input, 2.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

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
}
