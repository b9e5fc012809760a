using System.Globalization;

namespace QuanTrac.Server.Http;

/// <summary>
/// <c>?page=</c> (from 1) and <c>?pageSize=</c> (1–5000). Without them a list is whole. The total count goes in
/// <c>X-Total-Count</c> and the next page in a <c>Link: &lt;…&gt;; rel="next"</c> header, so JSON arrays keep their shape.
/// </summary>
public readonly record struct Paging(int Page, int PageSize)
{
    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>Reads the paging of a request; false with a problem for values that are not positive integers in range.</summary>
    public static bool TryRead(HttpRequest request, out Paging? paging, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        paging = null;
        problem = null;
        var page = request.Query["page"].ToString();
        var size = request.Query["pageSize"].ToString();
        if (page.Length == 0 && size.Length == 0)
            return true;
        var p = 1;
        var s = 100;
        if ((page.Length > 0 && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1))
            || (size.Length > 0 && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out s) || s < 1 || s > MaxPageSize)))
        {
            problem = Problems.BadRequest($"page must be an integer ≥ 1 and pageSize an integer 1–{MaxPageSize}. / page phải là số nguyên ≥ 1, pageSize là số nguyên 1–{MaxPageSize}.");
            return false;
        }
        paging = new Paging(p, s);
        return true;
    }

    /// <summary>The page of a list; sets <c>X-Total-Count</c> and, when more follow, <c>Link rel="next"</c>.</summary>
    public static IReadOnlyList<T> Apply<T>(IReadOnlyList<T> items, Paging? paging, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers["X-Total-Count"] = items.Count.ToString(CultureInfo.InvariantCulture);
        if (paging is not { } pg)
            return items;
        var skip = (long)(pg.Page - 1) * pg.PageSize;
        if (skip >= items.Count)
            return [];
        var page = items.Skip((int)skip).Take(pg.PageSize).ToList();
        if (skip + page.Count < items.Count)
        {
            var query = System.Web.HttpUtility.ParseQueryString(context.Request.QueryString.Value ?? "");
            query["page"] = (pg.Page + 1).ToString(CultureInfo.InvariantCulture);
            query["pageSize"] = pg.PageSize.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.Link = $"<{context.Request.Path}?{query}>; rel=\"next\"";
        }
        return page;
    }
}
