using QuanTrac.Domain.Parameters;
using QuanTrac.Server.Http;

namespace QuanTrac.Server.Api;

/// <summary><c>GET /api/v1/parameters</c>: the canonical parameter catalogue (code, names, unit, station types).</summary>
public static class ParametersApi
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapParametersApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/parameters", (HttpContext context) =>
        {
            if (!Negotiation.TryGetFormat(context.Request, out var format, out var problem))
                return problem!;
            if (format == ResponseFormat.Csv)
            {
                var csv = new CsvWriter("code", "name_vi", "name_en", "unit", "plausible_min", "plausible_max", "station_types");
                foreach (var p in ParameterCatalogue.Default.Definitions)
                    csv.Field(p.Code).Field(p.NameVi).Field(p.NameEn).Field(p.Unit).Field(p.PlausibleMin).Field(p.PlausibleMax)
                        .Field(string.Join(' ', p.StationTypes)).EndRow();
                return Answers.Csv(csv, 3600);
            }
            return Answers.Json(context, ParameterCatalogue.Default.Definitions.Select(p => new
            {
                code = p.Code, nameVi = p.NameVi, nameEn = p.NameEn, unit = p.Unit,
                plausibleMin = p.PlausibleMin, plausibleMax = p.PlausibleMax,
                stationTypes = p.StationTypes.Select(t => t.ToString()),
            }), 3600);
        })
        .WithTags("Parameters")
        .WithSummary("Parameter catalogue / Danh mục thông số")
        .WithDescription("Canonical codes, Vietnamese and English names, canonical units and the station types each applies to. `?format=csv` for CSV.");
}
