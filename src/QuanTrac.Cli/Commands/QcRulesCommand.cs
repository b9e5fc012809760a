using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Domain.Time;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac qc rules show</c>: <c>{"version","stored","document":{…},"history":[{"id","version","createdAt","createdBy","reason"}]}</c>;
/// <c>quantrac qc rules set --input FILE.json --user U --reason "…"</c>: stores the document as the rule set in force
/// when it differs from it, prints <c>{"version","created"}</c>. Exit 2 on a bad document or missing user/reason.
/// </summary>
static class QcRulesCommand
{
    public static Command Create()
    {
        var showStore = new StoreOptions();
        var show = new Command("show", "The QC rule set in force and its stored versions / Bộ quy tắc đang áp dụng");
        showStore.AddTo(show);
        show.SetAction(async (result, ct) =>
        {
            await using var db = await showStore.OpenAsync(result, ct);
            var history = db is IQcRuleSetStore sets ? await sets.GetRuleSetsAsync(ct) : [];
            var inForce = history.Count > 0 ? history[^1].RuleSet : QcRuleSet.Default;
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("version", inForce.Version);
                w.WriteBoolean("stored", history.Count > 0);
                w.WritePropertyName("document");
                w.WriteRawValue(QcRuleSetJson.Write(inForce));
                w.WriteStartArray("history");
                foreach (var h in history)
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", h.Id);
                    w.WriteString("version", h.Version);
                    w.WriteString("createdAt", VietnamTime.ToLocal(h.CreatedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
                    w.WriteString("createdBy", h.CreatedBy);
                    w.WriteString("reason", h.Reason);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            Console.Out.WriteLine();
            return 0;
        });

        var setStore = new StoreOptions();
        var input = new Option<FileInfo?>("--input") { Description = "Rule-set JSON document / Tệp JSON bộ quy tắc" };
        var user = new Option<string?>("--user") { Description = "Who changes the rules / Người thay đổi" };
        var reason = new Option<string?>("--reason") { Description = "Why / Lý do" };
        var set = new Command("set", "Store a new version of the QC rule set (audited) / Lưu phiên bản mới của bộ quy tắc") { input, user, reason };
        setStore.AddTo(set);
        set.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(input);
            if (file is null || string.IsNullOrWhiteSpace(result.GetValue(user)) || string.IsNullOrWhiteSpace(result.GetValue(reason)))
            {
                await Console.Error.WriteLineAsync("Cần --input, --user và --reason. / --input, --user and --reason are required.");
                return 2;
            }
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp '{file.FullName}'. / File '{file.FullName}' not found.");
                return 2;
            }
            QcRuleSet ruleSet;
            try
            {
                ruleSet = QcRuleSetJson.Read(await File.ReadAllTextAsync(file.FullName, ct));
            }
            catch (TableInputException e)
            {
                await Console.Error.WriteLineAsync($"{file.Name}: {e.Message}");
                return 2;
            }
            await using var db = await setStore.OpenAsync(result, ct);
            if (db is not IQcRuleSetStore sets)
            {
                await Console.Error.WriteLineAsync("Cơ sở dữ liệu này không lưu bộ quy tắc. / This store keeps no rule sets.");
                return 1;
            }
            var (stored, created) = await sets.SaveRuleSetAsync(ruleSet, result.GetValue(user)!, result.GetValue(reason)!, TimeProvider.System.GetUtcNow(), ct);
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout))
            {
                w.WriteStartObject();
                w.WriteString("version", stored.Version);
                w.WriteBoolean("created", created);
                w.WriteEndObject();
            }
            Console.Out.WriteLine();
            return 0;
        });
        return new Command("rules", "Versioned QC rule sets / Bộ quy tắc kiểm tra chất lượng có phiên bản") { show, set };
    }
}
