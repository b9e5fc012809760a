using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>The warnings VN_WQI attaches to a result: what was skipped or assumed.</summary>
public static class WqiWarnings
{
    /// <summary>DO measured but no water temperature: DO cannot be scored and was skipped.</summary>
    public static BilingualMessage DoWithoutTemperature { get; } = new("DO_WITHOUT_TEMPERATURE",
        "Có DO nhưng thiếu nhiệt độ nước: không tính được độ bão hòa, bỏ qua DO.",
        "DO given without water temperature: saturation cannot be computed, DO skipped.");

    /// <summary>Water temperature outside the range of the saturation fit: DO skipped.</summary>
    public static BilingualMessage TemperatureOutsideFit(decimal t) => new("TEMPERATURE_OUTSIDE_FIT",
        string.Create(CultureInfo.InvariantCulture, $"Nhiệt độ nước {t} °C nằm ngoài 0–50 °C của công thức bão hòa: bỏ qua DO."),
        string.Create(CultureInfo.InvariantCulture, $"Water temperature {t} °C is outside the 0–50 °C of the saturation fit: DO skipped."));

    /// <summary>Only one of heptachlor and heptachlor epoxide given: the sum uses that one alone.</summary>
    public static BilingualMessage HeptachlorPartial { get; } = new("HEPTACHLOR_PARTIAL",
        "Chỉ có một trong Heptachlor và Heptachlorepoxide: tổng được tính bằng giá trị có sẵn.",
        "Only one of Heptachlor and Heptachlorepoxide given: the sum is that value alone.");

    /// <summary>Group V missing: Formula 4 (no root) was used.</summary>
    public static BilingualMessage GroupVMissing { get; } = new("GROUP_V_MISSING",
        "Thiếu nhóm V (vi sinh): dùng công thức 4, WQI = WQI_I/100 × WQI_II/100 × WQI_III/100 × WQI_IV.",
        "Group V (microbiology) missing: Formula 4 used, WQI = WQI_I/100 × WQI_II/100 × WQI_III/100 × WQI_IV.");

    /// <summary>A group among I–III missing: it counts as a factor of 1.</summary>
    public static BilingualMessage GroupMissing(WqiGroup group) => new("GROUP_" + group + "_MISSING",
        $"Thiếu nhóm {group}: nhóm này được tính như hệ số 1.",
        $"Group {group} missing: it counts as a factor of 1.");

    /// <summary>The minimum-data rule is not met: no index.</summary>
    public static BilingualMessage InsufficientData(WqiMinimumDataRule rule) => rule == WqiMinimumDataRule.Standard
        ? new("INSUFFICIENT_DATA",
            "Không đủ số liệu: cần ít nhất 3 trong 5 nhóm, bắt buộc nhóm IV với ít nhất 3 thông số. Không tính VN_WQI.",
            "Insufficient data: at least 3 of the 5 groups are needed, group IV mandatory with at least 3 parameters. No VN_WQI.")
        : new("INSUFFICIENT_DATA",
            "Không đủ số liệu: cần ít nhất 2 nhóm, trong đó có nhóm IV. Không tính VN_WQI.",
            "Insufficient data: at least 2 groups including group IV are needed. No VN_WQI.");
}
