using System.Security.Claims;
using QuanTrac.Domain.Review;
using QuanTrac.Server.Accounts;

namespace QuanTrac.Server.Review;

/// <summary>
/// Who may record which review action, by account (the API and the console decide the same way). The level follows the
/// role: reviewer-1 works at level 1, reviewer-2 at level 2 (and may also do level 1, as <see cref="Policies.ReviewLevel1"/>
/// allows), an administrator names the level. The user of the action is always the signed-in account, so the separation
/// of duties of <see cref="ReviewPolicy"/> (level 2 not by a level-1 user of the same data) holds between accounts.
/// Station scope (province, facility) is checked by the caller with <see cref="StationScope"/>.
/// </summary>
public static class ReviewAccess
{
    /// <summary>The level the action is recorded at, or a bilingual refusal (status 400 or 403).</summary>
    /// <param name="user">The caller.</param>
    /// <param name="kind">The action.</param>
    /// <param name="asked">The level the caller asked for, or null for the role's own level.</param>
    public static (int Level, int Status, string? Error) Decide(ClaimsPrincipal user, ReviewActionKind kind, int? asked)
    {
        var admin = user.IsInRole(Roles.Admin);
        var second = user.IsInRole(Roles.Reviewer2);
        var first = user.IsInRole(Roles.Reviewer1);
        if (kind == ReviewActionKind.Reopen)
            return admin || second ? (2, 200, null)
                : (0, 403, "Only a level-2 reviewer or an administrator may reopen approved data. / Chỉ người kiểm duyệt cấp 2 hoặc quản trị viên được mở lại số liệu đã phê duyệt.");
        int level;
        if (asked is { } a)
            level = a;
        else if (second && !admin)
            level = 2;
        else if (first && !admin)
            level = 1;
        else
            return (0, 400, "level is required (1 or 2) for an administrator. / Quản trị viên cần chỉ rõ cấp kiểm duyệt (level 1 hoặc 2).");
        if (level is not (1 or 2))
            return (0, 400, "level must be 1 or 2. / level phải là 1 hoặc 2.");
        var allowed = level == 1 ? admin || first || second : admin || second;
        return allowed ? (level, 200, null)
            : (0, 403, level == 2
                ? "Level 2 needs the reviewer-2 role (or admin). / Cấp 2 cần vai trò reviewer-2 (hoặc quản trị viên)."
                : "Level 1 needs a reviewer role (or admin). / Cấp 1 cần vai trò người kiểm duyệt (hoặc quản trị viên).");
    }

    /// <summary>Levels the user may pick in the console (empty: none).</summary>
    public static IReadOnlyList<int> Levels(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Reviewer2) ? [1, 2] : user.IsInRole(Roles.Reviewer1) ? [1] : [];

    /// <summary>The level preselected in the console: the role's own level.</summary>
    public static int DefaultLevel(ClaimsPrincipal user) => user.IsInRole(Roles.Reviewer2) && !user.IsInRole(Roles.Admin) ? 2 : 1;

    /// <summary>HTTP status of a policy refusal: unknown station/parameter 404, separation of duties 403, state conflicts 409, else 400.</summary>
    public static int StatusOf(ReviewRefusedException e) => e.Code switch
    {
        "UNKNOWN_STATION" or "UNKNOWN_PARAMETER" => 404,
        "SAME_USER_BOTH_LEVELS" => 403,
        "LOCKED" or "LEVEL1_FIRST" or "NOT_LOCKED" => 409,
        _ => 400,
    };
}
