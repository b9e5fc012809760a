namespace QuanTrac.Server.Accounts;

/// <summary>Writes a bilingual problem-details answer from places that have no <c>IResult</c> (authentication, rate limiting).</summary>
static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
