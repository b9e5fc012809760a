using System.CommandLine;
using System.Globalization;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;

namespace QuanTrac.Cli.Commands;

/// <summary><c>quantrac files list [--quarantined]</c> and <c>quantrac files get SHA256</c>: the file registry and the raw archive.</summary>
static class FilesCommand
{
    public static Command Create() =>
        new("files", "File registry and raw archive / Sổ tệp và kho tệp gốc") { List(), Get(), Reprocess() };

    static Command List()
    {
        var store = new StoreOptions();
        var quarantined = new Option<bool>("--quarantined") { Description = "Only quarantined files / Chỉ tệp bị cách ly" };
        var limit = new Option<int>("--limit") { Description = "At most this many (default 100)", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "Received files, newest first / Các tệp đã nhận") { quarantined, limit };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var query = new FileQuery(result.GetValue(quarantined) ? FileOutcomeKind.Quarantined : null, Limit: result.GetValue(limit));
            Console.Out.WriteLine("received_at\toutcome\trecords\treceipts\tsha256\tfile\treason");
            foreach (var f in await db.GetFilesAsync(query, ct))
                Console.Out.WriteLine(string.Join('\t', VietnamTime.FormatIso(f.LastReceivedAt), f.Outcome, f.Records.ToString(CultureInfo.InvariantCulture),
                    f.Receipts.ToString(CultureInfo.InvariantCulture), f.Sha256, f.SourcePath, f.Reason?.ToString() ?? ""));
            return 0;
        });
        return command;
    }

    static Command Get()
    {
        var store = new StoreOptions();
        var sha = new Argument<string>("SHA256") { Description = "Hash of the file / Mã băm của tệp" };
        var command = new Command("get", "Write the original bytes of an archived file to standard output / Lấy lại tệp gốc") { sha };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var bytes = await db.GetRawBytesAsync(result.GetValue(sha)!.ToLowerInvariant(), ct);
            if (bytes is null)
            {
                Console.Error.WriteLine("No archived file has this hash. / Không có tệp nào với mã băm này.");
                return 2;
            }
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return 0;
        });
        return command;
    }

    static Command Reprocess()
    {
        var store = new StoreOptions();
        var command = new Command("reprocess", "Ingest quarantined files again from the archive (after registering stations) / Xử lý lại tệp bị cách ly");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            await using var pipeline = await IntakePipeline.StartAsync(db, new IntakeOptions(), TimeProvider.System, cancellationToken: ct);
            var summary = await QuarantineReprocessing.RunAsync(pipeline, db, TimeProvider.System, cancellationToken: ct);
            using (var stdout = Console.OpenStandardOutput())
                summary.WriteJson(stdout);
            Console.Out.WriteLine();
            return 0;
        });
        return command;
    }
}
