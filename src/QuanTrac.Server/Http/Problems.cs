namespace QuanTrac.Server.Http;

/// <summary>Problem details (RFC 9457) of the open API, titled and explained in English and Vietnamese.</summary>
public static class Problems
{
    /// <summary>400 with a bilingual detail.</summary>
    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: 400, title: "Invalid request / Yêu cầu không hợp lệ", detail: detail);

    /// <summary>404 for an unknown station.</summary>
    public static IResult UnknownStation(string id) => Results.Problem(statusCode: 404, title: "Unknown station / Không có trạm",
        detail: $"No station has the id '{id}'. / Không có trạm nào mã '{id}'.");

    /// <summary>400 for an identifier that cannot be a station id.</summary>
    public static IResult MalformedStation() => BadRequest(
        "A station id is 1–100 letters, digits, '_', '-' or '.', e.g. HN_KK_001. / Mã trạm gồm 1–100 chữ cái, chữ số, '_', '-' hoặc '.', ví dụ HN_KK_001.");
}
