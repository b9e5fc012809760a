using System.Security.Cryptography;
using System.Text;

namespace QuanTrac.Server.Relay;

/// <summary>
/// The key provinces present to relay files. Only its SHA-256 is kept in memory once the server is built, and
/// a presented key is hashed and compared in fixed time, so neither its content nor its length leaks by timing.
/// </summary>
public sealed class RelayKey
{
    readonly byte[]? _hash;

    /// <summary>Keeps the hash of <paramref name="key"/>; null or empty means relayed files are not accepted.</summary>
    public RelayKey(string? key) => _hash = string.IsNullOrEmpty(key) ? null : Hash(key);

    /// <summary>Whether this instance accepts relayed files at all.</summary>
    public bool Enabled => _hash is not null;

    /// <summary>Whether <paramref name="presented"/> is the key.</summary>
    public bool Matches(string? presented) =>
        _hash is not null && presented is not null && CryptographicOperations.FixedTimeEquals(_hash, Hash(presented));

    static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
