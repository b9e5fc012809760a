using Microsoft.AspNetCore.Identity;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// ASP.NET Core Identity's view of the QuanTrac store, so that <c>UserManager</c> does the hashing (PBKDF2),
/// lockout counting and normalization, and the rows live in SQLite or PostgreSQL like everything else.
/// </summary>
public sealed class QuanTracUserStore(IAccountStore accounts) :
    IUserPasswordStore<QuanTracUser>, IUserLockoutStore<QuanTracUser>, IUserRoleStore<QuanTracUser>, IUserSecurityStampStore<QuanTracUser>
{
    public async Task<IdentityResult> CreateAsync(QuanTracUser user, CancellationToken cancellationToken) =>
        await accounts.CreateUserAsync(user.ToAccount(), cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = $"User '{user.UserName}' exists. / Người dùng '{user.UserName}' đã có." });

    public async Task<IdentityResult> UpdateAsync(QuanTracUser user, CancellationToken cancellationToken)
    {
        await accounts.UpdateUserAsync(user.ToAccount(), cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(QuanTracUser user, CancellationToken cancellationToken)
    {
        await accounts.DeleteUserAsync(user.Id, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<QuanTracUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        await accounts.FindUserByIdAsync(userId, cancellationToken) is { } a ? QuanTracUser.From(a) : null;

    public async Task<QuanTracUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        await accounts.FindUserByNameAsync(normalizedUserName, cancellationToken) is { } a ? QuanTracUser.From(a) : null;

    public Task<string> GetUserIdAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);
    public Task<string?> GetNormalizedUserNameAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetUserNameAsync(QuanTracUser user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task SetNormalizedUserNameAsync(QuanTracUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(QuanTracUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);
    public Task<bool> HasPasswordAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(QuanTracUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(QuanTracUser user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(QuanTracUser user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task AddToRoleAsync(QuanTracUser user, string roleName, CancellationToken cancellationToken)
    {
        // UserManager hands normalized (upper-case) names; roles are stored in their canonical lower-case spelling.
        var role = Canonical(roleName);
        if (!user.Roles.Contains(role, StringComparer.Ordinal))
            user.Roles.Add(role);
        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(QuanTracUser user, string roleName, CancellationToken cancellationToken)
    {
        user.Roles.Remove(Canonical(roleName));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([.. user.Roles]);

    public Task<bool> IsInRoleAsync(QuanTracUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Roles.Contains(Canonical(roleName), StringComparer.Ordinal));

    public async Task<IList<QuanTracUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        [.. (await accounts.GetUsersAsync(cancellationToken)).Where(u => u.Roles.Contains(Canonical(roleName), StringComparer.Ordinal)).Select(QuanTracUser.From)];

    public Task SetSecurityStampAsync(QuanTracUser user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(QuanTracUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    /// <summary>The known role spelled as in <see cref="Roles"/>, whatever its case.</summary>
    static string Canonical(string role) => Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown role '{role}'. / Không có vai trò '{role}'.", nameof(role));

    public void Dispose()
    {
        // Nothing held: the account store outlives this Identity store.
    }
}
