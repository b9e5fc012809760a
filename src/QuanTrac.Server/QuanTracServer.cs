using Microsoft.AspNetCore.DataProtection;
using QuanTrac.Ingest.Intake;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Alerts;
using QuanTrac.Server.Api;
using QuanTrac.Server.Cluster;
using QuanTrac.Server.Demo;
using QuanTrac.Server.Indices;
using QuanTrac.Server.Intake;
using QuanTrac.Server.OperatorConsole;
using QuanTrac.Server.Proficiency;
using QuanTrac.Server.RateLimits;
using QuanTrac.Server.Portal;
using QuanTrac.Server.Relay;
using QuanTrac.Server.Review;
using QuanTrac.Server.Upload;
using QuanTrac.Storage;
using QuanTrac.Storage.Cluster;
using Scalar.AspNetCore;

namespace QuanTrac.Server;

/// <summary>The server, read top to bottom: store, accounts, intake, relay, demo feed, endpoints.</summary>
public static class QuanTracServer
{
    /// <summary>Builds the web application; the caller runs it.</summary>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "QuanTrac open API";
            document.Info.Description = "Stations, parameters, latest values, series with hourly / daily / monthly means, VN_AQI and VN_WQI, completeness, exceedances. "
                + "VN_AQI and exceedances read the published layer and are labelled validated only when all their inputs were approved at review level 2, else provisional. "
                + "Times in Vietnam time (UTC+7). JSON by default, CSV with ?format=csv or Accept: text/csv. "
                + "/ API mở của QuanTrac; số liệu ghi rõ là tạm thời hay đã kiểm duyệt (phê duyệt cấp 2).";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);

        // 4 store
        var (store, schemaVersion) = await StoreFactory.OpenMigratedAsync(options.DataDirectory, options.Connection, cancellationToken);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new StoreSchema(schemaVersion));

        // accounts: people sign in with a cookie (console), programs and stations send X-Api-Key; limits per key / person / address
        builder.Services.AddQuanTracIdentity(store);
        builder.Services.AddQuanTracAuthentication();
        // Cookie and antiforgery keys survive restarts (kept beside the embedded store).
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        var limits = new ApiRateLimits(options.RateLimits);
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(limits.Configure);

        // proficiency testing and reference-material checks: the same services as the CLI, behind accounts
        builder.Services.AddProficiency(store);

        // 1–3 intake: the inbox watcher feeds the batching pipeline
        builder.Services.AddSingleton(new IntakeOptions());
        builder.Services.AddSingleton<IntakeService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IntakeService>());

        // relay: receive files that provinces forward (upstream) and forward ours (province)
        builder.Services.AddSingleton(new RelayKey(options.RelayKey));
        builder.Services.AddSingleton<RelayReceiver>();
        if (options.RelayTo is { } relayTo)
        {
            builder.Services.AddSingleton(relayTo);
            builder.Services.AddHostedService<RelayService>();
        }

        // several nodes on one database: periodic jobs run on the leader only
        builder.Services.AddSingleton(ClusterCoordination.ClaimsFor(store));
        builder.Services.AddSingleton(ClusterCoordination.LeaderLeaseFor(store));
        builder.Services.AddSingleton<IPeriodicJob, ClaimsCleanupJob>();
        // 8 act: alerts evaluated by the leader after ingest, sent to the configured channels
        builder.Services.AddSingleton(sp => AlertNotifier.From(options.Notifications, new HttpClient(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IPeriodicJob, AlertEvaluationJob>();
        builder.Services.AddSingleton<OperatorChangeNotifications>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OperatorChangeNotifications>());
        builder.Services.AddSingleton<LeaderJobsService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LeaderJobsService>());

        // 7 derive → 9 publish: the current VN_AQI / VN_WQI of every station, recomputed after ingest, served from memory
        builder.Services.AddSingleton<IndexSignal>();
        builder.Services.AddSingleton<LatestIndexCache>();
        builder.Services.AddSingleton<LatestValuesCache>();
        builder.Services.AddHostedService<LatestIndexService>();

        // demo: simulated stations writing into the inbox in real time
        if (options.Demo)
            builder.Services.AddHostedService<DemoFeedService>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use(limits.AddHeadersAsync);
        app.UseAuthorization();
        if (options.Demo)
            await DemoAccounts.EnsureAsync(app.Services, cancellationToken);

        // 9 publish: portal and PWA at /, open API under /api/v1 described at /openapi/v1.json and /scalar/v1
        app.MapPortal(options);
        app.MapOpenApi();
        app.MapScalarApiReference(o => o.WithTitle("QuanTrac API").DisableDefaultFonts());
        app.MapIndexApi();
        app.MapHealthApi();
        app.MapStationsApi();
        app.MapParametersApi();
        app.MapIndicesApi();
        app.MapQualityApi();
        app.MapRelayApi();
        app.MapRateLimitsApi();
        app.MapUploadApi();
        app.MapConsole();
        app.MapAlertsApi();
        app.MapReviewApi();
        app.MapProficiencyApi();
        return app;
    }
}
