using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using QuanTrac.Server.Http;
using QuanTrac.Storage;

namespace QuanTrac.Server.Portal;

/// <summary>
/// The public portal and phone app (PWA): plain HTML, CSS and JavaScript modules with vendored Leaflet and uPlot,
/// served from the <c>portal/</c> folder beside the program. <c>/</c> is the map, <c>/stations/{id}</c> a station
/// page, <c>/config.json</c> the map settings of this server.
/// </summary>
public static class PortalApi
{
    /// <summary>The folder of the portal files: <see cref="ServerOptions.PortalDirectory"/> or <c>portal/</c> beside the program.</summary>
    public static string Folder(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PortalDirectory ?? Path.Combine(AppContext.BaseDirectory, "portal");
    }

    /// <summary>Adds the static-file middleware and the portal routes.</summary>
    public static void MapPortal(this WebApplication app, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = Folder(options);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The portal files are missing: {folder} / Thiếu tệp của cổng thông tin: {folder}");
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".geojson"] = "application/geo+json";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = types,
            OnPrepareResponse = ctx =>
            {
                // Vendored libraries never change under one name; the app's own files are revalidated (ETag) on each visit,
                // so a new release shows at once and the service worker can still serve them offline.
                var path = ctx.Context.Request.Path.Value ?? "";
                ctx.Context.Response.Headers.CacheControl = path.StartsWith("/vendor/", StringComparison.Ordinal)
                    ? "public, max-age=86400"
                    : "no-cache";
            },
        });
        // Stations seen to exist: the page is the busiest public URL, and a store read per request cut it from ~23,000 to
        // ~1,000 requests/s (bench/api.sh). Only hits are kept, so junk names cannot grow it; a station removed from the
        // registry keeps its (static) page, whose API calls then answer 404.
        var known = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        app.MapGet("/stations/{id}", async (string id, HttpContext context, IQuanTracStore store) =>
            {
                if (!Identifiers.IsStationId(id))
                    return Problems.MalformedStation();
                // An unknown station is a 404, not an empty page that a search engine or a follower would keep.
                if (!known.ContainsKey(id))
                {
                    if (await store.GetStationAsync(id, context.RequestAborted) is null)
                        return Problems.UnknownStation(id);
                    known.TryAdd(id, true);
                }
                var page = files.GetFileInfo("station.html");
                context.Response.Headers.CacheControl = "no-cache";
                return Results.File(page.PhysicalPath!, "text/html; charset=utf-8", lastModified: page.LastModified, enableRangeProcessing: false);
            })
            .ExcludeFromDescription();
        app.MapGet("/config.json", (HttpContext context) => Answers.Json(context, new
            {
                tileUrl = options.TileUrl,
                tileAttribution = options.TileAttribution,
            }, 300))
            .ExcludeFromDescription();
    }
}
