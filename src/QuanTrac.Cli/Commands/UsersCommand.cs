using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac users add --user U --role R [--province P] [--facility F] [--lab L] [--password-file FILE]</c> (password
/// from the file or the first line of standard input, never from the command line, which other users can see) and
/// <c>quantrac users list</c>: console accounts, hashed by ASP.NET Core Identity into the store.
/// </summary>
static class UsersCommand
{
    public static Command Create() => new("users", "Console accounts / Tài khoản bảng điều khiển") { Add(), List() };

    static Command Add()
    {
        var store = new StoreOptions();
        var user = new Option<string>("--user") { Description = "User name / Tên đăng nhập", Required = true };
        var role = new Option<string>("--role") { Description = $"Role: {string.Join(", ", Roles.People)} / Vai trò", Required = true };
        var province = new Option<string?>("--province") { Description = "Province code a province operator is limited to / Mã tỉnh" };
        var facility = new Option<string?>("--facility") { Description = "Facility code an enterprise user is limited to / Mã cơ sở" };
        var lab = new Option<string?>("--lab") { Description = "Proficiency-testing participant code of a laboratory / Mã phòng thí nghiệm" };
        var passwordFile = new Option<string?>("--password-file") { Description = "File whose first line is the password (default: standard input) / Tệp chứa mật khẩu" };
        var command = new Command("add", "Add a console account / Thêm tài khoản") { user, role, province, facility, lab, passwordFile };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var password = result.GetValue(passwordFile) is { } file
                ? (await File.ReadAllLinesAsync(file, ct)).FirstOrDefault()
                : await Console.In.ReadLineAsync(ct);
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync("Password: give it on standard input or with --password-file. / Mật khẩu: nhập qua đầu vào chuẩn hoặc --password-file.");
                return 2;
            }
            await using var db = await store.OpenAsync(result, ct);
            await using var services = new ServiceCollection().AddQuanTracIdentity(db).BuildServiceProvider();
            using var scope = services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>();
            var error = await UserAdministration.AddAsync(users, result.GetValue(user)!, password, result.GetValue(role)!,
                result.GetValue(province), result.GetValue(facility), result.GetValue(lab));
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }
            await Console.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { user = result.GetValue(user), role = result.GetValue(role) }));
            return 0;
        });
        return command;
    }

    static Command List()
    {
        var store = new StoreOptions();
        var command = new Command("list", "List console accounts (never passwords) / Danh sách tài khoản");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            await Console.Out.WriteLineAsync("user\troles\tprovince\tfacility\tlab\tlocked_until");
            foreach (var u in await ((IAccountStore)db).GetUsersAsync(ct))
                await Console.Out.WriteLineAsync(string.Join('\t', u.UserName, string.Join(',', u.Roles), u.Province ?? "", u.Facility ?? "", u.Lab ?? "",
                    u.LockoutEnd is { } end ? VietnamTime.FormatIso(end) : ""));
            return 0;
        });
        return command;
    }
}
