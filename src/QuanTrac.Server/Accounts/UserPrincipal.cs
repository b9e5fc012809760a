using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace QuanTrac.Server.Accounts;

/// <summary>The cookie principal of a signed-in person: name, roles and scope claims, read from the store at sign-in.</summary>
public static class UserPrincipal
{
    /// <summary>Claim holding the security stamp at sign-in (compared with the store's on every request).</summary>
    public const string StampClaim = "quantrac:stamp";

    public static ClaimsPrincipal Create(QuanTracUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(StampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.Province is { } p)
            claims.Add(new Claim(Roles.ProvinceClaim, p));
        if (user.Facility is { } f)
            claims.Add(new Claim(Roles.FacilityClaim, f));
        if (user.Lab is { } l)
            claims.Add(new Claim(Roles.LabClaim, l));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
