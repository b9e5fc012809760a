using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Domain.Audit;
using QuanTrac.Storage.Review;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac audit verify (--data DIR | --db CONNECTION)</c>: checks the audit log's hash chain and prints
/// <c>{"ok","entries","head","firstBrokenSeq","code","message"}</c>. Exit 0 when the chain holds, 1 when it is broken
/// (the first broken row named in Vietnamese and English on stderr).
/// </summary>
static class AuditCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var verify = new Command("verify", "Check the audit log's SHA-256 chain / Kiểm tra chuỗi băm của nhật ký kiểm toán");
        store.AddTo(verify);
        verify.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            if (db is not IReviewStore reviews)
            {
                await Console.Error.WriteLineAsync("Cơ sở dữ liệu này không có nhật ký kiểm toán. / This store keeps no audit log.");
                return 1;
            }
            var entries = new List<AuditEntry>();
            await foreach (var e in reviews.ReadAuditAsync(ct))
                entries.Add(e);
            var v = AuditChain.Verify(entries);
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteBoolean("ok", v.Ok);
                w.WriteNumber("entries", entries.Count);
                w.WriteString("head", v.Head);
                if (v.FirstBrokenSeq is { } seq)
                    w.WriteNumber("firstBrokenSeq", seq);
                else
                    w.WriteNull("firstBrokenSeq");
                w.WriteString("code", v.Code);
                w.WriteString("message", v.Message);
                w.WriteEndObject();
            }
            Console.Out.WriteLine();
            if (v.Ok)
                return 0;
            await Console.Error.WriteLineAsync(v.Message);
            return 1;
        });
        return new Command("audit", "The audit log of review actions and rule changes / Nhật ký kiểm toán") { verify };
    }
}
