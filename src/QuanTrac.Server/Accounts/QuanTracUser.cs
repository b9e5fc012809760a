using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// The user as ASP.NET Core Identity handles it: mutable, because <c>UserManager</c> changes a user through its
/// store one field at a time before saving. Converted to and from the store's <see cref="UserAccount"/>.
/// </summary>
public sealed class QuanTracUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString();
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public List<string> Roles { get; set; } = [];
    public string? Province { get; set; }
    public string? Facility { get; set; }
    public string? Lab { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public bool LockoutEnabled { get; set; } = true;

    public UserAccount ToAccount() => new(Id, UserName, NormalizedUserName, PasswordHash, SecurityStamp, [.. Roles], Province, Facility, Lab,
        AccessFailedCount, LockoutEnd, LockoutEnabled);

    public static QuanTracUser From(UserAccount a) => new()
    {
        Id = a.Id, UserName = a.UserName, NormalizedUserName = a.NormalizedUserName, PasswordHash = a.PasswordHash,
        SecurityStamp = a.SecurityStamp, Roles = [.. a.Roles], Province = a.Province, Facility = a.Facility, Lab = a.Lab,
        AccessFailedCount = a.AccessFailedCount, LockoutEnd = a.LockoutEnd, LockoutEnabled = a.LockoutEnabled,
    };
}
