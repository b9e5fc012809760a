namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Something unusual found while reading a station file that did not stop the file from being read:
/// a record or line may have been skipped, or a value read in a tolerant way.
/// </summary>
/// <param name="Line">1-based physical line number; 0 for a warning about the whole file (BOM, mixed line endings).</param>
/// <param name="Code">Spec code, e.g. <c>MULTI_RECORD_LINE</c>, <c>BAD_FIELD_COUNT</c>.</param>
/// <param name="English">What was found and what was done, in English.</param>
/// <param name="Vietnamese">The same in Vietnamese.</param>
public sealed record ParseWarning(int Line, string Code, string English, string Vietnamese);
