using Npgsql;
using QuanTrac.Storage.Accounts;
using QuanTrac.Storage.Common;

namespace QuanTrac.Storage.Postgres;

/// <summary>Users and API keys of the server store.</summary>
public sealed partial class PostgresStore : IAccountStore
{
    async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        await using var c = await _source.OpenConnectionAsync(ct);
        return await work(c);
    }

    /// <inheritdoc/>
    public Task<bool> CreateUserAsync(UserAccount user, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.CreateUserAsync(c, user, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task UpdateUserAsync(UserAccount user, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async c => { await AccountRows.UpdateUserAsync(c, user, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteUserAsync(string id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async c => { await AccountRows.DeleteUserAsync(c, id, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserByIdAsync(string id, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.FindUserAsync(c, "id", id, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<UserAccount?> FindUserByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.FindUserAsync(c, "normalized_user_name", normalizedUserName, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<UserAccount>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.GetUsersAsync(c, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task CreateApiKeyAsync(ApiKeyEntry key, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async c => { await AccountRows.CreateApiKeyAsync(c, key, cancellationToken); return 0; }, cancellationToken);

    /// <inheritdoc/>
    public Task<ApiKeyEntry?> FindApiKeyAsync(string keyHash, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.FindApiKeyAsync(c, keyHash, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApiKeyEntry>> GetApiKeysAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.GetApiKeysAsync(c, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(c => AccountRows.RevokeApiKeyAsync(c, id, at, cancellationToken), cancellationToken);
}
