using Microsoft.AspNetCore.DataProtection;
using QuanTrac.Ingest.Intake;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Api;
using QuanTrac.Server.Cluster;
using QuanTrac.Server.Demo;
using QuanTrac.Server.Intake;
using QuanTrac.Server.OperatorConsole;
using QuanTrac.Server.Proficiency;
using QuanTrac.Server.RateLimits;
using QuanTrac.Server.Relay;
using QuanTrac.Server.Upload;
using QuanTrac.Storage;
using QuanTrac.Storage.Cluster;

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
        builder.Services.AddSingleton<LeaderJobsService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LeaderJobsService>());

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

        // 9 publish
        app.MapIndexApi();
        app.MapHealthApi();
        app.MapStationsApi();
        app.MapRelayApi();
        app.MapRateLimitsApi();
        app.MapUploadApi();
        app.MapConsole();
        app.MapProficiencyApi();
        return app;
    }
}
