using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Rounds;

/// <summary>Checks a measurand's scoring set-up before it is stored, so that a round never fails later for a missing number.</summary>
public static class MeasurandSetup
{
    /// <summary>
    /// One unit as a mass fraction for the Horwitz function, from the unit's name: mg/L, mg/kg, ppm → 1e-6;
    /// µg/L, µg/kg, ppb → 1e-9; ng/L, ng/kg → 1e-12; g/kg → 1e-3; % → 0.01. Water is taken as 1 kg/L. Null when unknown.
    /// </summary>
    public static double? MassFractionPerUnit(string unit) => unit.Trim().ToLowerInvariant().Replace('μ', 'µ') switch
    {
        "mg/l" or "mg/kg" or "ppm" => 1e-6,
        "µg/l" or "ug/l" or "µg/kg" or "ug/kg" or "ppb" => 1e-9,
        "ng/l" or "ng/kg" => 1e-12,
        "g/kg" => 1e-3,
        "%" => 0.01,
        _ => null,
    };

    /// <summary>Validates and completes a measurand (Horwitz gets its mass fraction per unit); throws <see cref="PtSetupException"/>.</summary>
    public static PtMeasurand Validate(PtMeasurand m)
    {
        Require(Code(m.Code) && m.Matrix.Trim().Length > 0 && m.Parameter.Trim().Length > 0 && m.Unit.Trim().Length > 0, "PT_MEASURAND_FIELDS",
            "Chỉ tiêu cần mã (chữ, số, '-', '_'), nền mẫu, thông số và đơn vị.", "A measurand needs a code (letters, digits, '-', '_'), a matrix, a parameter and a unit.");
        var method = m.Method;
        if (method.Assigned == PtAssignedMethod.Reference)
            Require(method.ReferenceValue is { } v && double.IsFinite(v) && method.ReferenceUncertainty is { } u && double.IsFinite(u) && u >= 0,
                "PT_REFERENCE_VALUE", "Giá trị ấn định kiểu 'reference' cần giá trị và độ không đảm bảo chuẩn u ≥ 0.",
                "A 'reference' assigned value needs the value and its standard uncertainty u ≥ 0.");
        switch (method.Sigma)
        {
            case PtSigmaMethod.Fixed or PtSigmaMethod.Percent:
                Require(method.SigmaValue is { } s && double.IsFinite(s) && s > 0, "PT_SIGMA_VALUE",
                    "σ_pt kiểu 'fixed' hoặc 'percent' cần một giá trị dương.", "A 'fixed' or 'percent' σ_pt needs a positive value.");
                break;
            case PtSigmaMethod.Horwitz:
                var fraction = method.MassFractionPerUnit ?? MassFractionPerUnit(m.Unit);
                Require(fraction is > 0, "PT_HORWITZ_UNIT",
                    $"Không đổi được đơn vị '{m.Unit}' sang phần khối lượng cho hàm Horwitz; hãy cho hệ số (ví dụ 1e-6 cho mg/kg).",
                    $"The unit '{m.Unit}' cannot be converted to a mass fraction for the Horwitz function; give the factor (e.g. 1e-6 for mg/kg).");
                method = method with { MassFractionPerUnit = fraction };
                break;
        }
        if (method.AllowedDeviation is { } delta)
            Require(double.IsFinite(delta) && delta > 0, "PT_DELTA_E", "δ_E phải là số dương.", "δ_E must be a positive number.");
        return m with { Method = method };
    }

    /// <summary>True for a code of letters, digits, '-', '_' and '.', 1–64 characters.</summary>
    public static bool Code(string code) =>
        code.Length is > 0 and <= 64 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    static void Require(bool condition, string code, string vi, string en)
    {
        if (!condition)
            throw new PtSetupException(new(code, vi, en));
    }
}
