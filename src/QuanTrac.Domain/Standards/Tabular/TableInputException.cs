namespace QuanTrac.Domain.Standards.Tabular;

/// <summary>
/// Input a standards computation cannot use (malformed CSV, unknown column or parameter, negative or
/// non-numeric value). Carries the 1-based row (header = row 1) and the column name so that a person can
/// find the cell.
/// </summary>
public sealed class TableInputException : Exception
{
    /// <summary>Creates the error for one cell.</summary>
    /// <param name="row">1-based physical row; the header is row 1; 0 when the error concerns the whole input.</param>
    /// <param name="column">Column name, or null when the error concerns the whole row or input.</param>
    /// <param name="message">What is wrong, in both languages.</param>
    public TableInputException(int row, string? column, BilingualMessage message)
        : base(Describe(row, column, message))
    {
        Row = row;
        Column = column;
        Problem = message;
    }

    /// <summary>1-based row of the input (header = 1); 0 for the whole input.</summary>
    public int Row { get; }

    /// <summary>Name of the column, or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, in Vietnamese and English.</summary>
    public BilingualMessage Problem { get; }

    static string Describe(int row, string? column, BilingualMessage m)
    {
        var whereVi = row == 0 ? "" : column is null ? $"Dòng {row}: " : $"Dòng {row}, cột '{column}': ";
        var whereEn = row == 0 ? "" : column is null ? $"Row {row}: " : $"Row {row}, column '{column}': ";
        return $"{whereVi}{m.Vi} / {whereEn}{m.En}";
    }
}
