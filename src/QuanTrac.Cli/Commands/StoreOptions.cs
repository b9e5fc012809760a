using System.CommandLine;
using QuanTrac.Storage;

namespace QuanTrac.Cli.Commands;

/// <summary>The <c>--data DIR | --db CONNECTION</c> pair every store command takes.</summary>
sealed class StoreOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "Data folder of the embedded SQLite store (default ./data) / Thư mục dữ liệu" };
    public Option<string?> Db { get; } = new("--db") { Description = "Database connection: postgres://user:pass@host:port/db or sqlite:PATH (default: $QUANTRAC_DB) / Chuỗi kết nối CSDL" };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Db);
    }

    /// <summary>Names the database when neither <c>--data</c> nor <c>--db</c> is given: a service unit or a container sets it once.</summary>
    public const string DbVariable = "QUANTRAC_DB";

    /// <summary>The connection of <c>--db</c>, else of <see cref="DbVariable"/> when <c>--data</c> is not given either.</summary>
    public string? Connection(ParseResult result) =>
        result.GetValue(Db) ?? (result.GetValue(Data) is null && Environment.GetEnvironmentVariable(DbVariable) is { Length: > 0 } db ? db : null);

    public Task<IQuanTracStore> OpenAsync(ParseResult result, CancellationToken ct) =>
        StoreFactory.OpenAsync(result.GetValue(Data), Connection(result), ct);
}
