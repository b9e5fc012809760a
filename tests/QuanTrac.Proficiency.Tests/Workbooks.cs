using ClosedXML.Excel;

namespace QuanTrac.Proficiency.Tests;

/// <summary>Builds XLSX inputs in the tests with ClosedXML, the way a provider's spreadsheet would hold them.</summary>
static class Workbooks
{
    /// <summary>One worksheet: the header row, then the rows; a double goes in as a number cell, anything else as text.</summary>
    public static byte[] Sheet(string[] header, IEnumerable<object?[]> rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Kết quả");
        for (var c = 0; c < header.Length; c++)
            ws.Cell(1, c + 1).Value = header[c];
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
                if (row[c] is double d)
                    ws.Cell(r, c + 1).Value = d;
                else if (row[c] is { } o)
                    ws.Cell(r, c + 1).SetValue(o.ToString());
            r++;
        }
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads the cells of a worksheet as text by (row, column), numbers in round-trip form.</summary>
    public static Dictionary<(int, int), string> Cells(byte[] xlsx, string sheet)
    {
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        return wb.Worksheet(sheet).CellsUsed().ToDictionary(c => (c.Address.RowNumber, c.Address.ColumnNumber),
            c => c.DataType == XLDataType.Number ? c.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture) : c.GetString());
    }
}
