using System.CommandLine;
using QuanTrac.Storage;

namespace QuanTrac.Cli.Commands;

/// <summary>The <c>--data DIR | --db CONNECTION</c> pair every store command takes.</summary>
sealed class StoreOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "Data folder of the embedded SQLite store (default ./data) / Thư mục dữ liệu" };
    public Option<string?> Db { get; } = new("--db") { Description = "Database connection: postgres://user:pass@host:port/db or sqlite:PATH / Chuỗi kết nối CSDL" };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Db);
    }

    public Task<IQuanTracStore> OpenAsync(ParseResult result, CancellationToken ct) =>
        StoreFactory.OpenAsync(result.GetValue(Data), result.GetValue(Db), ct);
}
