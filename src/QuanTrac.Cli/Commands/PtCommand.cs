using System.CommandLine;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Statistics.ProficiencyTesting;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac pt algorithm-a|scores|homogeneity</c>: ISO 13528 statistics of a proficiency-testing round
/// (proficiency-testing.md). Full-precision numbers in JSON; exit 2 on bad input with the row on standard error.
/// The stored workflow (schemes, rounds, results, reports, history) is in <see cref="PtRoundCommands"/> and <see cref="PtReportCommands"/>.
/// </summary>
static class PtCommand
{
    public static Command Create() =>
        new("pt", "Proficiency testing (ISO 13528) / Thử nghiệm thành thạo")
        {
            AlgorithmACommand(), ScoresCommand(), HomogeneityCommand(),
            PtRoundCommands.Scheme(), PtRoundCommands.Round(), PtRoundCommands.Participants(), PtRoundCommands.Results(),
            PtReportCommands.Report(), PtReportCommands.History(),
        };

    // pt algorithm-a --input FILE [--stop converge|iso] → {"p","xStar","sStar","iterations"}
    static Command AlgorithmACommand()
    {
        var input = new Option<string>("--input") { Required = true, Description = "One result per line / Mỗi dòng một kết quả" };
        var stop = new Option<string>("--stop") { DefaultValueFactory = _ => "converge", Description = "converge (fixed point) or iso (third significant figure) / Quy tắc dừng" };
        stop.AcceptOnlyFromAmong("converge", "iso");
        var command = new Command("algorithm-a", "Robust mean x* and SD s* (Algorithm A) / Trung bình và độ lệch chuẩn vững") { input, stop };
        command.SetAction(result =>
        {
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            IReadOnlyList<double> values;
            try
            {
                values = PtTables.ReadValues(text);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            var settings = result.GetValue(stop) == "iso" ? AlgorithmASettings.Iso : AlgorithmASettings.Default;
            var estimate = AlgorithmA.Estimate(values, settings);
            if (estimate.Degenerate)
                Console.Error.WriteLine("Cảnh báo: s* = 0 (các kết quả trùng nhau), x* là trung vị. / Warning: s* = 0 (identical results); x* is the median.");
            if (!estimate.Converged)
                Console.Error.WriteLine("Cảnh báo: thuật toán A chưa hội tụ. / Warning: Algorithm A did not converge.");
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("p", estimate.P);
                json.WriteNumber("xStar", estimate.Location);
                json.WriteNumber("sStar", estimate.Scale);
                json.WriteNumber("iterations", estimate.Iterations);
                json.WriteEndObject();
            });
            return 0;
        });
        return command;
    }

    // pt scores --input FILE.csv --assigned X --sigma S [--u-assigned U] [--k-assigned K]
    static Command ScoresCommand()
    {
        var input = new Option<string>("--input") { Required = true, Description = "CSV participant,value[,u | ,U,k] / Tệp CSV kết quả" };
        var assigned = new Option<string>("--assigned") { Required = true, Description = "Assigned value x_pt / Giá trị ấn định" };
        var sigma = new Option<string>("--sigma") { Required = true, Description = "σ_pt (> 0) / Độ lệch chuẩn đánh giá" };
        var uAssigned = new Option<string?>("--u-assigned") { Description = "Standard uncertainty u(x_pt) / Độ không đảm bảo chuẩn của x_pt" };
        var kAssigned = new Option<string?>("--k-assigned") { Description = "K in U(x_pt) = K·u(x_pt) for E_n, default 2 / Hệ số phủ" };
        var command = new Command("scores", "z, z′, ζ and E_n of every participant / Điểm z, z′, ζ, E_n") { input, assigned, sigma, uAssigned, kAssigned };
        command.SetAction(result =>
        {
            var x = PtArguments.Parse(result.GetValue(assigned), "--assigned", PtArguments.Range.Any, out var e1);
            var s = PtArguments.Parse(result.GetValue(sigma), "--sigma", PtArguments.Range.Positive, out var e2);
            var u = PtArguments.Parse(result.GetValue(uAssigned), "--u-assigned", PtArguments.Range.NonNegative, out var e3);
            var k = PtArguments.Parse(result.GetValue(kAssigned), "--k-assigned", PtArguments.Range.Positive, out var e4) ?? 2;
            if ((e1 ?? e2 ?? e3 ?? e4) is { } error)
                return StandardsJson.Fail(error);
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            IReadOnlyList<ParticipantResult> results;
            try
            {
                results = PtTables.ReadParticipants(text);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            var scores = results.Select(r => ParticipantScoring.Score(r, x!.Value, s!.Value, u, k)).ToList();
            StandardsJson.Write(json =>
            {
                json.WriteStartArray();
                foreach (var score in scores)
                {
                    json.WriteStartObject();
                    json.WriteString("participant", score.Participant);
                    PtArguments.Number(json, "z", score.Z);
                    PtArguments.Number(json, "zPrime", score.ZPrime);
                    PtArguments.Number(json, "zeta", score.Zeta);
                    PtArguments.Number(json, "En", score.En);
                    json.WriteString("class", score.Class switch
                    {
                        ScoreClass.Satisfactory => "satisfactory",
                        ScoreClass.Questionable => "questionable",
                        _ => "unsatisfactory",
                    });
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
            return 0;
        });
        return command;
    }

    // pt homogeneity --input FILE.csv --sigma S → {"g","m","mean","sx","sw","ss","criterion","pass","expandedCriterion","passExpanded"}
    static Command HomogeneityCommand()
    {
        var input = new Option<string>("--input") { Required = true, Description = "CSV item,r1,r2[,r3…] / Tệp CSV mẫu và các lần đo lặp" };
        var sigma = new Option<string>("--sigma") { Required = true, Description = "σ_pt (> 0) / Độ lệch chuẩn đánh giá" };
        var command = new Command("homogeneity", "Homogeneity check (ISO 13528 Annex B) / Kiểm tra độ đồng nhất") { input, sigma };
        command.SetAction(result =>
        {
            var s = PtArguments.Parse(result.GetValue(sigma), "--sigma", PtArguments.Range.Positive, out var error);
            if (error is not null)
                return StandardsJson.Fail(error);
            if (StandardsJson.ReadInput(result.GetValue(input)!) is not { } text)
                return 2;
            HomogeneityResult r;
            try
            {
                r = Homogeneity.Check(PtTables.ReadHomogeneity(text), s!.Value);
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            if (r.SsTruncated)
                Console.Error.WriteLine("Ghi chú: s_x² < s_w²/m, s_s được đặt bằng 0. / Note: s_x² < s_w²/m; s_s was set to 0.");
            if (r.G < 10)
                Console.Error.WriteLine("Cảnh báo: ISO 13528 khuyến nghị ít nhất 10 mẫu. / Warning: ISO 13528 recommends at least 10 items.");
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("g", r.G);
                json.WriteNumber("m", r.M);
                PtArguments.Number(json, "mean", r.Mean);
                PtArguments.Number(json, "sx", r.Sx);
                PtArguments.Number(json, "sw", r.Sw);
                PtArguments.Number(json, "ss", r.Ss);
                PtArguments.Number(json, "criterion", r.Criterion);
                json.WriteBoolean("pass", r.Passed);
                PtArguments.Number(json, "expandedCriterion", r.ExpandedCriterion);
                json.WriteBoolean("passExpanded", r.PassedExpanded);
                json.WriteEndObject();
            });
            return 0;
        });
        return command;
    }
}
