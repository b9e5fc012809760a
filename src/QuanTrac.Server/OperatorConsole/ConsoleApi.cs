using QuanTrac.Server.Accounts;
using QuanTrac.Storage;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// The operator console under <c>/console</c>: sign-in is open, every other page needs a signed-in person
/// (<see cref="Policies.Console"/>); an anonymous visitor is redirected to the sign-in form. Province operators
/// and enterprise users see only their province's / facility's stations (<see cref="StationScope"/>).
/// </summary>
public static class ConsoleApi
{
    public static void MapConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/console/sign-in", (HttpContext context, string? returnUrl) => SignInPages.Form(context, returnUrl)).AllowAnonymous();
        app.MapPost("/console/sign-in", SignInPages.SignInAsync).AllowAnonymous();
        app.MapGet("/console/denied", SignInPages.Denied).AllowAnonymous();

        var console = app.MapGroup("/console").RequireAuthorization(Policies.Console);
        console.MapPost("/sign-out", (Func<HttpContext, Task<IResult>>)SignInPages.SignOutAsync);
        console.MapGet("/", StatusBoardPage.RenderAsync);
        console.MapGet("/files", FilesPage.RenderAsync);
        console.MapPost("/files/{id:long}/reingest", FilesPage.ReingestAsync).RequireAuthorization(Policies.Reingest);
        console.MapGet("/stations", StationsPages.ListAsync);
        console.MapGet("/stations/{id}/edit", StationsPages.EditFormAsync).RequireAuthorization(Policies.EditStations);
        console.MapPost("/stations/{id}", StationsPages.SaveAsync).RequireAuthorization(Policies.EditStations);
        console.MapGet("/alerts", AlertsPage.RenderAsync).RequireAuthorization(Policies.Alerts);
        console.MapPost("/alerts/{id:long}/acknowledge", (HttpContext c, long id, IQuanTracStore s, TimeProvider t, CancellationToken ct) => AlertsPage.ChangeAsync(c, id, false, s, t, ct))
            .RequireAuthorization(Policies.ManageAlerts);
        console.MapPost("/alerts/{id:long}/resolve", (HttpContext c, long id, IQuanTracStore s, TimeProvider t, CancellationToken ct) => AlertsPage.ChangeAsync(c, id, true, s, t, ct))
            .RequireAuthorization(Policies.ManageAlerts);
        console.MapGet("/review", ReviewPages.QueueAsync).RequireAuthorization(Policies.ReviewLevel1);
        console.MapGet("/review/series", ReviewPages.SeriesAsync).RequireAuthorization(Policies.ReviewLevel1);
        console.MapPost("/review/actions", ReviewPages.ActionAsync).RequireAuthorization(Policies.ReviewLevel1);
    }
}
