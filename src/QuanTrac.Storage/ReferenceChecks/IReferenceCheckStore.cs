namespace QuanTrac.Storage.ReferenceChecks;

/// <summary>
/// One recorded reference-material check of a station analyser (quality-control.md §5.2), with its evaluation as
/// made when it was recorded (the limit in force then).
/// </summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Analyser">Analyser serial number.</param>
/// <param name="Parameter">Canonical parameter code: <c>pH</c> or <c>NH4</c>.</param>
/// <param name="Certified">Certified value of the material (pH units or mg/L).</param>
/// <param name="CertifiedUncertainty">Its uncertainty as stated on the certificate; null when not given.</param>
/// <param name="Lot">Reference-material lot.</param>
/// <param name="Temperature">Sample temperature during the check, °C; null when not recorded.</param>
/// <param name="Readings">The station's readings of the material.</param>
/// <param name="Mean">Mean of the readings.</param>
/// <param name="Error">Mean − certified.</param>
/// <param name="Limit">Allowed |error| applied.</param>
/// <param name="Passed">|error| ≤ limit.</param>
/// <param name="Operator">Who made the check.</param>
/// <param name="CheckedAt">When the check was made (the instant that opens or closes a suspect window).</param>
/// <param name="RecordedAt">When it was recorded in QuanTrac.</param>
public sealed record StoredReferenceCheck(string Station, string Analyser, string Parameter, double Certified, double? CertifiedUncertainty,
    string Lot, double? Temperature, IReadOnlyList<double> Readings, double Mean, double Error, double Limit, bool Passed,
    string Operator, DateTimeOffset CheckedAt, DateTimeOffset RecordedAt);

/// <summary>The recorded reference-material checks (table <c>reference_checks</c>); both stores implement it.</summary>
public interface IReferenceCheckStore
{
    /// <summary>
    /// Records checks in one transaction; a check already recorded for the same station, parameter, analyser and time is
    /// skipped (re-importing a file changes nothing). Returns the number of new checks.
    /// </summary>
    Task<int> RecordChecksAsync(IReadOnlyList<StoredReferenceCheck> checks, CancellationToken cancellationToken = default);

    /// <summary>Checks (of one station and/or parameter when given) made in [from, to] (null: unbounded), ordered by station, parameter, time.</summary>
    Task<IReadOnlyList<StoredReferenceCheck>> GetChecksAsync(string? station = null, string? parameter = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default);
}
