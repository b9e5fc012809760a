using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// One console page being written: the language (Vietnamese unless <c>?lang=en</c> or its cookie), HTML
/// encoding, the antiforgery field of forms and the shared layout. Plain server-rendered HTML, no script:
/// fast on any device and readable by screen readers.
/// </summary>
public sealed class ConsolePage
{
    const string LangCookie = "quantrac.lang";
    // Vietnamese letters stay letters (the default encoder escapes every non-ASCII character); markup characters are still escaped.
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    readonly HttpContext _context;
    readonly StringBuilder _body = new();

    public ConsolePage(HttpContext context)
    {
        _context = context;
        var asked = context.Request.Query["lang"].ToString();
        if (asked is "en" or "vi")
            context.Response.Cookies.Append(LangCookie, asked, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        else
            asked = context.Request.Cookies[LangCookie] ?? "vi";
        English = asked == "en";
    }

    /// <summary>Whether the page is in English (else Vietnamese).</summary>
    public bool English { get; }

    /// <summary>The text in the page's language.</summary>
    public string T(string vi, string en) => English ? en : vi;

    /// <summary>HTML-encoded text.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>Appends raw HTML (callers encode what they interpolate with <see cref="E"/>).</summary>
    public ConsolePage Add(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>The hidden antiforgery field every form carries.</summary>
    public string AntiforgeryField()
    {
        var tokens = _context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(_context);
        return $"""<input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">""";
    }

    /// <summary>Alerts and review links, for the roles that may open them.</summary>
    string ExtraLinks()
    {
        var u = _context.User;
        bool Any(params string[] roles) => roles.Any(u.IsInRole);
        var links = "";
        if (Any(Accounts.Roles.Admin, Accounts.Roles.ProvinceOperator, Accounts.Roles.Enterprise, Accounts.Roles.Reviewer1, Accounts.Roles.Reviewer2))
            links += $""" <a href="/console/alerts">{T("Cảnh báo", "Alerts")}</a>""";
        if (Any(Accounts.Roles.Admin, Accounts.Roles.Reviewer1, Accounts.Roles.Reviewer2))
            links += $""" <a href="/console/review">{T("Kiểm duyệt", "Review")}</a>""";
        return links;
    }

    /// <summary>The whole page.</summary>
    public IResult Result(string title, int status = 200)
    {
        var user = _context.User.Identity?.IsAuthenticated == true ? _context.User.Identity.Name : null;
        var nav = user is null ? "" : $"""
            <nav aria-label="{T("Điều hướng", "Navigation")}"><a href="/console">{T("Trạng thái trạm", "Station status")}</a>
            <a href="/console/files">{T("Sổ tệp", "File registry")}</a> <a href="/console/stations">{T("Danh mục trạm", "Station registry")}</a>{ExtraLinks()}
            <form method="post" action="/console/sign-out" class="inline">{AntiforgeryField()}<button>{T("Đăng xuất", "Sign out")} ({E(user)})</button></form></nav>
            """;
        var other = English ? """<a href="?lang=vi" lang="vi">Tiếng Việt</a>""" : """<a href="?lang=en" lang="en">English</a>""";
        var html = $$"""
            <!doctype html>
            <html lang="{{(English ? "en" : "vi")}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}} · QuanTrac</title>
            <style>
            body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#111;background:#fff}
            header,main{padding:0 1rem}header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-bottom:1px solid #ccc}
            nav a,nav form{margin-right:1rem}.inline{display:inline}a{color:#0645ad}
            :focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .online{color:#0a6b1f}.silent{color:#8a5300}.error{color:#b00020}.never{color:#555}
            .msg{padding:.5rem;border:1px solid #888;background:#f4f4f4}.err{border-color:#b00020;background:#fdecee}
            label{display:block;margin-top:.5rem}input{font:inherit;padding:.2rem}button{font:inherit}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem}
            </style></head>
            <body><a class="skip" href="#main">{{T("Tới nội dung", "Skip to content")}}</a>
            <header><strong>QuanTrac</strong>{{nav}}<span>{{other}}</span></header>
            <main id="main"><h1>{{E(title)}}</h1>
            {{_body}}
            </main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
