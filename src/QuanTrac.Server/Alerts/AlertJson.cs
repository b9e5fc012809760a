using System.Text.Json;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Time;

namespace QuanTrac.Server.Alerts;

/// <summary>The one JSON shape of an alert (API, live feed, webhook, command line); times in Vietnam time.</summary>
public static class AlertJson
{
    /// <summary>Serializer options: UTF-8 text as it is (Vietnamese stays readable), camelCase.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>An alert as a JSON object.</summary>
    public static JsonObject Of(Alert a) => new()
    {
        ["id"] = a.Id,
        ["station"] = a.Station,
        ["parameter"] = a.Parameter.Length == 0 ? null : a.Parameter,
        ["kind"] = AlertNames.Format(a.Kind),
        ["level"] = AlertNames.Format(a.Level),
        ["state"] = AlertNames.Format(a.State),
        ["startedAt"] = VietnamTime.FormatIso(a.StartedAt),
        ["openedAt"] = VietnamTime.FormatIso(a.OpenedAt),
        ["updatedAt"] = VietnamTime.FormatIso(a.UpdatedAt),
        ["value"] = a.Value,
        ["limit"] = a.Limit,
        ["unit"] = a.Unit,
        ["period"] = a.Period,
        ["message"] = new JsonObject { ["vi"] = a.MessageVi, ["en"] = a.MessageEn },
        ["acknowledgedAt"] = a.AcknowledgedAt is { } ack ? VietnamTime.FormatIso(ack) : null,
        ["acknowledgedBy"] = a.AcknowledgedBy,
        ["resolvedAt"] = a.ResolvedAt is { } r ? VietnamTime.FormatIso(r) : null,
        ["resolvedBy"] = a.ResolvedBy,
        ["note"] = a.Note,
    };

    /// <summary>A change as a JSON object: <c>{"change":"opened|escalated|acknowledged|resolved","alert":{…}}</c>.</summary>
    public static JsonObject Of(AlertEvent e) => new() { ["change"] = Change(e.Change), ["alert"] = Of(e.Alert) };

    /// <summary>The text form of a change.</summary>
    public static string Change(AlertChange change) => change switch
    {
        AlertChange.Opened => "opened",
        AlertChange.Escalated => "escalated",
        AlertChange.Acknowledged => "acknowledged",
        _ => "resolved",
    };

    /// <summary>Serialises a node with <see cref="Options"/>.</summary>
    public static string Text(JsonNode node, bool indented = false) =>
        node.ToJsonString(new JsonSerializerOptions(Options) { WriteIndented = indented });
}
