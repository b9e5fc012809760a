using System.Globalization;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Relay;

namespace QuanTrac.Server.Upload;

/// <summary>
/// <c>POST /api/v1/ingest/files</c>: stations that cannot use FTP upload their files (multipart, one or more
/// <c>file</c> parts) with their upload key in <c>X-Api-Key</c>. Every file's name must carry the key's station
/// prefix, else nothing of the request is taken (403). Files then take the inbox's road (archive, registry,
/// quarantine) and the answer, after the commit, gives each file's outcome.
/// </summary>
public static class UploadApi
{
    /// <summary>Route of the endpoint.</summary>
    public const string Path = "/api/v1/ingest/files";

    /// <summary>Most files one request may carry.</summary>
    public const int MaxFiles = 500;

    public static void MapUploadApi(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, UploadAsync).RequireAuthorization(Policies.StationUpload);

    static async Task<IResult> UploadAsync(HttpRequest request, RelayReceiver receiver, IntakeOptions intake, TimeProvider time, CancellationToken ct)
    {
        var station = request.HttpContext.User.FindFirst(Roles.StationClaim)!.Value;
        if (!request.HasFormContentType)
            return Problem(400, "UPLOAD_NOT_MULTIPART", "Send the files as multipart/form-data, one part per file. / Gửi tệp dạng multipart/form-data, mỗi tệp một phần.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problem(400, "UPLOAD_NOT_MULTIPART", $"The multipart body cannot be read ({e.Message}). / Không đọc được nội dung multipart.");
        }
        if (form.Files.Count == 0)
            return Problem(400, "UPLOAD_NO_FILE", "The request holds no file part. / Yêu cầu không có tệp nào.");
        if (form.Files.Count > MaxFiles)
            return Problem(413, "UPLOAD_TOO_MANY", string.Create(CultureInfo.InvariantCulture,
                $"At most {MaxFiles} files per request. / Tối đa {MaxFiles} tệp mỗi yêu cầu."));

        // Check every file before taking any: a request is taken whole or not at all.
        foreach (var file in form.Files)
        {
            var name = file.FileName;
            if (name.Length == 0 || name.Length > 255 || name != System.IO.Path.GetFileName(name) || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
                return Problem(400, "UPLOAD_FILE_NAME", $"'{name}': give the original file name, without a folder. / '{name}': cần tên tệp gốc, không kèm thư mục.");
            if (!StationFileName.TryParse(name, null, out var parsed, out _) || !string.Equals(parsed!.Prefix, station, StringComparison.Ordinal))
                return Problem(403, "UPLOAD_WRONG_STATION",
                    $"'{name}' is not a file of station {station}, the station of this key. / '{name}' không phải tệp của trạm {station} (trạm của khoá này).");
            if (file.Length > intake.MaxFileBytes)
                return Problem(413, "UPLOAD_TOO_LARGE", string.Create(CultureInfo.InvariantCulture,
                    $"'{name}' is larger than {intake.MaxFileBytes} bytes. / '{name}' lớn hơn {intake.MaxFileBytes} byte."));
        }
        if (!receiver.Ready)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Problem(503, "STARTING", "The intake is starting; try again in a moment. / Bộ tiếp nhận đang khởi động, hãy thử lại sau giây lát.");
        }

        var results = new List<object>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            var outcome = await receiver.ReceiveAsync(new ReceivedFile(file.FileName, $"upload/{station}/{file.FileName}", buffer.ToArray(), time.GetUtcNow()), ct);
            results.Add(new
            {
                file = file.FileName,
                outcome = outcome.Kind.ToString().ToLowerInvariant(),
                inserted = outcome.Inserted,
                newVersions = outcome.NewVersions,
                unchanged = outcome.Unchanged,
                reason = outcome.Reason is { } r ? new { code = r.Code, en = r.English, vi = r.Vietnamese } : null,
            });
        }
        return Results.Ok(new { station, files = results });
    }

    static IResult Problem(int status, string code, string detail) => Results.Problem(statusCode: status,
        title: status == 403 ? "Not this station's file / Không phải tệp của trạm" : "Upload refused / Không nhận tệp tải lên",
        detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });
}
