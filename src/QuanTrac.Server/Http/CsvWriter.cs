using System.Globalization;
using System.Text;

namespace QuanTrac.Server.Http;

/// <summary>
/// A small RFC 4180 CSV builder: fields with a comma, quote or line break are quoted; numbers are written
/// culture-invariant; lines end with CRLF; the text is UTF-8 with a BOM so spreadsheet programs read Vietnamese.
/// </summary>
public sealed class CsvWriter
{
    readonly StringBuilder text = new();
    bool lineStarted;

    /// <summary>Starts with a header row.</summary>
    public CsvWriter(params string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        foreach (var h in header)
            Field(h);
        EndRow();
    }

    /// <summary>Adds a field to the current row (null → empty).</summary>
    public CsvWriter Field(object? value)
    {
        if (lineStarted)
            text.Append(',');
        lineStarted = true;
        var s = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (s.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            text.Append('"').Append(s.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        else
            text.Append(s);
        return this;
    }

    /// <summary>Ends the current row.</summary>
    public CsvWriter EndRow()
    {
        text.Append("\r\n");
        lineStarted = false;
        return this;
    }

    /// <summary>The CSV as UTF-8 bytes with a byte-order mark.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    /// <summary>A <c>text/csv</c> body.</summary>
    public CachedBody ToBody() => new(ToBytes(), "text/csv; charset=utf-8");
}
