using System.Text.Json.Nodes;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Time;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Review;

/// <summary>JSON shapes of the review API; times in Vietnam time.</summary>
public static class ReviewJson
{
    /// <summary>A recorded action.</summary>
    public static JsonObject Of(ReviewAction a) => new()
    {
        ["id"] = a.Id,
        ["station"] = a.Request.Station,
        ["parameter"] = a.Request.Parameter,
        ["from"] = VietnamTime.FormatIso(a.Request.From),
        ["to"] = VietnamTime.FormatIso(a.Request.To),
        ["action"] = ReviewActionKinds.Name(a.Request.Kind),
        ["level"] = a.Request.Level,
        ["user"] = a.Request.User,
        ["reason"] = a.Request.Reason,
        ["value"] = a.Request.Value,
        ["recordedAt"] = VietnamTime.FormatIso(a.RecordedAt),
    };

    /// <summary>A queue item.</summary>
    public static JsonObject Of(ReviewQueueItem i) => new()
    {
        ["province"] = i.Province,
        ["station"] = i.Station,
        ["parameter"] = i.Parameter,
        ["values"] = i.Values,
        ["flagged"] = i.Flagged,
        ["needLevel1"] = i.NeedLevel1,
        ["flaggedNeedLevel1"] = i.FlaggedNeedLevel1,
        ["needLevel2"] = i.NeedLevel2,
        ["validated"] = i.Validated,
        ["firstPending"] = i.FirstPending is { } f ? VietnamTime.FormatIso(f) : null,
        ["lastPending"] = i.LastPending is { } l ? VietnamTime.FormatIso(l) : null,
    };

    /// <summary>A value in a layer.</summary>
    public static JsonObject Of(LayeredObservation x, DataLayer layer) => new()
    {
        ["observedAt"] = VietnamTime.FormatIso(x.Stored.Observation.ObservedAt),
        ["value"] = x.Layered.Value,
        ["rawValue"] = x.Stored.Observation.Value,
        ["unit"] = x.Stored.Observation.Unit,
        ["status"] = x.Stored.Observation.Status,
        ["usable"] = x.Layered.Usable,
        ["provisional"] = x.Layered.Provisional,
        ["flags"] = new JsonArray([.. x.Layered.RuleIds.Select(r => (JsonNode)JsonValue.Create(r))]),
        ["review"] = x.Layered.ReviewText(layer),
        ["version"] = x.Stored.Version,
    };
}
