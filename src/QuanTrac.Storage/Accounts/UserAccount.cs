namespace QuanTrac.Storage.Accounts;

/// <summary>A person who signs in to the console.</summary>
/// <param name="Id">Stable id (a GUID string, what ASP.NET Core Identity keys users by).</param>
/// <param name="UserName">Name as typed when created.</param>
/// <param name="NormalizedUserName">Upper-case name used for look-ups, unique.</param>
/// <param name="PasswordHash">ASP.NET Core Identity password hash (PBKDF2), or null when none is set.</param>
/// <param name="SecurityStamp">Changes whenever credentials change, so older cookies can be told apart.</param>
/// <param name="Roles">Role names (see <c>QuanTrac.Server.Accounts.Roles</c>).</param>
/// <param name="Province">Province code a province operator (or enterprise user) is limited to, or null.</param>
/// <param name="Facility">Facility code an enterprise user is limited to, or null.</param>
/// <param name="Lab">Proficiency-testing participant code of a laboratory user, or null.</param>
/// <param name="AccessFailedCount">Consecutive failed sign-ins since the last success or lockout.</param>
/// <param name="LockoutEnd">Signed-in refused until this instant (UTC), or null.</param>
/// <param name="LockoutEnabled">Whether failures lock this account out.</param>
public sealed record UserAccount(
    string Id,
    string UserName,
    string NormalizedUserName,
    string? PasswordHash,
    string SecurityStamp,
    IReadOnlyList<string> Roles,
    string? Province = null,
    string? Facility = null,
    string? Lab = null,
    int AccessFailedCount = 0,
    DateTimeOffset? LockoutEnd = null,
    bool LockoutEnabled = true);
