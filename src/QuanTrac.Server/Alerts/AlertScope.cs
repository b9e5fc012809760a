using System.Security.Claims;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Stations;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// Which alerts a caller may see: those of stations in its scope (<see cref="StationScope"/>). An alert of a station
/// not in the registry is placed by the province and facility read from its prefix (<c>TB_CAPH_…</c>).
/// </summary>
public sealed class AlertScope
{
    readonly ClaimsPrincipal _user;
    readonly Dictionary<string, Station> _stations;

    AlertScope(ClaimsPrincipal user, Dictionary<string, Station> stations)
    {
        _user = user;
        _stations = stations;
    }

    /// <summary>The scope of <paramref name="user"/> over the current registry.</summary>
    public static async Task<AlertScope> ForAsync(ClaimsPrincipal user, IQuanTracStore store, CancellationToken ct) =>
        new(user, (await store.GetStationsAsync(ct)).ToDictionary(s => s.Prefix, StringComparer.Ordinal));

    /// <summary>Whether the caller may see (and, with the manage policy, change) <paramref name="alert"/>.</summary>
    public bool CanSee(Alert alert) => CanSee(alert.Station);

    /// <summary>Whether the caller may see alerts of station <paramref name="prefix"/>.</summary>
    public bool CanSee(string prefix)
    {
        if (_stations.TryGetValue(prefix, out var s))
            return StationScope.CanSee(_user, s);
        var parts = prefix.Split('_');
        return StationScope.CanSee(_user, parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
