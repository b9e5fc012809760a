using QuanTrac.Proficiency.ReferenceChecks;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Server.Accounts;
using QuanTrac.Storage;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Server.Proficiency;

/// <summary>
/// Proficiency testing and station reference-material checks over HTTP — a table of contents. The coordinator
/// (<see cref="Policies.PtCoordinator"/>) runs rounds under <c>/api/v1/pt/rounds</c>; a laboratory account
/// (<see cref="Policies.Laboratory"/>) reads only its own published reports and history under <c>/api/v1/pt/lab</c>,
/// where its identity comes from its <c>quantrac:lab</c> claim, never from the request. Reference checks:
/// <see cref="Policies.ReferenceChecks"/>, province operators limited to their province.
/// </summary>
public static class ProficiencyApi
{
    /// <summary>The application services the endpoints call (the same as the CLI's).</summary>
    public static IServiceCollection AddProficiency(this IServiceCollection services, IQuanTracStore store)
    {
        var pt = store as IProficiencyStore ?? throw new InvalidOperationException("This store keeps no proficiency testing. / Kho dữ liệu này không lưu thử nghiệm thành thạo.");
        services.AddSingleton(pt);
        services.AddSingleton(sp => new PtRounds(pt, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReferenceCheckProgramme(store, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static void MapProficiencyApi(this IEndpointRouteBuilder app)
    {
        var coordinator = app.MapGroup("/api/v1/pt").RequireAuthorization(Policies.PtCoordinator);
        coordinator.MapPost("/schemes", PtCoordinatorEndpoints.CreateSchemeAsync);
        coordinator.MapGet("/rounds", PtCoordinatorEndpoints.ListRoundsAsync);
        coordinator.MapPost("/rounds", PtCoordinatorEndpoints.CreateRoundAsync);
        coordinator.MapGet("/rounds/{round}", PtCoordinatorEndpoints.ShowRoundAsync);
        coordinator.MapPost("/rounds/{round}/participants", PtCoordinatorEndpoints.EnrolAsync);
        coordinator.MapPost("/rounds/{round}/results", PtCoordinatorEndpoints.ImportResultsAsync);
        coordinator.MapPost("/rounds/{round}/compute", PtCoordinatorEndpoints.ComputeAsync);
        coordinator.MapPost("/rounds/{round}/publish", PtCoordinatorEndpoints.PublishAsync);
        coordinator.MapGet("/rounds/{round}/report", PtCoordinatorEndpoints.ReportAsync);

        var lab = app.MapGroup("/api/v1/pt/lab").RequireAuthorization(Policies.Laboratory);
        lab.MapGet("/rounds", PtLabEndpoints.RoundsAsync);
        lab.MapGet("/rounds/{round}/report", PtLabEndpoints.ReportAsync);
        lab.MapGet("/history", PtLabEndpoints.HistoryAsync);

        app.MapGet("/console/pt", PtConsolePages.RoundsAsync).RequireAuthorization(Policies.PtCoordinator);
        foreach (var action in PtConsolePages.Actions)
            app.MapPost($"/console/pt/rounds/{{round}}/{action}", (HttpContext context, string round, PtRounds rounds, IProficiencyStore store, CancellationToken ct) =>
                PtConsolePages.ActAsync(context, round, action, rounds, store, ct)).RequireAuthorization(Policies.PtCoordinator);
        app.MapGet("/console/pt/lab", PtConsolePages.LabAsync).RequireAuthorization(Policies.Laboratory);

        var checks = app.MapGroup("/api/v1/refchecks").RequireAuthorization(Policies.ReferenceChecks);
        checks.MapPost("/", ReferenceCheckEndpoints.RecordAsync);
        checks.MapGet("/", ReferenceCheckEndpoints.ListAsync);
        checks.MapGet("/summary", ReferenceCheckEndpoints.SummaryAsync);
    }
}
