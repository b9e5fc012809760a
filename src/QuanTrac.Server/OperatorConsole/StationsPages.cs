using System.Globalization;
using QuanTrac.Domain.Stations;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Intake;
using QuanTrac.Storage;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// <c>/console/stations</c>: the registry the user may see; admins and province operators (in their province)
/// edit names, position, interval and how the station's files are read. Parameter mappings stay with <c>quantrac stations import</c>.
/// </summary>
static class StationsPages
{
    public static async Task<IResult> ListAsync(HttpContext context, IQuanTracStore store, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var stations = (await store.GetStationsAsync(ct)).Where(s => StationScope.CanSee(context.User, s)).ToList();
        page.Add($"""
            <table><thead><tr><th scope="col">{page.T("Mã trạm", "Station id")}</th><th scope="col">{page.T("Tên", "Name")}</th><th scope="col">{page.T("Loại", "Type")}</th>
            <th scope="col">{page.T("Tỉnh", "Province")}</th><th scope="col">{page.T("Cơ sở", "Facility")}</th><th scope="col">{page.T("Vị trí", "Location")}</th><th scope="col">{page.T("Chu kỳ (phút)", "Interval (min)")}</th><th scope="col"></th></tr></thead><tbody>
            """);
        foreach (var s in stations)
        {
            var edit = StationScope.CanEdit(context.User, s) ? $"""<a href="/console/stations/{Uri.EscapeDataString(s.Prefix)}/edit">{page.T("Sửa", "Edit")}</a>""" : "";
            page.Add(string.Create(CultureInfo.InvariantCulture, $"""
                <tr><td>{ConsolePage.E(s.Prefix)}</td><td>{ConsolePage.E(page.English ? s.NameEn : s.NameVi)}</td><td>{s.Type}</td><td>{ConsolePage.E(s.Province)}</td>
                <td>{ConsolePage.E(s.Facility)}</td><td>{(s.Location is { } p ? $"{p.Latitude}, {p.Longitude}" : "—")}</td><td>{s.ExpectedInterval.TotalMinutes}</td><td>{edit}</td></tr>
                """));
        }
        page.Add("</tbody></table>");
        return page.Result(page.T("Danh mục trạm", "Station registry"));
    }

    public static async Task<IResult> EditFormAsync(HttpContext context, string id, IQuanTracStore store, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        var (station, refusal) = await FindEditableAsync(context, page, id, store, ct);
        return refusal ?? Form(page, station!, null, 200);
    }

