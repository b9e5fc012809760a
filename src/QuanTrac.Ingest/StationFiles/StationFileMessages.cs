using System.Globalization;

namespace QuanTrac.Ingest.StationFiles;

/// <summary>
/// Every text the reader shows to an operator, in English and Vietnamese, in one place so the two languages
/// stay in step. Messages quote what was found, shortened so a hostile file cannot produce huge messages.
/// </summary>
internal static class StationFileMessages
{
    const int MaxQuoted = 40;
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Quotes raw text, cut to a readable length and with control characters made visible.</summary>
    internal static string Q(string text)
    {
        var cut = text.Length > MaxQuoted ? string.Concat(text.AsSpan(0, MaxQuoted), "…") : text;
        foreach (var c in cut)
            if (char.IsControl(c))
                return "'" + string.Create(cut.Length, cut, static (dst, src) =>
                {
                    for (var i = 0; i < src.Length; i++)
                        dst[i] = char.IsControl(src[i]) ? '?' : src[i];
                }) + "'";
        return "'" + cut + "'";
    }

    static string F(FormattableString s) => s.ToString(Inv);

    // ---- whole-file problems ----

    internal static Problem BadFileName(string file) => new("BAD_FILE_NAME",
        F($"The file name {Q(file)} does not follow <prefix>_<yyyyMMddHHmmss>.txt (e.g. QN_DEMO_NUO002_20250614083500.txt)."),
        F($"Tên tệp {Q(file)} không đúng dạng <tiền tố>_<yyyyMMddHHmmss>.txt (ví dụ QN_DEMO_NUO002_20250614083500.txt)."));

    internal static Problem BadFileTimestamp(string file, string ts) => new("BAD_FILE_TIMESTAMP",
        F($"The time '{ts}' in the file name {Q(file)} is not a valid date and time (yyyyMMddHHmmss)."),
        F($"Thời gian '{ts}' trong tên tệp {Q(file)} không phải là ngày giờ hợp lệ (yyyyMMddHHmmss)."));

    internal static Problem LegacyNameNotAllowed(string file, string name) => new("LEGACY_NAME_NOT_ALLOWED",
        F($"The file name {Q(file)} has no '_' before the time; this legacy form is accepted only for a station registered with the legacy name {Q(name)}."),
        F($"Tên tệp {Q(file)} không có dấu '_' trước thời gian; dạng tên cũ này chỉ được chấp nhận cho trạm đã đăng ký tên cũ {Q(name)}."));

    internal static Problem TooLarge(long size, long limit) => new("FILE_TOO_LARGE",
        F($"The file is {size:N0} bytes; the limit is {limit:N0} bytes. A 5-minute station file is a few hundred bytes, so this is not a station file."),
        F($"Tệp có dung lượng {size:N0} byte, vượt giới hạn {limit:N0} byte. Một tệp dữ liệu 5 phút của trạm chỉ có vài trăm byte nên đây không phải là tệp dữ liệu trạm."));

    internal static Problem EmptyFile(bool zeroBytes) => zeroBytes
        ? new("EMPTY_FILE", "The file is empty (0 bytes).", "Tệp rỗng (0 byte).")
        : new("EMPTY_FILE", "The file holds only blank lines.", "Tệp chỉ có các dòng trống.");

    internal static Problem Encoding(byte b, int offset, int line) => new("ENCODING",
        F($"The file is not valid UTF-8 text: byte 0x{b:X2} at position {offset} (line {line}) cannot be decoded. Save the file as UTF-8."),
        F($"Tệp không phải là văn bản UTF-8 hợp lệ: byte 0x{b:X2} ở vị trí {offset} (dòng {line}) không giải mã được. Hãy lưu tệp dạng UTF-8."));

