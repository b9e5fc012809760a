using QuanTrac.Storage.Accounts;
using QuanTrac.Storage.Common;

namespace QuanTrac.Storage.Sqlite;

/// <summary>Users and API keys of the embedded store. Writes go through the one writer, like commits.</summary>
public sealed partial class SqliteStore : IAccountStore
{
    async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try { return await write(); }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public Task<bool> CreateUserAsync(UserAccount user, CancellationToken cancellationToken = default) =>
        WriteAsync(() => AccountRows.CreateUserAsync(_writer, user, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task UpdateUserAsync(UserAccount user, CancellationToken cancellationToken = default) =>
        WriteAsync(async () => { await AccountRows.UpdateUserAsync(_writer, user, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteUserAsync(string id, CancellationToken cancellationToken = default) =>
        WriteAsync(async () => { await AccountRows.DeleteUserAsync(_writer, id, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserByIdAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(c => AccountRows.FindUserAsync(c, "id", id, cancellationToken));

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        ReadAsync(c => AccountRows.FindUserAsync(c, "normalized_user_name", normalizedUserName, cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(c => AccountRows.GetUsersAsync(c, cancellationToken));

    /// <inheritdoc/>
    public Task CreateApiKeyAsync(ApiKeyEntry key, CancellationToken cancellationToken = default) =>
        WriteAsync(async () => { await AccountRows.CreateApiKeyAsync(_writer, key, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task<ApiKeyEntry?> FindApiKeyAsync(string keyHash, CancellationToken cancellationToken = default) =>
        ReadAsync(c => AccountRows.FindApiKeyAsync(c, keyHash, cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApiKeyEntry>> GetApiKeysAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(c => AccountRows.GetApiKeysAsync(c, cancellationToken));

    /// <inheritdoc/>
    public Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync(() => AccountRows.RevokeApiKeyAsync(_writer, id, at, cancellationToken), cancellationToken);
}
