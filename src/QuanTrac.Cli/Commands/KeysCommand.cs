using System.CommandLine;
using System.Text.Json;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac keys create --client NAME | --station PREFIX</c> (prints the key once; only its SHA-256 is stored),
/// <c>quantrac keys list</c> and <c>quantrac keys revoke ID</c>.
/// </summary>
static class KeysCommand
{
    public static Command Create() => new("keys", "API keys and station upload keys / Khoá API và khoá tải tệp của trạm") { CreateKey(), List(), Revoke() };

    static Command CreateKey()
    {
        var store = new StoreOptions();
        var client = new Option<string?>("--client") { Description = "API client name (role api-client) / Tên máy khách API" };
        var station = new Option<string?>("--station") { Description = "Station prefix of an upload key / Mã trạm của khoá tải tệp" };
        var command = new Command("create", "Create a key and print it once / Tạo khoá và in ra một lần") { client, station };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var (name, prefix) = (result.GetValue(client), result.GetValue(station));
            if (string.IsNullOrWhiteSpace(name) == string.IsNullOrWhiteSpace(prefix))
            {
                await Console.Error.WriteLineAsync("Give exactly one of --client NAME or --station PREFIX. / Cần đúng một trong --client hoặc --station.");
                return 2;
            }
            await using var db = await store.OpenAsync(result, ct);
            var accounts = (IAccountStore)db;
            if (prefix is not null && await db.GetStationAsync(prefix, ct) is null)
            {
                await Console.Error.WriteLineAsync($"--station: no registered station '{prefix}'. / --station: chưa đăng ký trạm '{prefix}'.");
                return 2;
            }
            var now = TimeProvider.System.GetUtcNow();
            var key = prefix is not null
                ? await ApiKeys.CreateStationKeyAsync(accounts, prefix, now, ct)
                : await ApiKeys.CreateClientKeyAsync(accounts, name!.Trim(), now, ct: ct);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                key,
                name = prefix ?? name!.Trim(),
                role = prefix is null ? Roles.ApiClient : Roles.Station,
                header = ApiKeys.Header,
                noteEn = "Shown once: only its hash is stored.",
                noteVi = "Chỉ hiện một lần: hệ thống chỉ lưu mã băm.",
            }, Readable));
            return 0;
        });
        return command;
    }

    // Vietnamese stays readable in the printed JSON.
    static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static Command List()
    {
        var store = new StoreOptions();
        var command = new Command("list", "List keys (never the keys themselves) / Danh sách khoá");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            await Console.Out.WriteLineAsync("id\tname\trole\tstation\tcreated_at\trevoked_at");
            foreach (var k in await ((IAccountStore)db).GetApiKeysAsync(ct))
                await Console.Out.WriteLineAsync(string.Join('\t', k.Id, k.Name, k.Role, k.Station ?? "", VietnamTime.FormatIso(k.CreatedAt),
                    k.RevokedAt is { } r ? VietnamTime.FormatIso(r) : ""));
            return 0;
        });
        return command;
    }

    static Command Revoke()
    {
        var store = new StoreOptions();
        var id = new Argument<string>("ID") { Description = "Key id from 'keys list' / Mã khoá" };
        var command = new Command("revoke", "Revoke a key / Thu hồi khoá") { id };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            if (!await ((IAccountStore)db).RevokeApiKeyAsync(result.GetValue(id)!, TimeProvider.System.GetUtcNow(), ct))
            {
                await Console.Error.WriteLineAsync("No valid key has this id. / Không có khoá còn hiệu lực với mã này.");
                return 2;
            }
            return 0;
        });
        return command;
    }
}