    internal static Problem NoValidRecord(in RejectionCounts c)
    {
        if (c.BadFieldCount == c.NonBlankLines)
            return new("NO_VALID_RECORD",
                F($"The file has no valid record: no line had 5 TAB-separated fields ({c.NonBlankLines} non-blank line(s) read)."),
                F($"Tệp không có bản ghi hợp lệ nào: không dòng nào có 5 trường phân cách bằng ký tự TAB (đã đọc {c.NonBlankLines} dòng không trống)."));
        var en = new List<string>();
        var vi = new List<string>();
        void Add(int n, string e, string v)
        {
            if (n == 0)
                return;
            en.Add(F($"{n} {e}"));
            vi.Add(F($"{n} {v}"));
        }
        Add(c.BadFieldCount, "line(s) did not have 5 TAB-separated fields", "dòng không có 5 trường phân cách bằng TAB");
        Add(c.MultiRecordStrict, "line(s) held several records (not allowed in strict mode)", "dòng chứa nhiều bản ghi (không được phép ở chế độ nghiêm ngặt)");
        Add(c.TrailingStrict, "line(s) had extra empty fields (not allowed in strict mode)", "dòng có trường rỗng thừa ở cuối (không được phép ở chế độ nghiêm ngặt)");
        Add(c.EmptyParameter, "record(s) had an empty parameter name", "bản ghi có tên thông số trống");
        Add(c.BadTimestamp, "record(s) had an invalid time", "bản ghi có thời gian không hợp lệ");
        Add(c.DuplicateStrict, "record(s) were duplicates (rejected in strict mode)", "bản ghi bị trùng (bị loại ở chế độ nghiêm ngặt)");
        return new("NO_VALID_RECORD",
            "The file has no valid record: " + string.Join("; ", en) + ".",
            "Tệp không có bản ghi hợp lệ nào: " + string.Join("; ", vi) + ".");
    }

    // ---- warnings ----

    internal static ParseWarning Bom() => new(0, "BOM",
        "The file starts with a UTF-8 byte-order mark (BOM); it was removed. Save files as UTF-8 without BOM.",
        "Tệp bắt đầu bằng dấu BOM của UTF-8; dấu này đã được bỏ đi. Hãy lưu tệp dạng UTF-8 không có BOM.");

    internal static ParseWarning MixedLineEndings(int crlf, int lf) => new(0, "MIXED_LINE_ENDINGS",
        F($"The file mixes line endings: {crlf} line(s) end with CRLF and {lf} with LF; all were read."),
        F($"Tệp dùng lẫn các kiểu xuống dòng: {crlf} dòng kết thúc bằng CRLF và {lf} dòng bằng LF; tất cả đều đã được đọc."));

    internal static ParseWarning BadFieldCount(int line, int fields) => new(line, "BAD_FIELD_COUNT",
        F($"Line {line} has {fields} field(s); a record needs 5 fields separated by TAB (name, value, unit, time, status). The line was skipped."),
        F($"Dòng {line} có {fields} trường; mỗi bản ghi cần 5 trường phân cách bằng ký tự TAB (thông số, kết quả, đơn vị, thời gian, trạng thái). Dòng này bị bỏ qua."));

    internal static ParseWarning MultiRecord(int line, int records, int fields, bool strict) => strict
        ? new(line, "MULTI_RECORD_LINE",
            F($"Line {line} holds {records} records ({fields} fields); strict mode requires one record per line, so the line was rejected."),
            F($"Dòng {line} chứa {records} bản ghi ({fields} trường); chế độ nghiêm ngặt yêu cầu mỗi dòng một bản ghi nên dòng này bị loại."))
        : new(line, "MULTI_RECORD_LINE",
            F($"Line {line} holds {records} records ({fields} fields) instead of one per line; all {records} were read."),
            F($"Dòng {line} chứa {records} bản ghi ({fields} trường) thay vì mỗi dòng một bản ghi; đã đọc cả {records} bản ghi."));

    internal static ParseWarning TrailingFields(int line, int extra, bool strict) => strict
        ? new(line, "TRAILING_FIELDS",
            F($"Line {line} ends with {extra} extra empty field(s) (a trailing TAB); strict mode rejects such a line."),
            F($"Dòng {line} có thêm {extra} trường rỗng ở cuối (thừa ký tự TAB); chế độ nghiêm ngặt không chấp nhận nên dòng này bị loại."))
        : new(line, "TRAILING_FIELDS",
            F($"Line {line} ends with {extra} extra empty field(s) (a trailing TAB); they were ignored."),
            F($"Dòng {line} có thêm {extra} trường rỗng ở cuối (thừa ký tự TAB); các trường này được bỏ qua."));

    internal static ParseWarning EmptyParameter(int line) => new(line, "EMPTY_PARAMETER",
        F($"Line {line}: the parameter name is empty; the record was rejected."),
        F($"Dòng {line}: tên thông số bị trống; bản ghi bị loại."));

    internal static ParseWarning NonNumeric(int line, string parameter, string value) => new(line, "NON_NUMERIC",
        F($"Line {line}: the value {Q(value)} of {Q(parameter)} is not a number (write it with a decimal point, e.g. 7.12); it was stored as no value, with the raw text kept."),
        F($"Dòng {line}: kết quả {Q(value)} của {Q(parameter)} không phải là số (hãy dùng dấu chấm thập phân, ví dụ 7.12); giá trị được lưu là trống và giữ nguyên văn bản gốc."));

