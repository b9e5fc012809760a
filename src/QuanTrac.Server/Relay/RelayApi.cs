using System.Globalization;
using System.Text.RegularExpressions;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Server.Relay;

/// <summary>
/// <c>POST /api/v1/relay/files</c> (the upstream receives a province's file) and <c>GET /api/v1/relay/outbox</c>
/// (the province's queue of files still to forward).
/// </summary>
public static partial class RelayApi
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapRelayApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(RelayProtocol.Path, ReceiveAsync);
        app.MapGet("/api/v1/relay/outbox", OutboxAsync);
    }

    static async Task<IResult> ReceiveAsync(HttpRequest request, RelayKey key, RelayReceiver receiver, IntakeOptions intake,
        TimeProvider time, CancellationToken ct)
    {
        if (!key.Enabled)
            return Results.Problem(statusCode: 404, title: "Relay not enabled / Chưa bật nhận chuyển tiếp",
                detail: "This instance does not accept relayed files: start it with --relay-key. / Máy chủ này không nhận tệp chuyển tiếp: cần chạy với --relay-key.");
        if (!key.Matches(BearerToken(request)))
            return Results.Problem(statusCode: 401, title: "Wrong relay key / Sai khoá chuyển tiếp",
                detail: "Send the relay key as 'Authorization: Bearer KEY'. / Gửi khoá chuyển tiếp trong tiêu đề 'Authorization: Bearer KEY'.",
                extensions: new Dictionary<string, object?> { ["code"] = "RELAY_KEY" });

        var name = Uri.UnescapeDataString(request.Headers[RelayProtocol.FileNameHeader].ToString());
        if (name.Length == 0 || name.Length > 255 || name != Path.GetFileName(name) || name is "." or ".." || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
            return BadRequest("RELAY_FILE_NAME",
                $"Header {RelayProtocol.FileNameHeader} must hold the original file name (no folder). / Tiêu đề {RelayProtocol.FileNameHeader} phải chứa tên tệp gốc (không có thư mục).");
        var sha = request.Headers[RelayProtocol.Sha256Header].ToString();
        if (!Sha256Pattern().IsMatch(sha))
            return BadRequest("RELAY_SHA256",
                $"Header {RelayProtocol.Sha256Header} must hold the SHA-256 of the body as 64 hex digits. / Tiêu đề {RelayProtocol.Sha256Header} phải chứa SHA-256 của nội dung (64 chữ số hệ 16).");
        var source = request.Headers[RelayProtocol.SourceHeader].ToString();
        if (source.Length == 0)
            source = "unknown";
        if (!SourcePattern().IsMatch(source))
            return BadRequest("RELAY_SOURCE",
                $"Header {RelayProtocol.SourceHeader} may hold up to 64 letters, digits, '.', '_' or '-'. / Tiêu đề {RelayProtocol.SourceHeader} chỉ gồm tối đa 64 chữ cái, chữ số, '.', '_' hoặc '-'.");

        var bytes = await ReadBodyAsync(request, intake.MaxFileBytes, ct);
        if (bytes is null)
            return Results.Problem(statusCode: 413, title: "File too large / Tệp quá lớn",
                detail: string.Create(CultureInfo.InvariantCulture, $"A relayed file may hold at most {intake.MaxFileBytes} bytes. / Tệp chuyển tiếp tối đa {intake.MaxFileBytes} byte."));
        var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (!string.Equals(actual, sha, StringComparison.OrdinalIgnoreCase))
            return Results.Problem(statusCode: 422, title: "SHA-256 mismatch / Sai mã băm SHA-256",
                detail: $"The body's SHA-256 is {actual}, not {sha.ToLowerInvariant()}: the file was damaged on the way; send it again. / SHA-256 của nội dung là {actual}, không phải {sha.ToLowerInvariant()}: tệp bị hỏng trên đường truyền, hãy gửi lại.",
                extensions: new Dictionary<string, object?> { ["code"] = "RELAY_SHA256_MISMATCH" });
        if (!receiver.Ready)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: 503, title: "Starting / Đang khởi động",
                detail: "The intake is starting; try again in a moment. / Bộ tiếp nhận đang khởi động, hãy thử lại sau giây lát.");
        }

        // Exactly like an inbox file: same pipeline, original name and bytes; the source path says where it came from.
        var outcome = await receiver.ReceiveAsync(new ReceivedFile(name, $"relay/{source}/{name}", bytes, time.GetUtcNow()), ct);
        return Results.Ok(new
        {
            outcome = outcome.Kind.ToString().ToLowerInvariant(),
            file = name,
            sha256 = actual,
            inserted = outcome.Inserted,
            newVersions = outcome.NewVersions,
            unchanged = outcome.Unchanged,
            reason = outcome.Reason is { } r ? new { code = r.Code, en = r.English, vi = r.Vietnamese } : null,
        });
    }

    static async Task<IResult> OutboxAsync(IQuanTracStore store, CancellationToken ct)
    {
        if (store is not IRelayOutbox outbox)
            return Results.Problem(statusCode: 501, title: "No outbox / Không có hàng đợi",
                detail: "This store has no relay outbox. / Kho dữ liệu này không có hàng đợi chuyển tiếp.");
        var s = await outbox.GetOutboxStatusAsync(ct);
        return Results.Ok(new
        {
            enabled = s.Enabled,
            pending = s.Pending,
            sent = s.Sent,
            failing = s.Failing,
            oldestPendingSince = s.OldestPendingSince is { } t ? VietnamTime.FormatIso(t) : null,
            lastError = s.LastError,
        });
    }

    static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (read no further than that).</summary>
    static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long max, CancellationToken ct)
    {
        if (request.ContentLength > max)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    static IResult BadRequest(string code, string detail) => Results.Problem(statusCode: 400, title: "Invalid relay request / Yêu cầu chuyển tiếp không hợp lệ",
        detail: detail, extensions: new Dictionary<string, object?> { ["code"] = code });

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SourcePattern();
}
