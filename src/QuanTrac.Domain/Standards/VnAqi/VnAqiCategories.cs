using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// Table 1 (categories and colours), Table 4 (health effects) and Table 5 (recommended activities) of Decision
/// 1459/QĐ-TCMT. The Vietnamese texts follow the decision's wording; the English texts are translations
/// (air-quality-index.md §10–§12).
/// </summary>
public static class VnAqiCategories
{
    /// <summary>The six bands, 0–50 first; an AQI above 500 (only without clamping) is "Nguy hại".</summary>
    public static readonly IReadOnlyList<AqiCategory> Bands =
    [
        new(0, 50, "Tốt", "Good", "Xanh", "green", 0, 228, 0,
            "Chất lượng không khí tốt, không ảnh hưởng tới sức khỏe.",
            "Air quality is good; no health impact.",
            "Tự do thực hiện các hoạt động ngoài trời.", "Outdoor activities freely.",
            "Tự do thực hiện các hoạt động ngoài trời.", "Outdoor activities freely."),
        new(51, 100, "Trung bình", "Moderate", "Vàng", "yellow", 255, 255, 0,
            "Chất lượng không khí ở mức chấp nhận được. Tuy nhiên, đối với những người nhạy cảm (người già, trẻ em, người mắc các bệnh hô hấp, tim mạch…) có thể chịu những tác động nhất định tới sức khỏe.",
            "Air quality is acceptable; sensitive people (the elderly, children, people with respiratory or cardiovascular disease) may feel some effects.",
            "Tự do thực hiện các hoạt động ngoài trời.", "Outdoor activities freely.",
            "Nên theo dõi các triệu chứng như ho hoặc khó thở, nhưng vẫn có thể hoạt động bên ngoài.",
            "Watch for symptoms such as coughing or shortness of breath; outdoor activity is still possible."),
        new(101, 150, "Kém", "Poor", "Da cam", "orange", 255, 126, 0,
            "Những người nhạy cảm gặp phải các vấn đề về sức khỏe, những người bình thường ít ảnh hưởng.",
            "Sensitive people experience health problems; healthy people are little affected.",
            "Những người thấy có triệu chứng đau mắt, ho hoặc đau họng… nên cân nhắc giảm các hoạt động ngoài trời. Đối với học sinh, có thể hoạt động bên ngoài, nhưng nên giảm bớt việc tập thể dục kéo dài.",
            "People with sore eyes, a cough or a sore throat should consider cutting outdoor activity; pupils may stay outdoors but should avoid prolonged strenuous exercise.",
            "Nên giảm các hoạt động mạnh và giảm thời gian hoạt động ngoài trời. Những người mắc bệnh hen suyễn có thể cần sử dụng thuốc thường xuyên hơn.",
            "Cut strenuous activity and time outdoors; people with asthma may need their medication more often."),
        new(151, 200, "Xấu", "Bad", "Đỏ", "red", 255, 0, 0,
            "Những người bình thường bắt đầu có các ảnh hưởng tới sức khỏe, những người nhạy cảm có thể gặp những vấn đề sức khỏe nghiêm trọng hơn.",
            "Healthy people start to be affected; sensitive people may have more serious problems.",
            "Mọi người nên giảm các hoạt động mạnh khi ở ngoài trời, tránh tập thể dục kéo dài và nghỉ ngơi nhiều hơn trong nhà.",
            "Reduce strenuous outdoor activity, avoid prolonged exercise, rest more indoors.",
            "Nên ở trong nhà và giảm các hoạt động mạnh. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.",
            "Stay indoors and reduce strenuous activity; wear a suitable mask when going out."),
        new(201, 300, "Rất xấu", "Very bad", "Tím", "purple", 143, 63, 151,
            "Cảnh báo hưởng tới sức khỏe: mọi người bị ảnh hưởng tới sức khỏe nghiêm trọng hơn.",
            "Health warning: everyone may suffer more serious effects.",
            "Mọi người hạn chế tối đa các hoạt động ngoài trời và chuyển tất cả các hoạt động vào trong nhà. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.",
            "Keep outdoor activity to a minimum and move activities indoors; wear a suitable mask when going out.",
            "Nên ở trong nhà và giảm các hoạt động mạnh.",
            "Stay indoors and reduce strenuous activity."),
        new(301, 500, "Nguy hại", "Hazardous", "Nâu", "maroon", 126, 0, 35,
            "Cảnh báo khẩn cấp về sức khỏe: toàn bộ dân số bị ảnh hưởng tới sức khỏe tới mức nghiêm trọng.",
            "Health emergency: the whole population is likely to be seriously affected.",
            "Mọi người nên ở trong nhà, đóng cửa ra vào và cửa sổ. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.",
            "Everyone stays indoors with doors and windows closed; wear a suitable mask when going out.",
            "Mọi người nên ở trong nhà, đóng cửa ra vào và cửa sổ. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.",
            "Everyone stays indoors with doors and windows closed; wear a suitable mask when going out."),
    ];

    /// <summary>The band of an integer VN_AQI (0–500); null for a negative value.</summary>
    public static AqiCategory? Of(int aqi) => AqiCategory.Find(Bands, aqi);
}
