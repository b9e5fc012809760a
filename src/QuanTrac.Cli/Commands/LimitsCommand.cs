using System.CommandLine;
using System.Globalization;
using QuanTrac.Domain.Standards.Limits;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Time;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac limits check --regulation ID [--column C] [--kq X --kf Y | --kp X --kv Y] [--averaging 1h|8h|24h|year]
/// [--at DATE] [--category C] --input FILE.csv</c>: CSV <c>parameter,value[,unit]</c> → JSON array
/// <c>{"parameter","value","limit","unit","exceeded","ratio","averaging","verified"}</c>; <c>limit</c> is a number or
/// <c>{"min","max"}</c> for ranges, null when the parameter is not regulated there. Exit 2 on bad input.
/// </summary>
static class LimitsCommand
{
    public static Command Create()
    {
        var regulation = new Option<string>("--regulation") { Required = true, Description = "Regulation, e.g. QCVN05:2023, or a family (QCVN05) for the version in force / Quy chuẩn" };
        var column = new Option<string?>("--column") { Description = "Column, level or zone (A, B, A1 …) / Cột, mức, vùng" };
        var kq = new Option<decimal?>("--kq") { Description = "Kq (QCVN 40:2011)" };
        var kf = new Option<decimal?>("--kf") { Description = "Kf (QCVN 40:2011)" };
        var kp = new Option<decimal?>("--kp") { Description = "Kp (QCVN 19:2009)" };
        var kv = new Option<decimal?>("--kv") { Description = "Kv (QCVN 19:2009)" };
        var averaging = new Option<string?>("--averaging") { Description = "Averaging period of the values: 1h, 8h, 24h, year / Thời gian trung bình" };
        averaging.AcceptOnlyFromAmong("1h", "8h", "24h", "year");
        var at = new Option<string?>("--at") { Description = "Date the limits are taken at, yyyy-MM-dd (default today, Vietnam time) / Ngày áp dụng" };
        var category = new Option<string?>("--category") { Description = "Source category (QCVN 19:2024) / Loại nguồn thải" };
        var input = new Option<string>("--input") { Required = true, Description = "CSV parameter,value[,unit] / Tệp CSV" };
        var check = new Command("check", "Compare values with a QCVN / So sánh với quy chuẩn") { regulation, column, kq, kf, kp, kv, averaging, at, category, input };
        check.SetAction(result =>
        {
            var request = new LimitsRequest(result.GetValue(regulation)!, result.GetValue(column), result.GetValue(category),
                new LimitCoefficients(result.GetValue(kq), result.GetValue(kf), result.GetValue(kp), result.GetValue(kv)),
                result.GetValue(averaging), result.GetValue(at));
            if (!request.TryResolve(TimeProvider.System, out var context, out var period, out var date, out var error))
                return StandardsJson.Fail(error!);
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            IReadOnlyList<ComplianceResult> results;
            try
            {
                results = LimitCheckTable.Evaluate(text, context!, period, date);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            StandardsJson.Write(json => LimitsJson.Write(json, results));
            return 0;
        });
        return new Command("limits", "QCVN limit values / Giá trị giới hạn theo quy chuẩn") { check };
    }
}
