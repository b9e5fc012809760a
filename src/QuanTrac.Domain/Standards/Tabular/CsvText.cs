using System.Globalization;
using System.Text;

namespace QuanTrac.Domain.Standards.Tabular;

/// <summary>
/// A small RFC 4180 reader for the comma-separated inputs of the standards commands: quoted fields with
/// doubled quotes, CRLF or LF line ends, a header row, blank lines skipped. The text is given whole, so the
/// domain stays free of I/O.
/// </summary>
public sealed class CsvText
{
    CsvText(IReadOnlyList<string> header, IReadOnlyList<(int Row, string[] Fields)> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>Column names of the header row, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows with their 1-based physical row number (header = 1); each has as many fields as the header.</summary>
    public IReadOnlyList<(int Row, string[] Fields)> Rows { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TableInputException"/> naming the row when it is malformed.</summary>
    public static CsvText Parse(string text)
    {
        var records = Split(text.StartsWith('\uFEFF') ? text[1..] : text);
        if (records.Count == 0)
            throw new TableInputException(0, null, new("CSV_EMPTY", "Tệp CSV trống, thiếu dòng tiêu đề.", "The CSV is empty; a header row is needed."));
        var (_, header) = records[0];
        var names = header.Select(h => h.Trim()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
                throw new TableInputException(1, null, new("CSV_EMPTY_COLUMN_NAME",
                    $"Cột thứ {i + 1} của dòng tiêu đề không có tên.", $"Header column {i + 1} has no name."));
            if (Array.IndexOf(names, names[i]) != i)
                throw new TableInputException(1, names[i], new("CSV_DUPLICATE_COLUMN", "Tên cột bị lặp.", "The column name appears twice."));
        }
        var rows = new List<(int, string[])>();
        foreach (var (row, fields) in records.Skip(1))
        {
            if (fields.Length == 1 && fields[0].Trim().Length == 0)
                continue; // blank line
            if (fields.Length != names.Length)
                throw new TableInputException(row, fields.Length < names.Length ? names[fields.Length] : null, new("CSV_FIELD_COUNT",
                    string.Create(CultureInfo.InvariantCulture, $"Có {fields.Length} trường, tiêu đề có {names.Length}."),
                    string.Create(CultureInfo.InvariantCulture, $"{fields.Length} fields where the header has {names.Length}.")));
            rows.Add((row, fields));
        }
        return new CsvText(names, rows);
    }

    // Splits into records; a quoted field may span lines, so the row number is that of the record's first line.
    // An error inside a data row names the header column of the field being read.
    static List<(int Row, string[] Fields)> Split(string text)
    {
        var records = new List<(int Row, string[] Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        var any = false;
        string? Column() => records.Count > 0 && fields.Count < records[0].Fields.Length ? records[0].Fields[fields.Count].Trim() : null;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && atFieldStart)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new TableInputException(recordLine, Column(), new("CSV_UNCLOSED_QUOTE",
                            "Dấu ngoặc kép không được đóng.", "A quoted field is not closed."));
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new TableInputException(recordLine, Column(), new("CSV_TEXT_AFTER_QUOTE",
                        "Có ký tự sau dấu ngoặc kép đóng.", "Characters follow a closing quote."));
                atFieldStart = false;
                any = true;
                continue;
            }
            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                any = true;
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    records.Add((recordLine, [.. fields]));
                }
                fields.Clear();
                field.Clear();
                atFieldStart = true;
                any = false;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"')
                throw new TableInputException(recordLine, Column(), new("CSV_STRAY_QUOTE",
                    "Dấu ngoặc kép nằm giữa trường chưa được đặt trong ngoặc.", "A quote inside an unquoted field."));
            field.Append(c);
            atFieldStart = false;
            any = true;
            i++;
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, [.. fields]));
        }
        return records;
    }

    /// <summary>
    /// Reads a measured value: invariant culture, decimal point, no thousands separators. Empty (after trimming)
    /// gives null. Throws for text that is not a finite number (<c>NaN</c>, <c>Infinity</c>, <c>1,5</c>) or is negative.
    /// </summary>
    public static decimal? ParseValue(string field, int row, string column)
    {
        var text = field.Trim();
        if (text.Length == 0)
            return null;
        if (!TryParseNumber(text, out var value))
            throw new TableInputException(row, column, new("VALUE_NOT_A_NUMBER",
                $"'{text}' không phải số hữu hạn (dùng dấu chấm thập phân).", $"'{text}' is not a finite number (use a decimal point)."));
        if (value < 0)
            throw new TableInputException(row, column, new("VALUE_NEGATIVE",
                $"Giá trị âm '{text}' không phải nồng độ hợp lệ.", $"The negative value '{text}' is not a valid concentration."));
        return value;
    }

    /// <summary>
    /// Reads a number the way every standards input does: invariant culture, decimal point, optional sign and
    /// exponent, no thousands separators. False for text that is not a finite number (<c>NaN</c>, <c>Infinity</c>, <c>1,5</c>).
    /// </summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
}
