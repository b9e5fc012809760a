namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Why a file (or part of it) could not be accepted, worded for a station operator in English and Vietnamese.
/// </summary>
/// <param name="Code">Stable machine code, e.g. <c>ENCODING</c>, <c>NO_VALID_RECORD</c>.</param>
/// <param name="English">The reason in English, naming what was found.</param>
/// <param name="Vietnamese">The same reason in Vietnamese (with diacritics).</param>
public sealed record Problem(string Code, string English, string Vietnamese);
