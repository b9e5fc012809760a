namespace QuanTrac.Server.Api;

/// <summary><c>GET /api</c>: what this server offers to programs (the portal is at <c>/</c>).</summary>
public static class IndexApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapIndexApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api", () => Results.Ok(new
        {
            name = "QuanTrac",
            descriptionVi = "Hệ thống dữ liệu quan trắc môi trường. Cổng thông tin ở /, tài liệu API ở /scalar/v1.",
            descriptionEn = "Environmental monitoring data system. The portal is at /, the API reference at /scalar/v1.",
            links = new Dictionary<string, string>
            {
                ["portal"] = "/",
                ["openapi"] = "/openapi/v1.json",
                ["reference"] = "/scalar/v1",
                ["health"] = "/health",
                ["parameters"] = "/api/v1/parameters",
                ["aqiLatest"] = "/api/v1/aqi/latest",
                ["wqiLatest"] = "/api/v1/wqi/latest",
                ["stationsGeoJson"] = "/api/v1/stations.geojson",
                ["stationAqi"] = "/api/v1/stations/{id}/aqi?period=hour",
                ["stations"] = "/api/v1/stations",
                ["latest"] = "/api/v1/stations/{id}/latest",
                ["series"] = "/api/v1/stations/{id}/series?parameter=PM2.5&from=2026-03-25T00:00&to=2026-03-26T00:00",
            },
        })).ExcludeFromDescription();
}
