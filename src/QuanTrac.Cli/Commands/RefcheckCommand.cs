using System.CommandLine;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ReferenceChecks;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac refcheck evaluate --input FILE.csv [--ph-limit 0.2] [--nh4-percent 5]</c>: reference-material checks of
/// automatic stations (quality-control.md §5). CSV <c>station,parameter,certified,readings</c> (readings separated by
/// <c>;</c>) → JSON array <c>{"station","parameter","mean","error","limit","pass"}</c>. Exit 2 on bad input.
/// </summary>
static class RefcheckCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Required = true, Description = "CSV station,parameter,certified,readings (a;b;c) / Tệp CSV" };
        var limits = new RefcheckLimitOptions();
        var evaluate = limits.AddTo(new Command("evaluate", "Evaluate checks against the limits / Đánh giá kết quả kiểm tra") { input });
        evaluate.SetAction(result =>
        {
            if (limits.Read(result, out var error) is not { } settings)
                return StandardsJson.Fail(error!);
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            IReadOnlyList<RefcheckRow> rows;
            try
            {
                rows = RefcheckTable.Evaluate(text, settings);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            StandardsJson.Write(json =>
            {
                json.WriteStartArray();
                foreach (var row in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("station", row.Station);
                    json.WriteString("parameter", ReferenceCheck.Name(row.Result.Parameter));
                    PtArguments.Number(json, "mean", row.Result.Mean);
                    PtArguments.Number(json, "error", row.Result.Error);
                    PtArguments.Number(json, "limit", row.Result.Limit);
                    json.WriteBoolean("pass", row.Result.Passed);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
            return 0;
        });
        return new Command("refcheck", "Reference-material checks of stations / Kiểm tra mẫu chuẩn tại trạm")
        {
            evaluate, RefcheckStoreCommands.Record(), RefcheckStoreCommands.Summary(),
        };
    }
}
