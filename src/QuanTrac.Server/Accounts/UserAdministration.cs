using Microsoft.AspNetCore.Identity;

namespace QuanTrac.Server.Accounts;

/// <summary>Adds people with a role and the scope the role needs (CLI <c>users add</c> and the demo accounts).</summary>
public static class UserAdministration
{
    /// <summary>Creates the user; returns null on success, else a bilingual error naming the field.</summary>
    public static async Task<string?> AddAsync(UserManager<QuanTracUser> users, string userName, string password, string role,
        string? province = null, string? facility = null, string? lab = null)
    {
        if (!Roles.People.Contains(role, StringComparer.Ordinal))
            return $"--role: unknown role '{role}'; one of {string.Join(", ", Roles.People)}. / --role: không có vai trò '{role}'; chọn một trong {string.Join(", ", Roles.People)}.";
        if (role == Roles.ProvinceOperator && string.IsNullOrWhiteSpace(province))
            return "--province: a province operator needs its province code, e.g. --province TB. / --province: cán bộ Sở cần mã tỉnh, ví dụ --province TB.";
        if (role == Roles.Enterprise && string.IsNullOrWhiteSpace(facility))
            return "--facility: an enterprise user needs its facility code, e.g. --facility CAPH. / --facility: người dùng doanh nghiệp cần mã cơ sở, ví dụ --facility CAPH.";
        if (role == Roles.Laboratory && string.IsNullOrWhiteSpace(lab))
            return "--lab: a laboratory needs its participant code, e.g. --lab L07. / --lab: phòng thí nghiệm cần mã tham gia, ví dụ --lab L07.";
        var user = new QuanTracUser
        {
            UserName = userName,
            Province = Blank(province)?.ToUpperInvariant(),
            Facility = Blank(facility)?.ToUpperInvariant(),
            Lab = Blank(lab),
        };
        user.Roles.Add(role);
        var result = await users.CreateAsync(user, password);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => Describe(e)));
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static string Describe(IdentityError e) => e.Code switch
    {
        "PasswordTooShort" => "Password: at least 10 characters. / Mật khẩu: ít nhất 10 ký tự.",
        "InvalidUserName" => "--user: letters, digits, '-', '.', '_' or '@' only. / --user: chỉ gồm chữ cái, chữ số, '-', '.', '_' hoặc '@'.",
        "DuplicateUserName" => "--user: this name is taken. / --user: tên này đã có.",
        _ => e.Description,
    };
}
