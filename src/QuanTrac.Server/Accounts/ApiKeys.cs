using System.Security.Cryptography;
using System.Text;
using QuanTrac.Storage.Accounts;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// API keys and per-station upload keys: 256 random bits shown once, only their SHA-256 kept. A plain hash is
/// enough because a key cannot be guessed (unlike a password, it needs no salt or slow hashing).
/// </summary>
public static class ApiKeys
{
    /// <summary>Request header that carries a key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>Stores a new key for a client (role <see cref="Roles.ApiClient"/> unless given) and returns it in clear, once.</summary>
    public static Task<string> CreateClientKeyAsync(IAccountStore store, string client, DateTimeOffset now, string role = Roles.ApiClient, CancellationToken ct = default) =>
        CreateAsync(store, client, role, null, now, ct);

    /// <summary>Stores a new upload key bound to a station prefix and returns it in clear, once.</summary>
    public static Task<string> CreateStationKeyAsync(IAccountStore store, string station, DateTimeOffset now, CancellationToken ct = default) =>
        CreateAsync(store, station, Roles.Station, station, now, ct);

    static async Task<string> CreateAsync(IAccountStore store, string name, string role, string? station, DateTimeOffset now, CancellationToken ct)
    {
        var key = "qt_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        await store.CreateApiKeyAsync(new ApiKeyEntry(Guid.NewGuid().ToString(), name, Hash(key), role, station, now), ct);
        return key;
    }

    /// <summary>SHA-256 of a presented key, lower-case hex (the store's look-up value).</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
