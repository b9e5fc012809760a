namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>
/// A band of Table 1 of Decision 1460 (water-quality-index.md §8): a closed range of the rounded index, names,
/// colour and suitability in Vietnamese and English.
/// </summary>
/// <param name="Min">Lowest rounded VN_WQI of the band, inclusive.</param>
/// <param name="Max">Highest rounded VN_WQI of the band, inclusive.</param>
/// <param name="Vi">Name in Vietnamese.</param>
/// <param name="En">Name in English.</param>
/// <param name="ColourVi">Colour name in Vietnamese.</param>
/// <param name="ColourEn">Colour name in English.</param>
/// <param name="Red">Red component, 0–255.</param>
/// <param name="Green">Green component, 0–255.</param>
/// <param name="Blue">Blue component, 0–255.</param>
/// <param name="UseVi">Suitable use, paraphrased, in Vietnamese.</param>
/// <param name="UseEn">Suitable use, paraphrased, in English.</param>
public sealed record WqiCategory(int Min, int Max, string Vi, string En, string ColourVi, string ColourEn,
    byte Red, byte Green, byte Blue, string UseVi, string UseEn)
{
    /// <summary>The colour as <c>R;G;B</c>, the form of the decision's table.</summary>
    public string Rgb => $"{Red};{Green};{Blue}";

    /// <summary>The six bands, best first.</summary>
    public static IReadOnlyList<WqiCategory> All { get; } =
    [
        new(91, 100, "Rất tốt", "Excellent", "Xanh nước biển", "Blue", 51, 51, 255,
            "Sử dụng tốt cho mục đích cấp nước sinh hoạt", "Good for domestic water supply"),
        new(76, 90, "Tốt", "Good", "Xanh lá cây", "Green", 0, 228, 0,
            "Sử dụng cho mục đích cấp nước sinh hoạt nhưng cần các biện pháp xử lý phù hợp", "Domestic supply after suitable treatment"),
        new(51, 75, "Trung bình", "Medium", "Vàng", "Yellow", 255, 255, 0,
            "Sử dụng cho mục đích tưới tiêu và các mục đích tương đương khác", "Irrigation and similar uses"),
        new(26, 50, "Xấu", "Bad", "Da cam", "Orange", 255, 126, 0,
            "Sử dụng cho giao thông thủy và các mục đích tương đương khác", "Waterway transport and similar uses"),
        new(10, 25, "Kém", "Poor", "Đỏ", "Red", 255, 0, 0,
            "Nước ô nhiễm nặng, cần các biện pháp xử lý trong tương lai", "Heavily polluted; needs treatment in future"),
        new(0, 9, "Ô nhiễm rất nặng", "Very heavily polluted", "Nâu", "Brown", 126, 0, 35,
            "Nước nhiễm độc, cần có biện pháp khắc phục, xử lý", "Toxic water; remediation needed"),
    ];

    /// <summary>The band of a rounded index (0–100); values outside are clamped first.</summary>
    public static WqiCategory Of(int wqi)
    {
        var v = Math.Clamp(wqi, 0, 100);
        return All.First(c => v >= c.Min && v <= c.Max);
    }
}
