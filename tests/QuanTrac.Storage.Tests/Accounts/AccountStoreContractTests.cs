using QuanTrac.Storage.Accounts;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Accounts;

/// <summary>Users and API keys, the same behaviour in both stores.</summary>
public abstract class AccountStoreContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    static readonly DateTimeOffset T0 = Some.Time;

    protected IQuanTracStore Store { get; private set; } = null!;
    IAccountStore Accounts => (IAccountStore)Store;

    /// <summary>The database under the store (a new one per test).</summary>
    protected TDatabase Database { get; } = new();


    public async Task InitializeAsync()
    {
        Store = await Database.CreateStoreAsync();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }

    static UserAccount User(string name, params string[] roles) =>
        new(Guid.NewGuid().ToString(), name, name.ToUpperInvariant(), "hash-" + name, "stamp", roles);

    [SkippableFact]
    public async Task CreateUser_ThenFind_RoundTripsEveryField()
    {
        var user = User("hoa", "province-operator", "reviewer-1") with
        {
            Province = "TB", Facility = "CAPH", Lab = "L07", AccessFailedCount = 2, LockoutEnd = T0, LockoutEnabled = true,
        };
        Assert.True(await Accounts.CreateUserAsync(user));
        var byName = await Accounts.FindUserByNameAsync("HOA");
        var byId = await Accounts.FindUserByIdAsync(user.Id);
        Assert.NotNull(byName);
        Assert.Equal(user.Roles, byName.Roles);
        Assert.Equal(user with { Roles = byName.Roles }, byName);
        Assert.Equal(byName with { Roles = user.Roles }, byId! with { Roles = user.Roles });
    }

    [SkippableFact]
    public async Task CreateUser_NameTaken_ReturnsFalseAndKeepsFirst()
    {
        var first = User("an", "admin");
        Assert.True(await Accounts.CreateUserAsync(first));
        Assert.False(await Accounts.CreateUserAsync(User("an", "enterprise")));
        Assert.Equal(first.Id, (await Accounts.FindUserByNameAsync("AN"))!.Id);
        Assert.Single(await Accounts.GetUsersAsync());
    }

    [SkippableFact]
    public async Task UpdateUser_LockoutAndPassword_AreStored()
    {
        var user = User("binh", "reviewer-2");
        await Accounts.CreateUserAsync(user);
        var changed = user with { PasswordHash = "new", AccessFailedCount = 0, LockoutEnd = T0.AddMinutes(5), Roles = ["admin"] };
        await Accounts.UpdateUserAsync(changed);
        var read = await Accounts.FindUserByIdAsync(user.Id);
        Assert.Equal(("new", T0.AddMinutes(5), "admin"), (read!.PasswordHash, read.LockoutEnd, Assert.Single(read.Roles)));
        await Accounts.DeleteUserAsync(user.Id);
        Assert.Null(await Accounts.FindUserByIdAsync(user.Id));
    }

    [SkippableFact]
    public async Task FindUser_Unknown_ReturnsNull()
    {
        Assert.Null(await Accounts.FindUserByNameAsync("NOBODY"));
        Assert.Null(await Accounts.FindUserByIdAsync("not-an-id"));
    }

    [SkippableFact]
    public async Task ApiKey_CreateFindRevoke_RevokedIsNotFound()
    {
        var key = new ApiKeyEntry("k1", "TB_CAPH_NUOSXL", new string('a', 64), "station", "TB_CAPH_NUOSXL", T0);
        await Accounts.CreateApiKeyAsync(key);
        await Accounts.CreateApiKeyAsync(new ApiKeyEntry("k2", "portal-mirror", new string('b', 64), "api-client", null, T0.AddSeconds(1)));
        Assert.Equal(key, await Accounts.FindApiKeyAsync(new string('a', 64)));
        Assert.Null(await Accounts.FindApiKeyAsync(new string('c', 64)));

        Assert.True(await Accounts.RevokeApiKeyAsync("k1", T0.AddMinutes(1)));
        Assert.False(await Accounts.RevokeApiKeyAsync("k1", T0.AddMinutes(2)));
        Assert.Null(await Accounts.FindApiKeyAsync(new string('a', 64)));
        var all = await Accounts.GetApiKeysAsync();
        Assert.Equal(["k1", "k2"], all.Select(k => k.Id));
        Assert.Equal(T0.AddMinutes(1), all[0].RevokedAt);
    }
}

public sealed class SqliteAccountStoreTests : AccountStoreContractTests<SqliteTestDatabase>;

public sealed class PostgresAccountStoreTests : AccountStoreContractTests<PostgresTestDatabase>;
