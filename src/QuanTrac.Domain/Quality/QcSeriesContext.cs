namespace QuanTrac.Domain.Quality;

/// <summary>What a series' QC needs besides its values: inputs that come from other stores.</summary>
public sealed record QcSeriesContext
{
    /// <summary>No outside input.</summary>
    public static readonly QcSeriesContext None = new();

    /// <summary>Failed reference-material check periods of this station parameter (see <see cref="ReferenceCheckPeriods"/>).</summary>
    public IReadOnlyList<QcPeriod> FailedReferenceChecks { get; init; } = [];
}
