using Microsoft.AspNetCore.Identity;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Demo;

/// <summary>
/// <c>--demo</c>: one account per role, so a person can sign in to the console on a fresh machine. Made only
/// when the store has no user yet (a real deployment bootstraps with <c>quantrac users add</c>); the shared
/// password is printed at start and documented in the README — never for production.
/// </summary>
public static partial class DemoAccounts
{
    /// <summary>Password of every demo account.</summary>
    public const string Password = "quantrac-demo";

    /// <summary>(user, role, province, facility, lab) of the demo accounts; the scopes match the simulated stations.</summary>
    public static readonly IReadOnlyList<(string User, string Role, string? Province, string? Facility, string? Lab)> Accounts =
    [
        ("admin", Roles.Admin, null, null, null),
        ("so-hn", Roles.ProvinceOperator, "HN", null, null),
        ("kiemtra1", Roles.Reviewer1, null, null, null),
        ("kiemtra2", Roles.Reviewer2, null, null, null),
        ("doanhnghiep", Roles.Enterprise, null, "F001", null),
        ("ptn", Roles.Laboratory, null, null, "L01"),
        ("dieuphoi", Roles.PtCoordinator, null, null, null),
    ];

    /// <summary>Creates the accounts when none exist; returns whether it did.</summary>
    public static async Task<bool> EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IAccountStore>();
        if ((await store.GetUsersAsync(ct)).Count > 0)
            return false;
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>();
        foreach (var (user, role, province, facility, lab) in Accounts)
            if (await UserAdministration.AddAsync(users, user, Password, role, province, facility, lab) is { } error)
                throw new InvalidOperationException(error);
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoAccounts));
        LogCreated(log, string.Join(", ", Accounts.Select(a => $"{a.User} ({a.Role})")), Password);
        var key = await ApiKeys.CreateStationKeyAsync(store, UploadStation, services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        LogUploadKey(log, UploadStation, key);
        return true;
    }

    /// <summary>Simulated station the demo upload key belongs to.</summary>
    public const string UploadStation = "SIM_F001_KHI001";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo upload key of station / Khoá tải tệp của trạm {Station}: {Key} (POST /api/v1/ingest/files, header X-Api-Key).")]
    static partial void LogUploadKey(ILogger logger, string station, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo accounts / Tài khoản thử: {Accounts} — password / mật khẩu: {Password}. Sign in at /console.")]
    static partial void LogCreated(ILogger logger, string accounts, string password);
}
