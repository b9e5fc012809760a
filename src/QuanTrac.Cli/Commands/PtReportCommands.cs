using System.CommandLine;
using System.Text;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Proficiency.Rounds;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>pt report --round R [--participant P | --lab L] --format html|xlsx|csv --output FILE</c> and
/// <c>pt history --lab L [--format json|csv|html] [--output FILE]</c>.
/// </summary>
static class PtReportCommands
{
    public static Command Report()
    {
        var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
        var participant = new Option<string?>("--participant") { Description = "Only this participant's report (its code) / Báo cáo của một đơn vị" };
        var lab = new Option<string?>("--lab") { Description = "Only the report of this laboratory's code in the round / Báo cáo theo mã phòng thí nghiệm" };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "html", Description = "html (printable), xlsx or csv / Định dạng" };
        format.AcceptOnlyFromAmong("html", "xlsx", "csv");
        var output = PtStoreCommand.Required("--output", "Output file / Tệp kết quả");
        return new Command("report", "Round or participant report / Báo cáo vòng hoặc đơn vị") { round, participant, lab, format, output }.WithStore(async (r, db, ct) =>
        {
            var rounds = PtStoreCommand.Rounds(db);
            var code = r.GetValue(round)!;
            var who = r.GetValue(participant);
            if (r.GetValue(lab) is { } l)
                who = await rounds.ParticipantOfLabAsync(code, l, ct)
                    ?? throw new PtSetupException(new("PT_LAB_NOT_IN_ROUND", $"Phòng thí nghiệm '{l}' không tham gia vòng '{code}'.",
                        $"The laboratory '{l}' does not take part in the round '{code}'."));
            var report = who is null ? await rounds.RoundReportAsync(code, ct) : await rounds.ParticipantReportAsync(code, who, ct);
            byte[] bytes = r.GetValue(format) switch
            {
                "xlsx" => XlsxReport.Round(report),
                "csv" => Encoding.UTF8.GetBytes(CsvReport.Round(report)),
                _ => Encoding.UTF8.GetBytes(HtmlReport.Round(report)),
            };
            await File.WriteAllBytesAsync(r.GetValue(output)!, bytes, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("round", code);
                if (who is null) json.WriteNull("participant"); else json.WriteString("participant", who);
                json.WriteString("format", r.GetValue(format));
                json.WriteString("output", r.GetValue(output));
                json.WriteNumber("bytes", bytes.Length);
                json.WriteEndObject();
            });
            return 0;
        });
    }

    public static Command History()
    {
        var lab = PtStoreCommand.Required("--lab", "Laboratory code / Mã phòng thí nghiệm");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "json", Description = "json, csv or html / Định dạng" };
        format.AcceptOnlyFromAmong("json", "csv", "html");
        var output = new Option<string?>("--output") { Description = "Output file (default standard output) / Tệp kết quả" };
        return new Command("history", "A laboratory's scores across published rounds / Lịch sử kết quả của phòng thí nghiệm") { lab, format, output }.WithStore(async (r, db, ct) =>
        {
            var code = r.GetValue(lab)!;
            var rows = await PtStoreCommand.Rounds(db).HistoryAsync(code, ct);
            string text;
            switch (r.GetValue(format))
            {
                case "csv":
                    text = CsvReport.History(rows);
                    break;
                case "html":
                    text = HtmlReport.History(code, rows);
                    break;
                default:
                    using (var buffer = new MemoryStream())
                    {
                        HistoryJson(buffer, rows);
                        text = Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
                    }
                    break;
            }
            if (r.GetValue(output) is { } path)
                await File.WriteAllTextAsync(path, text, ct);
            else
                await Console.Out.WriteAsync(text);
            return 0;
        });
    }

    static void HistoryJson(Stream stream, IReadOnlyList<LabHistoryRow> rows)
    {
        using var json = new System.Text.Json.Utf8JsonWriter(stream, new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var x in rows)
        {
            json.WriteStartObject();
            json.WriteString("lab", x.Lab);
            json.WriteString("scheme", x.Scheme);
            json.WriteString("round", x.Round);
            json.WriteString("publishedAt", Domain.Time.VietnamTime.FormatIso(x.PublishedAt));
            json.WriteString("participant", x.Participant);
            json.WriteString("measurand", x.Measurand.Code);
            json.WriteString("unit", x.Measurand.Unit);
            PtArguments.Number(json, "value", x.Result.Value);
            if (x.Result.Censored is { } c) json.WriteString("censored", c); else json.WriteNull("censored");
            PtArguments.Number(json, "assigned", x.Measurand.Assignment?.Assigned);
            PtArguments.Number(json, "sigmaPt", x.Measurand.Assignment?.SigmaPt);
            PtArguments.Number(json, "z", x.Score?.Z);
            PtArguments.Number(json, "zPrime", x.Score?.ZPrime);
            PtArguments.Number(json, "zeta", x.Score?.Zeta);
            PtArguments.Number(json, "En", x.Score?.En);
            PtArguments.Number(json, "D", x.Score?.D);
            PtArguments.Number(json, "DPercent", x.Score?.DPercent);
            if (x.Score?.Class is { } k) json.WriteString("class", k); else json.WriteNull("class");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
