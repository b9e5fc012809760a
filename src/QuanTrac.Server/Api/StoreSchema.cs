namespace QuanTrac.Server.Api;

/// <summary>The schema version the store was migrated to when the server started (what <c>/health</c> reports).</summary>
/// <param name="Version">Schema version number.</param>
public sealed record StoreSchema(int Version);
