using System.Text.Json;
using System.Text.Json.Serialization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// A rule set as a JSON document, the form in which rule sets are stored and edited:
/// <c>{"defaults":{…settings…},"overrides":[{"station":"P"|null,"parameter":"COD"|null,"settings":{…}}]}</c>.
/// Settings use the property names of <see cref="QcParameterSettings"/> in camelCase (<c>stuck.runLength</c>,
/// <c>spike.k</c>, <c>time.lateAfter</c> as <c>hh:mm:ss</c>, severities <c>info|suspect|invalid</c>); a property
/// left out keeps its default. Unknown properties are refused, so a typo cannot silently do nothing.
/// </summary>
public static class QcRuleSetJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = false,
    };

    sealed record Document(QcParameterSettings? Defaults, IReadOnlyList<OverrideDocument>? Overrides);

    sealed record OverrideDocument(string? Station, string? Parameter, QcParameterSettings? Settings);

    /// <summary>The document of <paramref name="ruleSet"/> (compact; every setting written out).</summary>
    public static string Write(QcRuleSet ruleSet) => JsonSerializer.Serialize(
        new Document(ruleSet.Defaults, [.. ruleSet.Overrides.Select(o => new OverrideDocument(o.StationPrefix, o.ParameterCode, o.Settings))]), Options);

    /// <summary>Reads a document; throws <see cref="TableInputException"/> with a bilingual message naming the place of the error.</summary>
    public static QcRuleSet Read(string json)
    {
        Document? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" ({e.Path})";
            throw new TableInputException(0, null, new BilingualMessage("BAD_RULE_SET",
                $"Bộ quy tắc kiểm tra chất lượng không hợp lệ{where}: {e.Message}",
                $"The QC rule set is not valid{where}: {e.Message}"));
        }
        if (doc is null)
            throw new TableInputException(0, null, new BilingualMessage("BAD_RULE_SET", "Bộ quy tắc rỗng.", "The rule set is empty."));
        var overrides = new List<QcOverride>();
        for (var i = 0; i < (doc.Overrides?.Count ?? 0); i++)
        {
            var o = doc.Overrides![i];
            if (o.Settings is null)
                throw new TableInputException(0, null, new BilingualMessage("BAD_RULE_SET",
                    $"overrides[{i}]: thiếu 'settings'.", $"overrides[{i}]: 'settings' is missing."));
            overrides.Add(new QcOverride(o.Station, o.Parameter, o.Settings));
        }
        return new QcRuleSet(doc.Defaults ?? QcParameterSettings.Default, overrides);
    }
}
