using System.Text;
using QuanTrac.Domain.Time;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Writes station files byte-exactly in the national format (Circular 10/2021, Appendix 15): one line per
/// record, five TAB-separated fields, UTF-8 without BOM, every line terminated (CRLF by default).
/// </summary>
public static class StationFileWriter
{
    /// <summary>CRLF, the line ending most loggers write.</summary>
    public const string Crlf = "\r\n";

    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file name <c>&lt;prefix&gt;_&lt;yyyyMMddHHmmss&gt;.txt</c> for a prefix and a timestamp (Vietnam time).</summary>
    public static string FileName(string prefix, DateTimeOffset timestamp) =>
        $"{prefix}_{VietnamTime.FormatFileTimestamp(timestamp)}.txt";

    /// <summary>The bytes of a file holding <paramref name="lines"/>.</summary>
    /// <exception cref="ArgumentException">A field holds a TAB, CR or LF, which the format cannot carry.</exception>
    public static byte[] Write(IEnumerable<StationFileLine> lines, string newline = Crlf)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Field(text, line.Parameter.Normalize(NormalizationForm.FormC)).Append('\t');
            Field(text, line.Value).Append('\t');
            Field(text, line.Unit.Normalize(NormalizationForm.FormC)).Append('\t');
            text.Append(VietnamTime.FormatFileTimestamp(line.ObservedAt)).Append('\t');
            Field(text, line.Status).Append(newline);
        }
        return Utf8NoBom.GetBytes(text.ToString());
    }

    static StringBuilder Field(StringBuilder text, string value)
    {
        if (value.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0)
            throw new ArgumentException($"A field of a station file cannot hold a TAB or a line break: '{value}'.", nameof(value));
        return text.Append(value);
    }
}
