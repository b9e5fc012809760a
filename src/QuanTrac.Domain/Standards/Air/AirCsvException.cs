namespace QuanTrac.Domain.Standards.Air;

/// <summary>Bad input in an hourly air CSV: names the row (1 = header) and the column, in English and Vietnamese.</summary>
public sealed class AirCsvException : FormatException
{
    /// <summary>Creates the error.</summary>
    /// <param name="row">Line number, 1-based (the header is row 1).</param>
    /// <param name="column">Column name (<c>time</c>, <c>parameter</c>, <c>value</c>) or <c>header</c>.</param>
    /// <param name="english">What is wrong, in English.</param>
    /// <param name="vietnamese">What is wrong, in Vietnamese.</param>
    public AirCsvException(int row, string column, string english, string vietnamese)
        : base(FormattableString.Invariant($"Row {row}, column '{column}': {english} / Dòng {row}, cột '{column}': {vietnamese}"))
    {
        Row = row;
        Column = column;
        English = english;
        Vietnamese = vietnamese;
    }

    /// <summary>Line number, 1-based (the header is row 1).</summary>
    public int Row { get; }

    /// <summary>Column name.</summary>
    public string Column { get; }

    /// <summary>The problem in English.</summary>
    public string English { get; }

    /// <summary>The problem in Vietnamese.</summary>
    public string Vietnamese { get; }
}
