namespace QuanTrac.Domain.Stations;

/// <summary>
/// How a station's files are read where the station differs from the national format's defaults
/// (station-data-format.md §4.2, §5.4); kept in the station registry.
/// </summary>
/// <param name="Strict">Strict mode: a file with any malformed line is rejected whole instead of read line by line.</param>
/// <param name="DecimalComma">Accept <c>7,12</c> as 7.12 (tolerant mode only; old loggers set to a Vietnamese locale).</param>
/// <param name="LegacyName">The station names its files <c>&lt;Name&gt;&lt;yyyyMMddHHmmss&gt;.txt</c> without a separator; its
/// prefix is that name (§13.5).</param>
public sealed record StationFileReading(bool Strict = false, bool DecimalComma = false, bool LegacyName = false)
{
    /// <summary>The national defaults: tolerant, '.' decimals, standard names.</summary>
    public static StationFileReading Default { get; } = new();

    /// <summary>
    /// Why these settings cannot be read for a station with <paramref name="prefix"/> (Vietnamese, English); none when they can.
    /// </summary>
    public IEnumerable<(string Vi, string En)> Problems(string prefix)
    {
        if (Strict && DecimalComma)
            yield return ("Dấu phẩy thập phân chỉ được đọc ở chế độ dung sai: hãy chọn một trong hai.",
                "A decimal comma is read in tolerant mode only: choose strict mode or a decimal comma.");
        // The legacy name is <Name><yyyyMMddHHmmss>.txt with a name of letters only, and that name is the prefix.
        if (LegacyName && !prefix.All(char.IsAsciiLetter))
            yield return ("Tên tệp kiểu cũ (<Tên><yyyyMMddHHmmss>.txt) chỉ dùng được khi tiền tố trạm chỉ gồm chữ cái A-Z.",
                "Legacy file names (<Name><yyyyMMddHHmmss>.txt) need a station prefix of letters A-Z only.");
    }
}
