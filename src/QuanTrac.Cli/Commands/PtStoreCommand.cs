using System.CommandLine;
using System.Text.Json;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// Plumbing of the <c>pt</c> commands that work on the store (schemes, rounds, results, reports, history): open the
/// store, run, and turn bilingual refusals into exit code 2 on standard error.
/// </summary>
static class PtStoreCommand
{
    /// <summary>Adds <c>--data | --db</c> and an action that gets the open store.</summary>
    public static Command WithStore(this Command command, Func<ParseResult, IQuanTracStore, CancellationToken, Task<int>> action)
    {
        var store = new StoreOptions();
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                await using var db = await store.OpenAsync(result, ct);
                return await action(result, db, ct);
            }
            catch (PtSetupException e)
            {
                return StandardsJson.Fail($"Lỗi: {e.Problem.Vi} / Error: {e.Problem.En}");
            }
            catch (TableInputException e)
            {
                return StandardsJson.Fail(e);
            }
            catch (StoreUnavailableException e)
            {
                return StandardsJson.Fail(e.Message);
            }
        });
        return command;
    }

    /// <summary>The store's PT services.</summary>
    public static PtRounds Rounds(IQuanTracStore db) => new(db as IProficiencyStore
        ?? throw new PtSetupException(new("PT_NO_STORE", "Cơ sở dữ liệu này không lưu thử nghiệm thành thạo.", "This store keeps no proficiency testing.")), TimeProvider.System);

    /// <summary>Reads an input file's bytes; null after printing the error.</summary>
    public static byte[]? ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            StandardsJson.Fail($"Không đọc được tệp '{path}': {e.Message}", $"The file '{path}' could not be read: {e.Message}");
            return null;
        }
    }

    /// <summary>A required option.</summary>
    public static Option<string> Required(string name, string description) => new(name) { Required = true, Description = description };

    /// <summary>Writes a measurand with its computation.</summary>
    public static void Measurand(Utf8JsonWriter json, PtMeasurand m)
    {
        json.WriteStartObject();
        json.WriteString("measurand", m.Code);
        json.WriteString("matrix", m.Matrix);
        json.WriteString("parameter", m.Parameter);
        json.WriteString("unit", m.Unit);
        json.WriteString("assignedMethod", m.Method.Assigned.ToString().ToLowerInvariant());
        json.WriteString("sigmaMethod", m.Method.Sigma.ToString().ToLowerInvariant());
        var a = m.Assignment;
        PtArguments.Number(json, "assigned", a?.Assigned);
        PtArguments.Number(json, "uAssigned", a?.UncertaintyAssigned);
        PtArguments.Number(json, "sigmaPt", a?.SigmaPt);
        StandardsJson.Number(json, "p", a?.P);
        PtArguments.Number(json, "xStar", a?.RobustMean);
        PtArguments.Number(json, "sStar", a?.RobustSd);
        if (a is null)
            json.WriteNull("negligible");
        else
            json.WriteBoolean("negligible", a.Negligible);
        json.WriteEndObject();
    }

    /// <summary>Writes a round.</summary>
    public static void Round(Utf8JsonWriter json, PtRound r, IReadOnlyList<PtMeasurand> measurands)
    {
        json.WriteStartObject();
        json.WriteString("round", r.Code);
        json.WriteString("scheme", r.Scheme);
        json.WriteString("title", r.Title);
        json.WriteString("status", r.Status.ToString().ToLowerInvariant());
        json.WriteString("createdAt", Domain.Time.VietnamTime.FormatIso(r.CreatedAt));
        if (r.ComputedAt is { } c) json.WriteString("computedAt", Domain.Time.VietnamTime.FormatIso(c)); else json.WriteNull("computedAt");
        if (r.PublishedAt is { } p) json.WriteString("publishedAt", Domain.Time.VietnamTime.FormatIso(p)); else json.WriteNull("publishedAt");
        json.WriteStartArray("measurands");
        foreach (var m in measurands)
            Measurand(json, m);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
