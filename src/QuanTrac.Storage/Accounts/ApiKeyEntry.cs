namespace QuanTrac.Storage.Accounts;

/// <summary>A key a program (API client) or a station (file upload) presents; only its SHA-256 is stored.</summary>
/// <param name="Id">Stable id (GUID string); also the rate-limit partition of the key.</param>
/// <param name="Name">Client name, or the station prefix of an upload key.</param>
/// <param name="KeyHash">SHA-256 of the key, lower-case hex. Keys are 256-bit random, so a plain hash is enough (no salt or stretching needed).</param>
/// <param name="Role">Role the key acts with (e.g. <c>api-client</c>, <c>station</c>).</param>
/// <param name="Station">Station prefix an upload key is bound to, or null.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC), or null while valid.</param>
public sealed record ApiKeyEntry(string Id, string Name, string KeyHash, string Role, string? Station, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null);