    internal static ParseWarning DecimalComma(int line, string parameter, string value, decimal read) => new(line, "DECIMAL_COMMA",
        F($"Line {line}: the value {Q(value)} of {Q(parameter)} uses a decimal comma; it was read as {read}."),
        F($"Dòng {line}: kết quả {Q(value)} của {Q(parameter)} dùng dấu phẩy thập phân; đã đọc thành {read}."));

    internal static ParseWarning StatusPadded(int line, string parameter, string status) => new(line, "STATUS_PADDED",
        F($"Line {line}: the status '{status}' of {Q(parameter)} has one digit; it was read as '0{status}'."),
        F($"Dòng {line}: trạng thái '{status}' của {Q(parameter)} chỉ có một chữ số; đã đọc thành '0{status}'."));

    internal static ParseWarning UnknownStatus(int line, string parameter, string status, bool oneDigitStrict)
    {
        var shown = status.Length == 0 ? "(empty)" : Q(status);
        var shownVi = status.Length == 0 ? "(trống)" : Q(status);
        var why = oneDigitStrict ? " (strict mode requires two digits)" : "";
        var whyVi = oneDigitStrict ? " (chế độ nghiêm ngặt yêu cầu hai chữ số)" : "";
        return new(line, "UNKNOWN_STATUS",
            F($"Line {line}: the status {shown} of {Q(parameter)} is not 00 (measuring), 01 (calibrating) or 02 (device error){why}; the value is kept but treated as invalid."),
            F($"Dòng {line}: trạng thái {shownVi} của {Q(parameter)} không phải 00 (đang đo), 01 (hiệu chuẩn) hoặc 02 (báo lỗi thiết bị){whyVi}; giá trị được giữ lại nhưng bị coi là không hợp lệ."));
    }

    internal static ParseWarning BadTimestamp(int line, string parameter, string ts) => new(line, "BAD_TIMESTAMP",
        F($"Line {line}: the time {Q(ts)} of {Q(parameter)} is not a valid date and time in the form yyyyMMddHHmmss; the record was rejected."),
        F($"Dòng {line}: thời gian {Q(ts)} của {Q(parameter)} không phải là ngày giờ hợp lệ theo dạng yyyyMMddHHmmss; bản ghi bị loại."));

    internal static ParseWarning TimestampMismatch(int line, string parameter, string ts, string fileTs) => new(line, "TS_MISMATCH",
        F($"Line {line}: the time {ts} of {Q(parameter)} differs from the time {fileTs} in the file name; the line's time was kept."),
        F($"Dòng {line}: thời gian {ts} của {Q(parameter)} khác với thời gian {fileTs} trong tên tệp; giữ thời gian ghi trên dòng."));

    internal static ParseWarning Duplicate(int line, int firstLine, string parameter, bool strict) => strict
        ? new(line, "DUPLICATE_IN_FILE",
            F($"Line {line}: {Q(parameter)} with the same time already appeared on line {firstLine}; strict mode rejects both records."),
            F($"Dòng {line}: {Q(parameter)} cùng thời gian đã xuất hiện ở dòng {firstLine}; chế độ nghiêm ngặt loại cả hai bản ghi."))
        : new(line, "DUPLICATE_IN_FILE",
            F($"Line {line}: {Q(parameter)} with the same time already appeared on line {firstLine}; the later value (line {line}) was kept."),
            F($"Dòng {line}: {Q(parameter)} cùng thời gian đã xuất hiện ở dòng {firstLine}; giữ giá trị sau (dòng {line})."));

    internal static ParseWarning Decomposed(int line, string text, bool isUnit) => isUnit
        ? new(line, "DECOMPOSED_UNICODE",
            F($"Line {line}: the unit {Q(text)} was not in composed Unicode form (NFC); it was normalised."),
            F($"Dòng {line}: đơn vị {Q(text)} không ở dạng Unicode dựng sẵn (NFC); đã được chuẩn hoá."))
        : new(line, "DECOMPOSED_UNICODE",
            F($"Line {line}: the parameter name {Q(text)} was not in composed Unicode form (NFC); it was normalised."),
            F($"Dòng {line}: tên thông số {Q(text)} không ở dạng Unicode dựng sẵn (NFC); đã được chuẩn hoá."));
}

/// <summary>Why lines and records were rejected, to explain a file with no valid record.</summary>
internal struct RejectionCounts
{
    public int NonBlankLines;
    public int BadFieldCount;
    public int MultiRecordStrict;
    public int TrailingStrict;
    public int EmptyParameter;
    public int BadTimestamp;
    public int DuplicateStrict;
}
