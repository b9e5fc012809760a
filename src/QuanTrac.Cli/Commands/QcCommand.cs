using System.CommandLine;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Quality;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac qc (--data DIR | --db CONNECTION) [--station PREFIX] [--from T] [--to T]</c>: runs or re-runs the
/// automatic QC over stored observations with the rule set in force (the newest stored one, else the built-in
/// default), replaces the range's flags, and prints <c>{"values","flagged","byRule":{"rule-id":count}}</c>. Exit 2 on a
/// bad time. <c>qc rules show</c> prints the rule set in force and every stored version; <c>qc rules set --input
/// FILE.json --user U --reason "…"</c> stores a new version (audited).
/// </summary>
static class QcCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var from = new Option<string?>("--from") { Description = "Earliest observed_at, inclusive (ISO 8601) / Từ thời điểm" };
        var to = new Option<string?>("--to") { Description = "Latest observed_at, inclusive (ISO 8601) / Đến thời điểm" };
        var command = new Command("qc", "Run or re-run automatic QC over stored observations / Kiểm tra chất lượng số liệu") { station, from, to };
        store.AddTo(command);
        command.Subcommands.Add(QcRulesCommand.Create());
        command.SetAction(async (result, ct) =>
        {
            if (!TryTime(result.GetValue(from), "--from", out var start) || !TryTime(result.GetValue(to), "--to", out var end))
                return 2;
            await using var db = await store.OpenAsync(result, ct);
            if (db is not IQcFlagStore flags)
            {
                await Console.Error.WriteLineAsync("This store keeps no QC flags. / Cơ sở dữ liệu này không lưu cờ kiểm tra chất lượng.");
                return 1;
            }
            var ruleSet = await QcRuleSets.InForceAsync(db, cancellationToken: ct);
            var summary = await QcRun.RunAsync(db, flags, ruleSet, TimeProvider.System, result.GetValue(station), start, end, cancellationToken: ct);
            using (var stdout = Console.OpenStandardOutput())
                summary.WriteJson(stdout);
            Console.Out.WriteLine();
            return 0;
        });
        return command;
    }

    static bool TryTime(string? text, string option, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
            return true;
        if (VietnamTime.TryParseIso(text, out var parsed))
        {
            value = parsed;
            return true;
        }
        Console.Error.WriteLine($"{option}: '{text}' không phải thời điểm hợp lệ (ISO 8601, ví dụ 2026-03-25T00:05:00+07:00). / "
            + $"'{text}' is not a time; use ISO 8601, e.g. 2026-03-25T00:05:00+07:00.");
        return false;
    }
}
