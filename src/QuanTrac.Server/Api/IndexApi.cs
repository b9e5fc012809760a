namespace QuanTrac.Server.Api;

/// <summary><c>GET /</c>: what this server offers, so a person who opens the address sees where to go next.</summary>
public static class IndexApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapIndexApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/", () => Results.Ok(new
        {
            name = "QuanTrac",
            descriptionVi = "Hệ thống dữ liệu quan trắc môi trường. Cổng thông tin công khai chưa có; dưới đây là API.",
            descriptionEn = "Environmental monitoring data system. The public portal is not built yet; the API is below.",
            links = new Dictionary<string, string>
            {
                ["health"] = "/health",
                ["stations"] = "/api/v1/stations",
                ["latest"] = "/api/v1/stations/{id}/latest",
                ["series"] = "/api/v1/stations/{id}/series?parameter=PM2.5&from=2026-03-25T00:00&to=2026-03-26T00:00",
            },
        }));
}
