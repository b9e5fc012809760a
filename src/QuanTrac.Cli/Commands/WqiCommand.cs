using System.CommandLine;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Standards.VnWqi;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac wqi --input FILE.csv [--formula sqrt|weighted] [--reading A|B]</c>: VN_WQI of every row of a wide CSV
/// (see <see cref="WqiTable"/>) as a JSON array in input order:
/// <c>{"wqi","groups":{"I".."V"},"category":{"vi","en","rgb"},"warnings":[{"code","vi","en"}], …identifiers}</c>.
/// Exit 2 on bad input, with the row and column on standard error.
/// </summary>
static class WqiCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Required = true, Description = "Wide CSV, one sample per row / Tệp CSV, mỗi dòng một mẫu" };
        var formula = new Option<string>("--formula") { DefaultValueFactory = _ => "sqrt", Description = "Final formula: sqrt (Formula 3) or weighted (Formula 5) / Công thức tổng hợp" };
        formula.AcceptOnlyFromAmong("sqrt", "weighted");
        var reading = new Option<string>("--reading") { DefaultValueFactory = _ => "A", Description = "Reading of the Cd/Pb/Hg rows: A or B / Cách đọc bảng Cd, Pb, Hg" };
        reading.AcceptOnlyFromAmong("A", "B");
        var command = new Command("wqi", "VN_WQI of surface-water samples (Decision 1460/QĐ-TCMT) / Chỉ số chất lượng nước VN_WQI") { input, formula, reading };
        command.SetAction(result =>
        {
            var settings = new WqiSettings
            {
                FinalFormula = result.GetValue(formula) == "weighted" ? WqiFinalFormula.WeightedCubeRoot : WqiFinalFormula.SquareRoot,
                MetalReading = result.GetValue(reading) == "B" ? WqiMetalReading.B : WqiMetalReading.A,
            };
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            IReadOnlyList<WqiTableRow> rows;
            try
            {
                rows = WqiTable.Evaluate(text, settings);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            StandardsJson.Write(json => WqiJson.Write(json, rows));
            return 0;
        });
        return command;
    }
}
