namespace QuanTrac.Storage;

/// <summary>What happened to a received file.</summary>
public enum FileOutcomeKind
{
    /// <summary>Parsed and stored.</summary>
    Accepted,
    /// <summary>Same name and bytes as a file already accepted: nothing new.</summary>
    Duplicate,
    /// <summary>Kept in the archive but not stored as data, with a reason.</summary>
    Quarantined,
}

/// <summary>The result of committing one file.</summary>
/// <param name="FileName">File name.</param>
/// <param name="Kind">Outcome.</param>
/// <param name="Inserted">Observations stored for a key seen for the first time.</param>
/// <param name="NewVersions">Observations that replaced a different earlier value (the earlier one is kept in history).</param>
/// <param name="Unchanged">Observations identical to what was already stored.</param>
/// <param name="Reason">Why the file was quarantined, or null.</param>
public sealed record FileOutcome(string FileName, FileOutcomeKind Kind, int Inserted, int NewVersions, int Unchanged, Reason? Reason);
