using System.Globalization;

namespace QuanTrac.Domain.Time;

/// <summary>
/// Vietnam local time: a fixed offset of +07:00 with no daylight-saving time (Asia/Ho_Chi_Minh).
/// Station files and public displays use it; storage uses UTC instants.
/// </summary>
public static class VietnamTime
{
    /// <summary>The fixed offset, +07:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The 14-digit timestamp format of station files, <c>yyyyMMddHHmmss</c>, local time.</summary>
    public const string FileTimestampFormat = "yyyyMMddHHmmss";

    /// <summary>Converts any instant to Vietnam local time (offset +07:00).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>Parses a 14-digit local timestamp (<c>yyyyMMddHHmmss</c>); false for any other text or an impossible date.</summary>
    public static bool TryParseFileTimestamp(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 14)
            return false;
        foreach (var c in text)
            if (c is < '0' or > '9')
                return false;
        // By hand rather than DateTime.TryParseExact: it runs for every value received, and the fixed 14 digits
        // need no format interpretation. Same acceptance as "yyyyMMddHHmmss" (year 0001–9999, real dates only).
        int year = Digits(text, 0, 4), month = Digits(text, 4, 2), day = Digits(text, 6, 2);
        int hour = Digits(text, 8, 2), minute = Digits(text, 10, 2), second = Digits(text, 12, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTimeOffset(year, month, day, hour, minute, second, Offset);
        return true;
    }

    static int Digits(ReadOnlySpan<char> text, int start, int count)
    {
        var n = 0;
        foreach (var c in text.Slice(start, count))
            n = n * 10 + (c - '0');
        return n;
    }

    /// <summary>Formats an instant as a 14-digit Vietnam-local timestamp.</summary>
    public static string FormatFileTimestamp(DateTimeOffset instant) =>
        ToLocal(instant).ToString(FileTimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats an instant as ISO 8601 in Vietnam time with its offset, e.g. <c>2026-03-25T00:05:00+07:00</c>.</summary>
    public static string FormatIso(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an ISO 8601 time as a person types it: with an offset or <c>Z</c> it is that instant; without
    /// one it is Vietnam local time (<c>2026-03-25T00:05</c> means 00:05 at +07:00).
    /// </summary>
    public static bool TryParseIso(string text, out DateTimeOffset value)
    {
        value = default;
        var t = text.Trim();
        var hasOffset = t.EndsWith('Z') || t.EndsWith('z') || t.IndexOf('+', StringComparison.Ordinal) > 0 || t.LastIndexOf('-') > 9;
        if (hasOffset)
            return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        if (!DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        // 0001-01-01T00:00 at +07:00 would be before DateTimeOffset.MinValue in UTC: not a time, not an exception.
        if (local < DateTime.MinValue.Add(Offset))
            return false;
        value = new DateTimeOffset(local, Offset);
        return true;
    }
}
