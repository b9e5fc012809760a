namespace QuanTrac.Server.Accounts;

/// <summary>
/// Role names and the claims that scope them — one place, so every feature names them the same way
/// (<c>.RequireAuthorization(Policies.X)</c>, <c>user.IsInRole(Roles.Admin)</c>).
/// </summary>
public static class Roles
{
    /// <summary>Administrator: everything, every province.</summary>
    public const string Admin = "admin";

    /// <summary>Provincial department operator, limited to the province in <see cref="ProvinceClaim"/>.</summary>
    public const string ProvinceOperator = "province-operator";

    /// <summary>Data reviewer, first level.</summary>
    public const string Reviewer1 = "reviewer-1";

    /// <summary>Data reviewer, second level (confirms level 1).</summary>
    public const string Reviewer2 = "reviewer-2";

    /// <summary>Facility environment officer, limited to the stations of the facility in <see cref="FacilityClaim"/>.</summary>
    public const string Enterprise = "enterprise";

    /// <summary>A program reading the API with a key (higher rate limits than anonymous clients).</summary>
    public const string ApiClient = "api-client";

    /// <summary>A proficiency-testing participant laboratory; its participant code is in <see cref="LabClaim"/>.</summary>
    public const string Laboratory = "laboratory";

    /// <summary>
    /// Proficiency-testing coordinator (the ISO/IEC 17043 provider's staff): runs rounds and sees which laboratory hides
    /// behind each anonymous code; sees no station data.
    /// </summary>
    public const string PtCoordinator = "pt-coordinator";

    /// <summary>A station's upload key (not a person): may only upload files of the station in <see cref="StationClaim"/>.</summary>
    public const string Station = "station";

    /// <summary>Roles a person can hold (what <c>quantrac users add --role</c> accepts).</summary>
    public static readonly IReadOnlyList<string> People = [Admin, ProvinceOperator, Reviewer1, Reviewer2, Enterprise, ApiClient, Laboratory, PtCoordinator];

    /// <summary>Every role, people and station keys.</summary>
    public static readonly IReadOnlyList<string> All = [.. People, Station];

    /// <summary>Claim: province code (e.g. <c>TB</c>) a user is limited to.</summary>
    public const string ProvinceClaim = "quantrac:province";

    /// <summary>Claim: facility code (e.g. <c>CAPH</c>) an enterprise user is limited to.</summary>
    public const string FacilityClaim = "quantrac:facility";

    /// <summary>Claim: proficiency-testing participant code of a laboratory user.</summary>
    public const string LabClaim = "quantrac:lab";

    /// <summary>Claim: station prefix an upload key is bound to.</summary>
    public const string StationClaim = "quantrac:station";

    /// <summary>Claim: id of the API key a request was authenticated with (its rate-limit partition).</summary>
    public const string ApiKeyIdClaim = "quantrac:api-key";
}
