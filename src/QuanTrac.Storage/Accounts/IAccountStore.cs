namespace QuanTrac.Storage.Accounts;

/// <summary>
/// People who sign in to the console and the keys that programs and stations present. Kept apart from
/// <see cref="IQuanTracStore"/> because only the server needs it; both stores implement it (migration "accounts").
/// Secrets never reach the store in clear: passwords arrive hashed by ASP.NET Core Identity, keys as SHA-256.
/// </summary>
public interface IAccountStore
{
    /// <summary>Adds a user; false when its normalized name is taken (nothing changed).</summary>
    Task<bool> CreateUserAsync(UserAccount user, CancellationToken cancellationToken = default);

    /// <summary>Replaces a user's row (password hash, lockout counters, roles, scope) by id.</summary>
    Task UpdateUserAsync(UserAccount user, CancellationToken cancellationToken = default);

    /// <summary>Removes a user by id.</summary>
    Task DeleteUserAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The user with an id, or null.</summary>
    Task<UserAccount?> FindUserByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The user with a normalized (upper-case) name, or null.</summary>
    Task<UserAccount?> FindUserByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default);

    /// <summary>All users, by name.</summary>
    Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new key (its hash only).</summary>
    Task CreateApiKeyAsync(ApiKeyEntry key, CancellationToken cancellationToken = default);

    /// <summary>The unrevoked key whose SHA-256 (lower-case hex) is <paramref name="keyHash"/>, or null.</summary>
    Task<ApiKeyEntry?> FindApiKeyAsync(string keyHash, CancellationToken cancellationToken = default);

    /// <summary>All keys (hashes, never the keys), oldest first.</summary>
    Task<IReadOnlyList<ApiKeyEntry>> GetApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a key by id; false when no unrevoked key has it.</summary>
    Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
