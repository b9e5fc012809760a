using QuanTrac.Domain.Review;

namespace QuanTrac.Storage.Review;

/// <summary>
/// The review workflow over a store: records actions (checked by <see cref="ReviewPolicy"/> inside the store's
/// transaction, audited in the same transaction) and answers the review queue. The time of every action comes from
/// the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class ReviewService(IQuanTracStore store, TimeProvider time)
{
    readonly IReviewStore _reviews = store as IReviewStore
        ?? throw new ArgumentException("This store keeps no review actions. / Cơ sở dữ liệu này không lưu thao tác kiểm duyệt.", nameof(store));

    /// <summary>
    /// Records one action. Throws <see cref="ReviewRefusedException"/> (bilingual) when the station or parameter is
    /// unknown or the policy refuses it; nothing is written then.
    /// </summary>
    public async Task<ReviewAction> RecordAsync(ReviewRequest request, CancellationToken cancellationToken = default)
    {
        var r = request.Normalized();
        ReviewPolicy.CheckFields(r);
        var station = await store.GetStationAsync(r.Station, cancellationToken) ?? throw ReviewStores.UnknownStation(r.Station);
        if (!station.Mappings.Any(m => string.Equals(m.ParameterCode, r.Parameter, StringComparison.Ordinal)))
            throw new ReviewRefusedException("UNKNOWN_PARAMETER",
                $"Trạm '{r.Station}' không có thông số '{r.Parameter}'.", $"Station '{r.Station}' has no parameter '{r.Parameter}'.");
        return await _reviews.AppendReviewAsync(r, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The review queue (see <see cref="ReviewQueue"/>).</summary>
    public Task<IReadOnlyList<ReviewQueueItem>> QueueAsync(ReviewQueueQuery query, CancellationToken cancellationToken = default) =>
        ReviewQueue.BuildAsync(store, query, cancellationToken);
}
