using Microsoft.Data.Sqlite;
using QuanTrac.Storage;

namespace QuanTrac.Storage.Tests;

public sealed class SqliteStoreTests : StoreContractTests<SqliteTestDatabase>
{
    [Fact]
    public async Task RawArchive_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await Store.CommitAsync([new IncomingFile("a.txt", "a.txt", [1, 2, 3], "abc", TestKit.Some.Time, null, [], null)]);
        await using var c = new SqliteConnection($"Data Source={Path.Combine(Database.Directory, "quantrac.db")}");
        await c.OpenAsync();
        foreach (var sql in new[] { "UPDATE raw_archive SET bytes = x'00'", "DELETE FROM raw_archive" })
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            var e = await Assert.ThrowsAsync<SqliteException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Contains("immutable", e.Message, StringComparison.Ordinal);
        }
    }
}
