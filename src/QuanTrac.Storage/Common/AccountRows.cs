using System.Data.Common;
using Dapper;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Storage.Common;

/// <summary>
/// Users and API keys, with SQL both stores understand: instants are Unix milliseconds (bigint) in both, so
/// one piece of code serves SQLite and PostgreSQL. Small tables, read on sign-in and per keyed request.
/// </summary>
static class AccountRows
{
    sealed class UserRow
    {
        public string Id { get; set; } = "";
        public string UserName { get; set; } = "";
        public string NormalizedUserName { get; set; } = "";
        public string? PasswordHash { get; set; }
        public string SecurityStamp { get; set; } = "";
        public string Roles { get; set; } = "";
        public string? Province { get; set; }
        public string? Facility { get; set; }
        public string? Lab { get; set; }
        public long AccessFailedCount { get; set; }
        public long? LockoutEnd { get; set; }
        public long LockoutEnabled { get; set; }

        public UserAccount ToAccount() => new(Id, UserName, NormalizedUserName, PasswordHash, SecurityStamp,
            Roles.Split(',', StringSplitOptions.RemoveEmptyEntries), Province, Facility, Lab, (int)AccessFailedCount,
            LockoutEnd is { } end ? DateTimeOffset.FromUnixTimeMilliseconds(end) : null, LockoutEnabled != 0);
    }

    sealed class KeyRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string KeyHash { get; set; } = "";
        public string Role { get; set; } = "";
        public string? Station { get; set; }
        public long CreatedAt { get; set; }
        public long? RevokedAt { get; set; }

        public ApiKeyEntry ToEntry() => new(Id, Name, KeyHash, Role, Station, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt),
            RevokedAt is { } r ? DateTimeOffset.FromUnixTimeMilliseconds(r) : null);
    }

    const string UserColumns = """
        id AS Id, user_name AS UserName, normalized_user_name AS NormalizedUserName, password_hash AS PasswordHash,
        security_stamp AS SecurityStamp, roles AS Roles, province AS Province, facility AS Facility, lab AS Lab,
        access_failed_count AS AccessFailedCount, lockout_end AS LockoutEnd, lockout_enabled AS LockoutEnabled
        """;

    const string KeyColumns = "id AS Id, name AS Name, key_hash AS KeyHash, role AS Role, station AS Station, created_at AS CreatedAt, revoked_at AS RevokedAt";

    static object Parameters(UserAccount u) => new
    {
        u.Id,
        u.UserName,
        u.NormalizedUserName,
        u.PasswordHash,
        u.SecurityStamp,
        Roles = string.Join(',', u.Roles),
        u.Province,
        u.Facility,
        u.Lab,
        AccessFailedCount = (long)u.AccessFailedCount,
        LockoutEnd = u.LockoutEnd?.ToUnixTimeMilliseconds(),
        LockoutEnabled = u.LockoutEnabled ? 1L : 0L,
    };

    public static async Task<bool> CreateUserAsync(DbConnection c, UserAccount u, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO users(id, user_name, normalized_user_name, password_hash, security_stamp, roles, province, facility, lab,
                              access_failed_count, lockout_end, lockout_enabled)
            VALUES(@Id, @UserName, @NormalizedUserName, @PasswordHash, @SecurityStamp, @Roles, @Province, @Facility, @Lab,
                   @AccessFailedCount, @LockoutEnd, @LockoutEnabled)
            ON CONFLICT DO NOTHING
            """, Parameters(u), cancellationToken: ct)) == 1;

    public static Task UpdateUserAsync(DbConnection c, UserAccount u, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET user_name = @UserName, normalized_user_name = @NormalizedUserName, password_hash = @PasswordHash,
                security_stamp = @SecurityStamp, roles = @Roles, province = @Province, facility = @Facility, lab = @Lab,
                access_failed_count = @AccessFailedCount, lockout_end = @LockoutEnd, lockout_enabled = @LockoutEnabled
            WHERE id = @Id
            """, Parameters(u), cancellationToken: ct));

    public static Task DeleteUserAsync(DbConnection c, string id, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @id", new { id }, cancellationToken: ct));

    public static async Task<UserAccount?> FindUserAsync(DbConnection c, string column, string value, CancellationToken ct) =>
        (await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserColumns} FROM users WHERE {column} = @value", new { value }, cancellationToken: ct)))?.ToAccount();

    public static async Task<IReadOnlyList<UserAccount>> GetUsersAsync(DbConnection c, CancellationToken ct) =>
        [.. (await c.QueryAsync<UserRow>(new CommandDefinition($"SELECT {UserColumns} FROM users ORDER BY normalized_user_name", cancellationToken: ct)))
            .Select(r => r.ToAccount())];

    public static Task CreateApiKeyAsync(DbConnection c, ApiKeyEntry k, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO api_keys(id, name, key_hash, role, station, created_at, revoked_at)
            VALUES(@Id, @Name, @KeyHash, @Role, @Station, @CreatedAt, @RevokedAt)
            """, new { k.Id, k.Name, k.KeyHash, k.Role, k.Station, CreatedAt = k.CreatedAt.ToUnixTimeMilliseconds(), RevokedAt = k.RevokedAt?.ToUnixTimeMilliseconds() },
            cancellationToken: ct));

    public static async Task<ApiKeyEntry?> FindApiKeyAsync(DbConnection c, string keyHash, CancellationToken ct) =>
        (await c.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(
            $"SELECT {KeyColumns} FROM api_keys WHERE key_hash = @keyHash AND revoked_at IS NULL", new { keyHash }, cancellationToken: ct)))?.ToEntry();

    public static async Task<IReadOnlyList<ApiKeyEntry>> GetApiKeysAsync(DbConnection c, CancellationToken ct) =>
        [.. (await c.QueryAsync<KeyRow>(new CommandDefinition($"SELECT {KeyColumns} FROM api_keys ORDER BY created_at, id", cancellationToken: ct)))
            .Select(r => r.ToEntry())];

    public static async Task<bool> RevokeApiKeyAsync(DbConnection c, string id, DateTimeOffset at, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition("UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL",
            new { id, at = at.ToUnixTimeMilliseconds() }, cancellationToken: ct)) == 1;
}
