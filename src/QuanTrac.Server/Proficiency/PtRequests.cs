using System.Text.Json;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Server.Proficiency;

/// <summary>Body of <c>POST /api/v1/pt/schemes</c>.</summary>
/// <param name="Code">Scheme code (letters, digits, '-', '_', '.').</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="MinConsensus">Fewest numeric results a consensus value may rest on (default 12, ≥ 2).</param>
public sealed record CreateSchemeRequest(string? Code, string? NameVi, string? NameEn, int? MinConsensus);

/// <summary>Body of <c>POST /api/v1/pt/rounds</c>.</summary>
/// <param name="Code">Round code.</param>
/// <param name="Scheme">Scheme code.</param>
/// <param name="Title">Title printed on reports (default the code).</param>
/// <param name="Measurands">At least one measurand.</param>
public sealed record CreateRoundRequest(string? Code, string? Scheme, string? Title, IReadOnlyList<MeasurandRequest>? Measurands);

/// <summary>A measurand and how it is scored (the options of <c>pt round create</c>).</summary>
/// <param name="Code">Measurand code, e.g. COD.</param>
/// <param name="Matrix">Sample matrix (default water).</param>
/// <param name="Parameter">Parameter (default the code).</param>
/// <param name="Unit">Unit of results, x_pt and σ_pt.</param>
/// <param name="Assigned"><c>consensus</c> (default) or <c>reference</c>.</param>
/// <param name="ReferenceValue">x_pt of a reference value.</param>
/// <param name="ReferenceU">Standard uncertainty of the reference value, ≥ 0.</param>
/// <param name="Sigma"><c>fixed</c>, <c>percent</c>, <c>horwitz</c> or <c>robust</c>.</param>
/// <param name="SigmaValue">σ_pt (fixed, unit of the measurand) or its percentage of x_pt (percent).</param>
/// <param name="AllowedDeviation">δ_E for the D class, &gt; 0.</param>
/// <param name="MassFractionPerUnit">Horwitz: one unit as a mass fraction (default from the unit).</param>
public sealed record MeasurandRequest(string? Code, string? Matrix, string? Parameter, string? Unit, string? Assigned, double? ReferenceValue,
    double? ReferenceU, string? Sigma, double? SigmaValue, double? AllowedDeviation, double? MassFractionPerUnit)
{
    /// <summary>The measurand of round <paramref name="round"/>; throws <see cref="PtSetupException"/> for a bad method name.</summary>
    public PtMeasurand ToMeasurand(string round)
    {
        if (!Enum.TryParse<PtAssignedMethod>(Assigned ?? "consensus", ignoreCase: true, out var assigned) || !Enum.IsDefined(assigned))
            throw new PtSetupException(new("PT_ASSIGNED_METHOD", "'assigned' phải là consensus hoặc reference.", "'assigned' must be consensus or reference."));
        if (!Enum.TryParse<PtSigmaMethod>(Sigma ?? "", ignoreCase: true, out var sigma) || !Enum.IsDefined(sigma) || int.TryParse(Sigma, out _))
            throw new PtSetupException(new("PT_SIGMA_METHOD", "'sigma' phải là fixed, percent, horwitz hoặc robust.", "'sigma' must be fixed, percent, horwitz or robust."));
        var code = Code ?? "";
        return new(round, code, Matrix ?? "water", Parameter ?? code, Unit ?? "",
            new PtMethod(assigned, ReferenceValue, ReferenceU, sigma, SigmaValue, AllowedDeviation, MassFractionPerUnit));
    }
}

/// <summary>Reads JSON bodies with a bilingual refusal instead of the framework's bare 400.</summary>
static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(ct)
                ?? throw new PtSetupException(new("PT_JSON", "Thân yêu cầu trống.", "The request body is empty."));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new PtSetupException(new("PT_JSON", $"Thân yêu cầu phải là JSON hợp lệ (Content-Type: application/json): {e.Message}",
                $"The request body must be valid JSON (Content-Type: application/json): {e.Message}"));
        }
    }
}
