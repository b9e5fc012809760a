using System.Security.Claims;
using QuanTrac.Domain.Stations;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// Which stations a signed-in user may see and change. Scope comes from claims, whatever the role: a province
/// claim limits to that province, a facility claim to that facility (enterprise users), so a reviewer of one
/// province is limited the same way as its operator. A laboratory account sees no station.
/// </summary>
public static class StationScope
{
    /// <summary>Whether <paramref name="user"/> may see <paramref name="station"/>'s data and files.</summary>
    public static bool CanSee(ClaimsPrincipal user, Station station) => CanSee(user, station.Province, station.Facility);

    /// <summary>Same, by codes; <paramref name="facility"/> null when unknown (e.g. a quarantined file of an unregistered station).</summary>
    public static bool CanSee(ClaimsPrincipal user, string province, string? facility)
    {
        if (user.Identity?.IsAuthenticated != true || (user.IsInRole(Roles.Laboratory) && !user.IsInRole(Roles.Admin)))
            return false;
        if (user.FindFirst(Roles.ProvinceClaim)?.Value is { } p && !string.Equals(p, province, StringComparison.OrdinalIgnoreCase))
            return false;
        if (user.FindFirst(Roles.FacilityClaim)?.Value is { } f && !string.Equals(f, facility, StringComparison.OrdinalIgnoreCase))
            return false;
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.ProvinceOperator) || user.IsInRole(Roles.Reviewer1)
            || user.IsInRole(Roles.Reviewer2) || user.IsInRole(Roles.Enterprise) || user.IsInRole(Roles.ApiClient);
    }

    /// <summary>Whether <paramref name="user"/> may edit <paramref name="station"/>: admin, or a province operator of its province.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Station station) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.ProvinceOperator) && CanSee(user, station));

    /// <summary>Province code of a station prefix (<c>TB_CAPH_NUOSXL</c> → <c>TB</c>), for files whose station is not registered.</summary>
    public static string ProvinceOf(string prefix) => prefix.Split('_')[0];
}
