using System.Net.Http.Headers;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Tests.Accounts;

namespace QuanTrac.Server.Tests.Proficiency;

/// <summary>Signed-in clients that may change things (antiforgery token attached), more laboratory accounts, and sheet builders.</summary>
static class PtHttpClients
{
    /// <summary>A client signed in through the real form, carrying the antiforgery token of a console page in its header.</summary>
    public static async Task<HttpClient> CoordinatorAsync(AccountsServerFixture server, string user)
    {
        var client = await server.SignedInAsync(user);
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console/"));
        return client;
    }

    /// <summary>A laboratory account for <paramref name="lab"/> (created once), signed in.</summary>
    public static async Task<HttpClient> LabAsync(AccountsServerFixture server, string user, string lab)
    {
        using (var scope = server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>();
            if (await users.FindByNameAsync(user) is null)
                Assert.Null(await UserAdministration.AddAsync(users, user, AccountsServerFixture.Password, Roles.Laboratory, lab: lab));
        }
        return await server.SignedInAsync(user);
    }

    /// <summary>A multipart body with one <c>file</c> part.</summary>
    public static MultipartFormDataContent File(string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    /// <summary>One worksheet built with ClosedXML the way a provider's spreadsheet holds results: numbers as number cells.</summary>
    public static byte[] Workbook(string[] header, IEnumerable<object[]> rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Kết quả");
        for (var c = 0; c < header.Length; c++)
            ws.Cell(1, c + 1).Value = header[c];
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
                if (row[c] is double d)
                    ws.Cell(r, c + 1).Value = d;
                else
                    ws.Cell(r, c + 1).SetValue(row[c].ToString());
            r++;
        }
        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return stream.ToArray();
    }
}
