using System.CommandLine;
using QuanTrac.Domain.Statistics.ReferenceChecks;
using QuanTrac.Domain.Time;
using QuanTrac.Proficiency.ReferenceChecks;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>refcheck record --input FILE [--ph-limit 0.2] [--nh4-percent 5]</c>: evaluates and stores station reference checks
/// (a failed check then makes <c>qc</c> flag the data since the last passed check); <c>refcheck summary [--from T] [--to T]</c>:
/// the programme summary "N stations, N passed".
/// </summary>
static class RefcheckStoreCommands
{
    public static Command Record()
    {
        var input = PtStoreCommand.Required("--input", "CSV or XLSX: station,analyser,parameter,certified[,certified_u],lot[,temperature],readings,operator,time / Tệp kết quả kiểm tra");
        var limits = new RefcheckLimitOptions();
        return limits.AddTo(new Command("record", "Record checks in the store / Lưu kết quả kiểm tra mẫu chuẩn") { input }).WithStore(async (r, db, ct) =>
        {
            if (limits.Read(r, out var error) is not { } settings)
                return StandardsJson.Fail(error!);
            if (PtStoreCommand.ReadBytes(r.GetValue(input)!) is not { } bytes)
                return 2;
            var summary = await new ReferenceCheckProgramme(db, TimeProvider.System).RecordAsync(r.GetValue(input)!, bytes, settings, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("checks", summary.Checks.Count);
                json.WriteNumber("recorded", summary.Recorded);
                json.WriteNumber("duplicates", summary.Duplicates);
                json.WriteNumber("passed", summary.Checks.Count(c => c.Passed));
                json.WriteNumber("failed", summary.Checks.Count(c => !c.Passed));
                json.WriteStartArray("rows");
                foreach (var c in summary.Checks)
                {
                    json.WriteStartObject();
                    json.WriteString("station", c.Station);
                    json.WriteString("parameter", c.Parameter == "pH" ? "pH" : "NH4+");
                    json.WriteString("time", VietnamTime.FormatIso(c.CheckedAt));
                    PtArguments.Number(json, "mean", c.Mean);
                    PtArguments.Number(json, "error", c.Error);
                    PtArguments.Number(json, "limit", c.Limit);
                    json.WriteBoolean("pass", c.Passed);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
            return 0;
        });
    }

    public static Command Summary()
    {
        var from = new Option<string?>("--from") { Description = "Earliest check time, inclusive (ISO 8601) / Từ thời điểm" };
        var to = new Option<string?>("--to") { Description = "Latest check time, inclusive (ISO 8601) / Đến thời điểm" };
        return new Command("summary", "Programme summary: stations checked and passed / Tổng hợp chương trình") { from, to }.WithStore(async (r, db, ct) =>
        {
            DateTimeOffset? start = null, end = null;
            foreach (var (option, text) in new[] { ("--from", r.GetValue(from)), ("--to", r.GetValue(to)) })
            {
                if (text is null)
                    continue;
                if (!VietnamTime.TryParseIso(text, out var t))
                    return StandardsJson.Fail($"{option}: '{text}' không phải thời điểm (ISO 8601). / {option}: '{text}' is not a time (ISO 8601).");
                if (option == "--from") start = t; else end = t;
            }
            var s = await new ReferenceCheckProgramme(db, TimeProvider.System).SummaryAsync(start, end, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("stations", s.Stations);
                json.WriteNumber("passed", s.Passed);
                json.WriteNumber("checks", s.Checks);
                json.WriteNumber("failedChecks", s.FailedChecks);
                json.WriteString("text", s.Text);
                json.WriteStartArray("byStation");
                foreach (var x in s.ByStation)
                {
                    json.WriteStartObject();
                    json.WriteString("station", x.Station);
                    json.WriteString("parameter", x.Parameter == "pH" ? "pH" : "NH4+");
                    json.WriteNumber("checks", x.Checks);
                    json.WriteString("lastCheck", VietnamTime.FormatIso(x.Latest.CheckedAt));
                    json.WriteBoolean("pass", x.Latest.Passed);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
            return 0;
        });
    }
}
