using System.CommandLine;
using QuanTrac.Ingest.Intake;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac ingest (--data DIR | --db CONNECTION) [--auto-register] PATH...</c>: prints a JSON summary;
/// exit 0 when the run completed (quarantines included), 1 when the run itself failed.
/// </summary>
static class IngestCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var autoRegister = new Option<bool>("--auto-register") { Description = "Register unknown prefixes from their files / Tự đăng ký trạm chưa biết" };
        var strict = new Option<bool>("--strict") { Description = "Strict reading of every file / Đọc nghiêm ngặt" };
        // A folder import is a backlog, not the live inbox (IntakeOptions' 500 and 200 ms keep that one prompt): 2,000 files
        // per transaction cut the PostgreSQL ingest's wall clock by ≈ 15 % (fewer round trips and COMMITs), SQLite's
        // unchanged (bench/README.md, "Third round").
        var batch = new Option<int>("--batch-size") { Description = "Files per transaction / Số tệp mỗi giao dịch", DefaultValueFactory = _ => 2000 };
        var writers = new Option<int?>("--writers") { Description = "Batches committed at once (default: what the store takes) / Số lô ghi đồng thời" };
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (recursive) / Tệp hoặc thư mục" };
        var command = new Command("ingest", "Receive station files into the store / Nạp tệp dữ liệu trạm") { autoRegister, strict, batch, writers, paths };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = new IntakeOptions { AutoRegister = result.GetValue(autoRegister), Strict = result.GetValue(strict), BatchSize = result.GetValue(batch),
                Writers = result.GetValue(writers) };
            await using var db = await store.OpenAsync(result, ct);
            await using var pipeline = await IntakePipeline.StartAsync(db, options, TimeProvider.System, cancellationToken: ct);
            var summary = await FolderImport.RunAsync(pipeline, result.GetValue(paths)!, TimeProvider.System, ct);
            using (var stdout = Console.OpenStandardOutput())
                summary.WriteJson(stdout);
            Console.Out.WriteLine();
            return 0;
        });
        return command;
    }
}