    public static async Task<IResult> SaveAsync(HttpContext context, string id, IQuanTracStore store, IntakeService intake, CancellationToken ct)
    {
        var page = new ConsolePage(context);
        if (await ConsoleForms.ReadAsync(context) is not { } form)
            return ConsoleForms.AntiforgeryFailed(page);
        var (station, refusal) = await FindEditableAsync(context, page, id, store, ct);
        if (refusal is not null)
            return refusal;
        var errors = new List<string>();
        var nameVi = form["nameVi"].ToString().Trim();
        var nameEn = form["nameEn"].ToString().Trim();
        if (nameVi.Length is 0 or > 200)
            errors.Add(page.T("Tên tiếng Việt: bắt buộc, tối đa 200 ký tự.", "Vietnamese name: required, at most 200 characters."));
        if (nameEn.Length is 0 or > 200)
            errors.Add(page.T("Tên tiếng Anh: bắt buộc, tối đa 200 ký tự.", "English name: required, at most 200 characters."));
        GeoPoint? location = null;
        var latText = form["latitude"].ToString().Trim();
        var lonText = form["longitude"].ToString().Trim();
        if (latText.Length > 0 || lonText.Length > 0)
        {
            if (!double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                || !double.TryParse(lonText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                errors.Add(page.T("Vĩ độ/kinh độ: số thập phân dùng dấu chấm, vĩ độ −90…90, kinh độ −180…180 (hoặc để trống cả hai).",
                    "Latitude/longitude: decimal numbers with a point, latitude −90…90, longitude −180…180 (or both empty)."));
            else
                location = new GeoPoint(lat, lon);
        }
        if (!int.TryParse(form["interval"].ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 1440)
            errors.Add(page.T("Chu kỳ truyền: số phút nguyên 1…1440.", "Transmission interval: whole minutes 1…1440."));
        var province = station!.Province;
        if (context.User.IsInRole(Roles.Admin) && form["province"].ToString().Trim() is { Length: > 0 } p)
        {
            if (p.Length > 10 || !p.All(char.IsAsciiLetterOrDigit))
                errors.Add(page.T("Mã tỉnh: tối đa 10 chữ cái hoặc chữ số.", "Province code: at most 10 letters or digits."));
            province = p.ToUpperInvariant();
        }
        var reading = new StationFileReading(form["strict"] == "on", form["decimalComma"] == "on", form["legacyName"] == "on");
        errors.AddRange(reading.Problems(station.Prefix).Select(p => page.T(p.Vi, p.En)));
        var changed = station with
        {
            NameVi = nameVi, NameEn = nameEn, Location = location, ExpectedInterval = TimeSpan.FromMinutes(Math.Max(minutes, 1)), Province = province,
            Reading = reading == StationFileReading.Default ? null : reading,
        };
        if (errors.Count > 0)
            return Form(page, changed, errors, 400);
        await store.SaveStationAsync(changed, ct);
        // The running intake reads the station's next files with the new settings and mapping.
        intake.Pipeline?.InvalidateStation(changed.Prefix);
        return Results.Redirect("/console/stations");
    }

    static async Task<(Station?, IResult?)> FindEditableAsync(HttpContext context, ConsolePage page, string id, IQuanTracStore store, CancellationToken ct)
    {
        var station = id.Length <= 200 ? await store.GetStationAsync(id, ct) : null;
        if (station is null || !StationScope.CanSee(context.User, station))
        {
            // A station outside the user's scope is answered like an unknown one: its existence is not disclosed.
            page.Add($"""<p class="msg err" role="alert">{ConsolePage.E(page.T($"Không có trạm '{id}'.", $"No station '{id}'."))}</p>""");
            return (null, page.Result(page.T("Không có trạm", "Unknown station"), 404));
        }
        if (!StationScope.CanEdit(context.User, station))
        {
            page.Add($"""<p class="msg err" role="alert">{page.T("Vai trò của bạn không được sửa trạm này.", "Your role may not edit this station.")}</p>""");
            return (null, page.Result(page.T("Không được phép", "Not allowed"), 403));
        }
        return (station, null);
    }

    static string Checked(bool? on) => on == true ? " checked" : "";

    static IResult Form(ConsolePage page, Station s, List<string>? errors, int status)
    {
        if (errors is { Count: > 0 })
            page.Add($"""<div class="msg err" role="alert"><ul>{string.Concat(errors.Select(e => $"<li>{ConsolePage.E(e)}</li>"))}</ul></div>""");
        var admin = page.T("chỉ quản trị viên", "administrators only");
        page.Add(string.Create(CultureInfo.InvariantCulture, $"""
            <form method="post" action="/console/stations/{Uri.EscapeDataString(s.Prefix)}">{page.AntiforgeryField()}
            <label for="nameVi">{page.T("Tên tiếng Việt", "Vietnamese name")}</label><input id="nameVi" name="nameVi" value="{ConsolePage.E(s.NameVi)}" required maxlength="200" size="60">
            <label for="nameEn">{page.T("Tên tiếng Anh", "English name")}</label><input id="nameEn" name="nameEn" value="{ConsolePage.E(s.NameEn)}" required maxlength="200" size="60">
            <label for="province">{page.T("Mã tỉnh", "Province code")} ({admin})</label><input id="province" name="province" value="{ConsolePage.E(s.Province)}" maxlength="10">
            <label for="latitude">{page.T("Vĩ độ", "Latitude")}</label><input id="latitude" name="latitude" inputmode="decimal" value="{s.Location?.Latitude}">
            <label for="longitude">{page.T("Kinh độ", "Longitude")}</label><input id="longitude" name="longitude" inputmode="decimal" value="{s.Location?.Longitude}">
            <label for="interval">{page.T("Chu kỳ truyền (phút)", "Transmission interval (minutes)")}</label><input id="interval" name="interval" inputmode="numeric" value="{s.ExpectedInterval.TotalMinutes}">
            <fieldset><legend>{page.T("Đọc tệp của trạm", "Reading the station's files")}</legend>
            <label><input type="checkbox" name="strict"{Checked(s.Reading?.Strict)}> {page.T("Chế độ nghiêm ngặt: loại cả tệp khi có dòng sai", "Strict mode: reject the whole file when a line is malformed")}</label>
            <label><input type="checkbox" name="decimalComma"{Checked(s.Reading?.DecimalComma)}> {page.T("Chấp nhận dấu phẩy thập phân (7,12)", "Accept a decimal comma (7,12)")}</label>
            <label><input type="checkbox" name="legacyName"{Checked(s.Reading?.LegacyName)}> {ConsolePage.E(page.T("Tên tệp kiểu cũ: <Tên><yyyyMMddHHmmss>.txt", "Legacy file names: <Name><yyyyMMddHHmmss>.txt"))}</label>
            </fieldset>
            <p><button>{page.T("Lưu", "Save")}</button> <a href="/console/stations">{page.T("Huỷ", "Cancel")}</a></p></form>
            """));
        return page.Result($"{page.T("Sửa trạm", "Edit station")} {s.Prefix}", status);
    }
}
