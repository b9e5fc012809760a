using System.CommandLine;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Tamper;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Ingest.Tamper;
using QuanTrac.Server.Alerts;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac tamper (--data DIR | --db CONNECTION) --station S --from T --to T [--limits FILE]</c>: tamper signals of a
/// self-monitoring station for a reviewer's attention (replay, flat values while the status changes, values pinned
/// below a limit, round numbers, clock drift), as a JSON array <c>[{"kind","station","parameter","from","to","score",
/// "explanation":{"vi","en"}}]</c>. Signals are never verdicts. Exit 2 on bad input, 1 for an unknown station.
/// </summary>
static class TamperCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var station = new Option<string>("--station") { Description = "Station prefix / Mã trạm", Required = true };
        var from = new Option<string>("--from") { Description = "Earliest record time (ISO 8601, Vietnam time without offset) / Từ thời điểm", Required = true };
        var to = new Option<string>("--to") { Description = "Latest record time, inclusive / Đến thời điểm", Required = true };
        var limits = new Option<string?>("--limits") { Description = "JSON file of per-station limit assignments (as for alerts) / Tệp quy chuẩn áp dụng" };
        var command = new Command("tamper", "Tamper signals of a station for review (never verdicts) / Dấu hiệu can thiệp số liệu") { station, from, to, limits };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (!TryTime(result.GetValue(from)!, "--from", out var start) || !TryTime(result.GetValue(to)!, "--to", out var end))
                return 2;
            if (end < start)
            {
                await Console.Error.WriteLineAsync("--to trước --from. / --to is before --from.");
                return 2;
            }
            var prefix = result.GetValue(station)!;
            Domain.Alerts.StationLimits? assignment = null;
            if (result.GetValue(limits) is { } path)
            {
                try
                {
                    assignment = StationLimitsFile.Parse(await File.ReadAllTextAsync(path, ct)).GetValueOrDefault(prefix);
                }
                catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync(e.Message);
                    return 2;
                }
            }
            await using var db = await store.OpenAsync(result, ct);
            if (await TamperRun.RunAsync(db, prefix, start, end, assignment, cancellationToken: ct) is not { } signals)
            {
                await Console.Error.WriteLineAsync($"Không có trạm '{prefix}'. / No station '{prefix}'.");
                return 1;
            }
            var array = new JsonArray([.. signals.Select(s => (JsonNode)new JsonObject
            {
                ["kind"] = TamperNames.Format(s.Kind),
                ["station"] = s.Station,
                ["parameter"] = s.Parameter.Length == 0 ? null : s.Parameter,
                ["from"] = VietnamTime.FormatIso(s.From),
                ["to"] = VietnamTime.FormatIso(s.To),
                ["score"] = s.Score,
                ["explanation"] = new JsonObject { ["vi"] = s.ExplanationVi, ["en"] = s.ExplanationEn },
            })]);
            Console.Out.WriteLine(AlertJson.Text(array, indented: true));
            return 0;
        });
        return command;
    }

    static bool TryTime(string text, string option, out DateTimeOffset value)
    {
        if (VietnamTime.TryParseIso(text, out value))
            return true;
        Console.Error.WriteLine($"{option}: '{text}' không phải thời điểm hợp lệ (ISO 8601, ví dụ 2026-03-25T00:00). / '{text}' is not a time; use ISO 8601, e.g. 2026-03-25T00:00.");
        return false;
    }
}
