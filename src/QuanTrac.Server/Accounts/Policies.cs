using Microsoft.AspNetCore.Authorization;

namespace QuanTrac.Server.Accounts;

/// <summary>
/// Authorization policy names, registered once by <see cref="AddQuanTracPolicies"/>. Scope (province, facility)
/// is checked per station by <see cref="StationScope"/>, since it depends on the station asked for.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person (console pages): every human role.</summary>
    public const string Console = "console";

    /// <summary>Edit the station registry: admin, or province operator (its own province, checked per station).</summary>
    public const string EditStations = "edit-stations";

    /// <summary>Send quarantined files through the intake again: admin, province operator.</summary>
    public const string Reingest = "reingest";

    /// <summary>First-level review decisions: reviewer-1, reviewer-2, admin.</summary>
    public const string ReviewLevel1 = "review-1";

    /// <summary>Second-level review decisions: reviewer-2, admin.</summary>
    public const string ReviewLevel2 = "review-2";

    /// <summary>Read alerts (list, live feed): operators (admin, province operator, enterprise) and reviewers; scope per station.</summary>
    public const string Alerts = "alerts";

    /// <summary>Acknowledge and resolve alerts: operators (admin, province operator, enterprise); scope per station.</summary>
    public const string ManageAlerts = "manage-alerts";

    /// <summary>Administration (users, keys): admin only.</summary>
    public const string Admin = "admin";

    /// <summary>Upload station files: a station upload key (the file's station is checked per file).</summary>
    public const string StationUpload = "station-upload";

    /// <summary>Proficiency-testing participant: a laboratory account.</summary>
    public const string Laboratory = "laboratory";

    /// <summary>Registers the policies.</summary>
    public static AuthorizationBuilder AddQuanTracPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Console, p => p.RequireRole(Roles.Admin, Roles.ProvinceOperator, Roles.Reviewer1, Roles.Reviewer2, Roles.Enterprise, Roles.Laboratory))
        .AddPolicy(EditStations, p => p.RequireRole(Roles.Admin, Roles.ProvinceOperator))
        .AddPolicy(Reingest, p => p.RequireRole(Roles.Admin, Roles.ProvinceOperator))
        .AddPolicy(ReviewLevel1, p => p.RequireRole(Roles.Admin, Roles.Reviewer1, Roles.Reviewer2))
        .AddPolicy(ReviewLevel2, p => p.RequireRole(Roles.Admin, Roles.Reviewer2))
        .AddPolicy(Alerts, p => p.RequireRole(Roles.Admin, Roles.ProvinceOperator, Roles.Enterprise, Roles.Reviewer1, Roles.Reviewer2))
        .AddPolicy(ManageAlerts, p => p.RequireRole(Roles.Admin, Roles.ProvinceOperator, Roles.Enterprise))
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(StationUpload, p => p.RequireRole(Roles.Station).RequireClaim(Roles.StationClaim))
        .AddPolicy(Laboratory, p => p.RequireRole(Roles.Laboratory).RequireClaim(Roles.LabClaim));
}
