using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Proficiency.Import;

/// <summary>
/// A table read from CSV or from the first worksheet of an XLSX workbook: header row, then data rows with their row
/// number as the person sees it (CSV line, worksheet row). Cells are text; XLSX numbers are written back exactly
/// (round-trip format), so CSV and XLSX inputs go through the same checks.
/// </summary>
public sealed class Sheet
{
    Sheet(IReadOnlyList<string> header, IReadOnlyList<(int Row, string[] Fields)> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>Column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows (blank rows skipped), each with as many fields as the header.</summary>
    public IReadOnlyList<(int Row, string[] Fields)> Rows { get; }

    /// <summary>Index of a column (exact, case-sensitive: <c>u</c> and <c>U</c> differ), or −1.</summary>
    public int Column(string name) => Header.ToList().IndexOf(name);

    /// <summary>Reads a file's bytes: XLSX when the name ends in <c>.xlsx</c> or the bytes are a ZIP package, else UTF-8 CSV.</summary>
    public static Sheet Read(string fileName, byte[] bytes)
    {
        var isZip = bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (isZip || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return ReadXlsx(bytes);
        var csv = CsvText.Parse(new UTF8Encoding(false).GetString(bytes));
        return new(csv.Header, csv.Rows);
    }

    static Sheet ReadXlsx(byte[] bytes)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new TableInputException(0, null, new("XLSX_UNREADABLE",
                $"Không đọc được tệp Excel (.xlsx): {e.Message}", $"The Excel (.xlsx) file cannot be read: {e.Message}"));
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault()
                ?? throw new TableInputException(0, null, new("XLSX_NO_SHEET", "Tệp Excel không có trang tính nào.", "The workbook has no worksheet."));
            var headerRow = sheet.FirstRowUsed()
                ?? throw new TableInputException(0, null, new("CSV_EMPTY", "Trang tính trống, thiếu dòng tiêu đề.", "The worksheet is empty; a header row is needed."));
            var lastColumn = headerRow.LastCellUsed().Address.ColumnNumber;
            var header = Enumerable.Range(1, lastColumn).Select(c => Text(headerRow.Cell(c)).Trim()).ToArray();
            for (var i = 0; i < header.Length; i++)
            {
                if (header[i].Length == 0)
                    throw new TableInputException(headerRow.RowNumber(), null, new("CSV_EMPTY_COLUMN_NAME",
                        $"Cột thứ {i + 1} của dòng tiêu đề không có tên.", $"Header column {i + 1} has no name."));
                if (Array.IndexOf(header, header[i]) != i)
                    throw new TableInputException(headerRow.RowNumber(), header[i], new("CSV_DUPLICATE_COLUMN", "Tên cột bị lặp.", "The column name appears twice."));
            }
            var rows = new List<(int, string[])>();
            var last = sheet.LastRowUsed().RowNumber();
            for (var r = headerRow.RowNumber() + 1; r <= last; r++)
            {
                var row = sheet.Row(r);
                var fields = Enumerable.Range(1, lastColumn).Select(c => Text(row.Cell(c))).ToArray();
                if (fields.All(f => f.Trim().Length == 0))
                    continue;
                var beyond = row.LastCellUsed()?.Address.ColumnNumber ?? 0;
                if (beyond > lastColumn)
                    throw new TableInputException(r, null, new("CSV_FIELD_COUNT",
                        FormattableString.Invariant($"Có ô ở cột {beyond}, ngoài {lastColumn} cột của tiêu đề."),
                        FormattableString.Invariant($"A cell in column {beyond}, beyond the header's {lastColumn} columns.")));
                rows.Add((r, fields));
            }
            return new(header, rows);
        }
    }

    // Numbers as round-trip text (no display format, no culture); everything else as the cell's text.
    static string Text(IXLCell cell) => cell.DataType == XLDataType.Number
        ? cell.GetDouble().ToString("R", CultureInfo.InvariantCulture)
        : cell.GetString();
}
