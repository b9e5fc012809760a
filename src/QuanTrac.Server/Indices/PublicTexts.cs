namespace QuanTrac.Server.Indices;

/// <summary>Texts that every publication of an index carries (Decision 1459/QĐ-TCMT Table 3), in Vietnamese and English.</summary>
public static class PublicTexts
{
    /// <summary>Where the values come from.</summary>
    public static readonly object DataSource = new
    {
        vi = "Trạm quan trắc tự động, liên tục; số liệu truyền theo Thông tư 10/2021/TT-BTNMT, tiếp nhận bởi QuanTrac.",
        en = "Automatic continuous monitoring stations; data transmitted under Circular 10/2021/TT-BTNMT and received by QuanTrac.",
    };

    /// <summary>What provisional and validated mean in the published answers.</summary>
    public static readonly object ProvisionalNote = new
    {
        vi = "Số liệu tạm thời: chỉ qua kiểm tra tự động, chưa được phê duyệt cấp 2. Giá trị chỉ được ghi là đã kiểm duyệt khi mọi số liệu đầu vào đã được phê duyệt cấp 2.",
        en = "Provisional data: automatic checks only, not yet approved at review level 2. A value is labelled validated only when all its inputs were approved at level 2.",
    };

    /// <summary>The method and the time basis of an index.</summary>
    public static object Basis(string method) => method == "VN_AQI"
        ? new
        {
            vi = "VN_AQI giờ theo Quyết định 1459/QĐ-TCMT: NowCast cho PM2.5 và PM10, trung bình 1 giờ cho O3, NO2, SO2, CO; giờ kết thúc, giờ Việt Nam (UTC+7).",
            en = "Hourly VN_AQI under Decision 1459/QĐ-TCMT: NowCast for PM2.5 and PM10, 1-hour means for O3, NO2, SO2 and CO; hour-ending, Vietnam time (UTC+7).",
        }
        : new
        {
            vi = "VN_WQI theo Quyết định 1460/QĐ-TCMT, tính từ giá trị mới nhất của trạm tự động (không phải mẫu ngày); quy tắc đủ số liệu cho trạm tự động: nhóm IV và ít nhất 2 nhóm (tuỳ chọn chưa được xác nhận chính thức).",
            en = "VN_WQI under Decision 1460/QĐ-TCMT, computed from the automatic station's newest values (not a daily sample); minimum-data rule for automatic stations: group IV and at least 2 groups (an option not yet officially confirmed).",
        };
}
