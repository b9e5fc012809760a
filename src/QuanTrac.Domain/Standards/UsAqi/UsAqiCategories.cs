using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.UsAqi;

/// <summary>US EPA AQI categories (same palette as VN_AQI), English names from the EPA, Vietnamese translations.</summary>
public static class UsAqiCategories
{
    /// <summary>The six bands, 0–50 first.</summary>
    public static readonly IReadOnlyList<AqiCategory> Bands =
    [
        new(0, 50, "Tốt", "Good", "Xanh", "green", 0, 228, 0,
            "Chất lượng không khí đạt yêu cầu, ít hoặc không có rủi ro.", "Air quality is satisfactory; little or no risk.",
            "Không cần hạn chế.", "None.", "Không cần hạn chế.", "None."),
        new(51, 100, "Trung bình", "Moderate", "Vàng", "yellow", 255, 255, 0,
            "Chấp nhận được; một số người đặc biệt nhạy cảm có thể bị ảnh hưởng.", "Acceptable; a risk for some people who are unusually sensitive.",
            "Không cần hạn chế.", "None.",
            "Người đặc biệt nhạy cảm nên cân nhắc giảm gắng sức kéo dài ngoài trời.", "Unusually sensitive people should consider reducing prolonged or heavy exertion."),
        new(101, 150, "Không tốt cho nhóm nhạy cảm", "Unhealthy for Sensitive Groups", "Da cam", "orange", 255, 126, 0,
            "Nhóm nhạy cảm có thể bị ảnh hưởng; công chúng ít bị ảnh hưởng.", "Members of sensitive groups may experience health effects; the public is less likely to be affected.",
            "Không cần hạn chế.", "None.",
            "Giảm gắng sức kéo dài hoặc nặng ngoài trời.", "Reduce prolonged or heavy exertion outdoors."),
        new(151, 200, "Không tốt cho sức khỏe", "Unhealthy", "Đỏ", "red", 255, 0, 0,
            "Một số người trong cộng đồng có thể bị ảnh hưởng; nhóm nhạy cảm bị ảnh hưởng nghiêm trọng hơn.", "Some members of the public may experience health effects; sensitive groups more serious effects.",
            "Giảm gắng sức kéo dài hoặc nặng ngoài trời.", "Reduce prolonged or heavy exertion outdoors.",
            "Tránh gắng sức kéo dài hoặc nặng ngoài trời.", "Avoid prolonged or heavy exertion outdoors."),
        new(201, 300, "Rất không tốt cho sức khỏe", "Very Unhealthy", "Tím", "purple", 143, 63, 151,
            "Cảnh báo sức khỏe: nguy cơ ảnh hưởng tăng với mọi người.", "Health alert: the risk of health effects is increased for everyone.",
            "Tránh gắng sức kéo dài hoặc nặng ngoài trời.", "Avoid prolonged or heavy exertion outdoors.",
            "Tránh mọi hoạt động thể chất ngoài trời.", "Avoid all physical activity outdoors."),
        new(301, 500, "Nguy hại", "Hazardous", "Nâu", "maroon", 126, 0, 35,
            "Cảnh báo khẩn cấp về sức khỏe: mọi người đều có khả năng bị ảnh hưởng.", "Health warning of emergency conditions: everyone is more likely to be affected.",
            "Tránh mọi hoạt động thể chất ngoài trời.", "Avoid all physical activity outdoors.",
            "Ở trong nhà, giữ mức hoạt động thấp.", "Remain indoors and keep activity levels low."),
    ];

    /// <summary>The band of an integer US AQI; null for a negative value.</summary>
    public static AqiCategory? Of(int aqi) => AqiCategory.Find(Bands, aqi);
}
