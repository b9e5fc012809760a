using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Reports;
using QuanTrac.Proficiency.Rounds;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// What every proficiency endpoint shares: bilingual problem details (the row and column of a bad sheet named),
/// the antiforgery check of changes made with a console cookie, and reading the one uploaded file.
/// </summary>
static class PtHttp
{
    /// <summary>Largest sheet accepted (a round of a few hundred laboratories is a few hundred kB).</summary>
    public const long MaxSheetBytes = 10 * 1024 * 1024;

    /// <summary>A bilingual problem; <paramref name="extra"/> adds fields such as <c>row</c> and <c>column</c>.</summary>
    public static IResult Problem(int status, BilingualMessage message, Dictionary<string, object?>? extra = null)
    {
        var extensions = extra ?? [];
        extensions["code"] = message.Code;
        extensions["vi"] = message.Vi;
        extensions["en"] = message.En;
        var title = status switch
        {
            404 => "Not found / Không tìm thấy",
            403 => "Not allowed / Không được phép",
            409 => "Not possible in this state / Không thực hiện được ở trạng thái này",
            _ => "Request refused / Yêu cầu bị từ chối",
        };
        return Results.Problem(statusCode: status, title: title, detail: message.ToString(), extensions: extensions);
    }

    /// <summary>
    /// Runs an action, turning the services' bilingual refusals into problem details: a bad sheet → 400 naming the row
    /// and column; an unknown round → 404; a published or not yet computed round → 409; any other set-up refusal → 400.
    /// </summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (TableInputException e)
        {
            return Problem(400, e.Problem with { Vi = Where(e, vi: true) + e.Problem.Vi, En = Where(e, vi: false) + e.Problem.En },
                new() { ["row"] = e.Row == 0 ? null : e.Row, ["column"] = e.Column });
        }
        catch (PtSetupException e)
        {
            var status = e.Problem.Code switch
            {
                "PT_UNKNOWN_ROUND" or "PT_UNKNOWN_SCHEME" or "PT_UNKNOWN_PARTICIPANT" => 404,
                "PT_ROUND_STATE" or "PT_ROUND_PUBLISHED" or "PT_NOT_COMPUTED" => 409,
                _ => 400,
            };
            return Problem(status, e.Problem);
        }
    }

    static string Where(TableInputException e, bool vi) => e.Row == 0 ? ""
        : (vi ? "Dòng " : "Row ") + e.Row.ToString(CultureInfo.InvariantCulture)
            + (e.Column is null ? ": " : vi ? $", cột '{e.Column}': " : $", column '{e.Column}': ");

    /// <summary>
    /// A change made with the console cookie must carry the antiforgery token (header <c>RequestVerificationToken</c> or
    /// form field <c>__af</c>), or a page of another site could make a signed-in coordinator's browser post it. Callers with
    /// an API key send no cookie and are not exposed. Null when the request may go on.
    /// </summary>
    public static async Task<IResult?> AntiforgeryAsync(HttpContext context)
    {
        if (context.User.Identity?.AuthenticationType != CookieAuthenticationDefaults.AuthenticationScheme)
            return null;
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(400, new("ANTIFORGERY", "Thiếu hoặc sai mã chống giả mạo (tiêu đề RequestVerificationToken, lấy từ một trang của bảng điều khiển).",
                "The antiforgery token is missing or wrong (header RequestVerificationToken, taken from a console page)."));
        }
        catch (InvalidOperationException)
        {
            return Problem(400, new("ANTIFORGERY", "Thiếu mã chống giả mạo.", "The antiforgery token is missing."));
        }
    }

    /// <summary>The one uploaded file of a multipart request (part <c>file</c>), or a problem.</summary>
    public static async Task<(string Name, byte[] Bytes, IResult? Problem)> FileAsync(HttpRequest request, CancellationToken ct)
    {
        var notMultipart = Problem(400, new("PT_NOT_MULTIPART", "Gửi tệp CSV hoặc XLSX dạng multipart/form-data, phần 'file'.",
            "Send the CSV or XLSX file as multipart/form-data, part 'file'."));
        if (!request.HasFormContentType)
            return ("", [], notMultipart);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return ("", [], notMultipart);
        }
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
            return ("", [], notMultipart);
        if (file.Length > MaxSheetBytes)
            return ("", [], Problem(413, new("PT_FILE_TOO_LARGE", "Tệp lớn hơn 10 MB.", "The file is larger than 10 MB.")));
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (file.FileName, buffer.ToArray(), null);
    }

    /// <summary>The laboratory identity of a laboratory account (the policy guarantees the claim).</summary>
    public static string Lab(ClaimsPrincipal user) => user.FindFirst(Accounts.Roles.LabClaim)!.Value;

    /// <summary>A round or participant report in <paramref name="format"/> (html, xlsx, csv); 400 for another format.</summary>
    public static IResult Report(RoundReport report, string? format, string fileStem) => (format ?? "html").ToLowerInvariant() switch
    {
        "html" => Results.Content(HtmlReport.Round(report), "text/html; charset=utf-8", System.Text.Encoding.UTF8),
        "csv" => Results.File(System.Text.Encoding.UTF8.GetBytes(CsvReport.Round(report)), "text/csv; charset=utf-8", fileStem + ".csv"),
        "xlsx" => Results.File(XlsxReport.Round(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileStem + ".xlsx"),
        _ => Problem(400, new("PT_FORMAT", "Định dạng phải là html, xlsx hoặc csv.", "The format must be html, xlsx or csv.")),
    };
}
