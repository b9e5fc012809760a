namespace QuanTrac.Server.Http;

/// <summary>
/// Checks identifiers in URLs before they reach the store, so that a malformed one is a 400, never a 500 and
/// never a query with control characters or a 10 kB key.
/// </summary>
public static class Identifiers
{
    /// <summary>True for 1–100 ASCII letters, digits, <c>_</c>, <c>-</c> or <c>.</c> (station prefixes are file-name parts).</summary>
    public static bool IsStationId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 100)
            return false;
        foreach (var c in id)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                return false;
        return true;
    }
}
