using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Stations.StationType;

namespace QuanTrac.Domain.Parameters;

/// <summary>
/// Built-in parameter definitions. Plausible ranges are wide physical bounds (the QC issue refines them per
/// station); units are canonical spellings from <see cref="Units"/>.
/// </summary>
static class DefaultParameters
{
    static readonly StationType[] Air = [AmbientAir];
    static readonly StationType[] Stack = [StackEmission];
    static readonly StationType[] Water = [SurfaceWater, IndustrialWastewater];
    static readonly StationType[] Waste = [IndustrialWastewater];
    static readonly StationType[] Surface = [SurfaceWater];
    static readonly StationType[] Everywhere = [AmbientAir, SurfaceWater, IndustrialWastewater, StackEmission];

    static ParameterDefinition P(string code, string vi, string en, string unit, decimal min, decimal max, StationType[] types, params string[] aliases) =>
        new(code, vi, en, unit, min, max, aliases, types);

    public static readonly IReadOnlyList<ParameterDefinition> All =
    [
        // Water and wastewater (NĐ 40/2019, TT 10/2021 Art. 26 and Ch. VII).
        P("Flow_In", "Lưu lượng đầu vào", "Inflow", Units.CubicMetrePerHour, 0, 100_000, Waste, "Flowin", "Flow_In", "FlowIn", "Flow in"),
        P("Flow_Out", "Lưu lượng đầu ra", "Outflow", Units.CubicMetrePerHour, 0, 100_000, Waste, "Flowout", "Flow_Out", "FlowOut", "Flow out"),
        P("Flow", "Lưu lượng", "Flow", Units.CubicMetrePerHour, 0, 100_000, Surface, "Lưu lượng"),
        P("Temp", "Nhiệt độ", "Temperature", Units.DegreeCelsius, -5, 100, Water, "Temperature", "Nhiệt độ", "Nhiệtđộ", "T"),
        P("pH", "pH", "pH", "", 0, 14, Water),
        P("TSS", "Tổng chất rắn lơ lửng", "Total suspended solids", Units.MilligramPerLitre, 0, 20_000, Water, "SS"),
        P("COD", "Nhu cầu oxy hóa học", "Chemical oxygen demand", Units.MilligramPerLitre, 0, 50_000, Water),
        P("BOD5", "Nhu cầu oxy sinh hóa (BOD5)", "Biochemical oxygen demand (BOD5)", Units.MilligramPerLitre, 0, 20_000, Water, "BOD", "BOD5 (20°C)"),
        P("NH4", "Amoni (tính theo N)", "Ammonium (as N)", Units.MilligramPerLitre, 0, 1_000, Water, "NH4+", "Amoni", "N-NH4", "NH4-N", "Ammonium"),
        P("TP", "Tổng phốt pho", "Total phosphorus", Units.MilligramPerLitre, 0, 1_000, Water, "T-P", "Tổng P"),
        P("TN", "Tổng nitơ", "Total nitrogen", Units.MilligramPerLitre, 0, 1_000, Water, "T-N", "Tổng N"),
        P("TOC", "Tổng cacbon hữu cơ", "Total organic carbon", Units.MilligramPerLitre, 0, 20_000, Water),
        P("Color", "Độ màu", "Colour", "Pt-Co", 0, 10_000, Water, "Colour", "Độ màu", "Mau"),
        P("Cl", "Clo dư", "Residual chlorine", Units.MilligramPerLitre, 0, 100, Water, "Clo", "Cl2", "Clo dư"),
        P("DO", "Oxy hòa tan", "Dissolved oxygen", Units.MilligramPerLitre, 0, 25, Water, "Oxy hòa tan"),
        P("COND", "Độ dẫn điện", "Conductivity", "µS/cm", 0, 200_000, Water, "EC", "Conductivity", "SpCond"),
        P("TURB", "Độ đục", "Turbidity", "NTU", 0, 10_000, Water, "Turbidity", "Độ đục"),
        P("NO3-N", "Nitrat (tính theo N)", "Nitrate (as N)", Units.MilligramPerLitre, 0, 1_000, Water, "NO3", "N-NO3"),
        P("PO4", "Phosphat (tính theo P)", "Phosphate (as P)", Units.MilligramPerLitre, 0, 1_000, Water, "PO4-P", "P-PO4"),
        P("Coliform", "Tổng Coliform", "Total coliforms", "MPN/100 mL", 0, 10_000_000, Water, "Coliforms", "Tổng Coliform"),
        P("Salinity", "Độ mặn", "Salinity", "‰", 0, 50, Surface, "Sal", "Độ mặn"),

        // Water quality parameters named by the QCVN 08 and QCVN 40 limit tables and by VN_WQI (laboratory or periodic).
        P("NO2-N", "Nitrit (tính theo N)", "Nitrite (as N)", Units.MilligramPerLitre, 0, 1_000, Water, "NO2-", "N-NO2"),
        P("Ecoli", "E.coli", "E. coli", "MPN/100 mL", 0, 10_000_000, Water, "E.coli", "E. coli"),
        P("ThermoColiform", "Coliform chịu nhiệt", "Heat-tolerant coliforms", "MPN/100 mL", 0, 10_000_000, Water, "Fecal coliform"),
        P("As", "Asen", "Arsenic", Units.MilligramPerLitre, 0, 100, Water, "Asen"),
        P("Cd", "Cadimi", "Cadmium", Units.MilligramPerLitre, 0, 100, Water, "Cadimi"),
        P("Pb", "Chì", "Lead", Units.MilligramPerLitre, 0, 100, Water, "Chì"),
        P("Cr6", "Crom (VI)", "Chromium (VI)", Units.MilligramPerLitre, 0, 100, Water, "Cr6+", "Cr(VI)"),
        P("Cr3", "Crom (III)", "Chromium (III)", Units.MilligramPerLitre, 0, 100, Water, "Cr3+", "Cr(III)"),
        P("Cu", "Đồng", "Copper", Units.MilligramPerLitre, 0, 100, Water, "Đồng"),
        P("Zn", "Kẽm", "Zinc", Units.MilligramPerLitre, 0, 100, Water, "Kẽm"),
        P("Ni", "Niken", "Nickel", Units.MilligramPerLitre, 0, 100, Water, "Niken"),
        P("Mn", "Mangan", "Manganese", Units.MilligramPerLitre, 0, 100, Water, "Mangan"),
        P("Fe", "Sắt", "Iron", Units.MilligramPerLitre, 0, 1_000, Water, "Sắt"),
        P("Hg", "Thủy ngân", "Mercury", Units.MilligramPerLitre, 0, 10, Water, "Thủy ngân"),
        P("CN", "Tổng xianua", "Total cyanide", Units.MilligramPerLitre, 0, 100, Water, "Xianua", "Cyanide"),
        P("Phenol", "Tổng phenol", "Total phenol", Units.MilligramPerLitre, 0, 1_000, Water),
        P("Oil", "Tổng dầu mỡ khoáng", "Total mineral oil and grease", Units.MilligramPerLitre, 0, 10_000, Water, "Dầu mỡ"),
        P("Sulfide", "Sunfua", "Sulphide", Units.MilligramPerLitre, 0, 1_000, Water, "Sunfua", "S2-"),
        P("F", "Florua", "Fluoride", Units.MilligramPerLitre, 0, 1_000, Water, "Florua", "F-"),
        P("Chloride", "Clorua", "Chloride", Units.MilligramPerLitre, 0, 50_000, Water, "Clorua", "Cl-"),
        P("Aldrin", "Aldrin", "Aldrin", Units.MicrogramPerLitre, 0, 1_000, Water),
        P("BHC", "BHC (Lindane)", "BHC (lindane)", Units.MicrogramPerLitre, 0, 1_000, Water, "Lindane"),
        P("Dieldrin", "Dieldrin", "Dieldrin", Units.MicrogramPerLitre, 0, 1_000, Water),
        P("DDTs", "Tổng DDT", "Total DDT", Units.MicrogramPerLitre, 0, 1_000, Water, "DDT"),
        P("Heptachlor", "Heptachlor và Heptachlorepoxide", "Heptachlor and heptachlor epoxide", Units.MicrogramPerLitre, 0, 1_000, Water),
        P("GrossAlpha", "Tổng hoạt độ phóng xạ α", "Gross alpha activity", "Bq/L", 0, 1_000, Water),
        P("GrossBeta", "Tổng hoạt độ phóng xạ β", "Gross beta activity", "Bq/L", 0, 1_000, Water),

        // Stack emissions (CEMS, NĐ 08/2022 Art. 98).
        P("Flow", "Lưu lượng khí thải", "Stack gas flow", Units.CubicMetrePerHour, 0, 10_000_000, Stack, "Lưu lượng"),
        P("Temp", "Nhiệt độ khí thải", "Stack gas temperature", Units.DegreeCelsius, -20, 1_500, Stack, "Temperature", "Nhiệt độ", "Nhiệtđộ"),
        P("P", "Áp suất khí thải", "Stack gas pressure", "kPa", 0, 1_000, Stack, "Pressure", "Áp suất", "Ápsuất"),
        P("PM", "Bụi tổng", "Total dust", Units.MilligramPerNormalCubicMetre, 0, 50_000, Stack, "Dust", "Bụi", "TSP"),
        P("O2", "Oxy dư", "Excess oxygen", Units.Percent, 0, 25, Stack, "O2 dư"),
        P("SO2", "Lưu huỳnh đioxit", "Sulphur dioxide", Units.MilligramPerNormalCubicMetre, 0, 50_000, Stack),
        P("NO", "Nitơ monoxit", "Nitric oxide", Units.MilligramPerNormalCubicMetre, 0, 50_000, Stack),
        P("NO2", "Nitơ đioxit", "Nitrogen dioxide", Units.MilligramPerNormalCubicMetre, 0, 50_000, Stack),
        P("NOx", "Nitơ oxit (NOx)", "Nitrogen oxides (NOx)", Units.MilligramPerNormalCubicMetre, 0, 50_000, Stack),
        P("CO", "Cacbon monoxit", "Carbon monoxide", Units.MilligramPerNormalCubicMetre, 0, 100_000, Stack),
        P("H2S", "Hydro sunfua", "Hydrogen sulphide", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack),
        P("NH3", "Amoniac", "Ammonia", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack),
        P("HCl", "Hydro clorua", "Hydrogen chloride", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack),
        P("HF", "Hydro florua", "Hydrogen fluoride", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack),
        P("Hg", "Thủy ngân", "Mercury", Units.MilligramPerNormalCubicMetre, 0, 100, Stack, "VHg"),
        // Further QCVN 19:2009 Table 1 substances (periodic stack measurements).
        P("Cl2", "Clo", "Chlorine", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack),
        P("SO3", "Hơi H2SO4 hoặc SO3 (tính theo SO3)", "H2SO4 mist or SO3 (as SO3)", Units.MilligramPerNormalCubicMetre, 0, 10_000, Stack, "H2SO4"),
        P("Sb", "Antimon và hợp chất", "Antimony and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),
        P("As", "Asen và hợp chất", "Arsenic and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),
        P("Cd", "Cadimi và hợp chất", "Cadmium and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),
        P("Pb", "Chì và hợp chất", "Lead and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),
        P("Cu", "Đồng và hợp chất", "Copper and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),
        P("Zn", "Kẽm và hợp chất", "Zinc and compounds", Units.MilligramPerNormalCubicMetre, 0, 1_000, Stack),

        // Ambient air (TT 10/2021 Ch. VI; the six VN_AQI pollutants in µg/m³, CO included).
        P("SO2", "Lưu huỳnh đioxit", "Sulphur dioxide", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("NO", "Nitơ monoxit", "Nitric oxide", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("NO2", "Nitơ đioxit", "Nitrogen dioxide", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("NOx", "Nitơ oxit (NOx)", "Nitrogen oxides (NOx)", Units.MicrogramPerCubicMetre, 0, 20_000, Air),
        P("CO", "Cacbon monoxit", "Carbon monoxide", Units.MicrogramPerCubicMetre, 0, 200_000, Air),
        P("O3", "Ozon", "Ozone", Units.MicrogramPerCubicMetre, 0, 2_000, Air),
        P("PM10", "Bụi PM10", "Particulate matter PM10", Units.MicrogramPerCubicMetre, 0, 5_000, Air),
        P("PM2.5", "Bụi PM2.5", "Particulate matter PM2.5", Units.MicrogramPerCubicMetre, 0, 3_000, Air, "PM2,5", "PM25", "PM 2.5"),
        P("PM1", "Bụi PM1", "Particulate matter PM1", Units.MicrogramPerCubicMetre, 0, 3_000, Air, "PM1.0", "PM1,0"),
        P("TSP", "Tổng bụi lơ lửng", "Total suspended particulates", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("Hg", "Thủy ngân", "Mercury", "ng/m³", 0, 10_000, Air, "VHg"),
        P("NH3", "Amoniac", "Ammonia", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("Pb", "Chì và hợp chất", "Lead and compounds", Units.MicrogramPerCubicMetre, 0, 100, Air),
        P("H2S", "Hydro sunfua", "Hydrogen sulphide", Units.MicrogramPerCubicMetre, 0, 10_000, Air),
        P("Temp", "Nhiệt độ", "Temperature", Units.DegreeCelsius, -10, 60, Air, "Temperature", "Nhiệt độ", "Nhiệtđộ"),
        P("TempIn", "Nhiệt độ trong nhà trạm", "Shelter temperature", Units.DegreeCelsius, -10, 70, Air, "Temp in", "Nhiệt độ trong"),
        P("RH", "Độ ẩm", "Relative humidity", Units.Percent, 0, 100, Air, "Humidity", "Độ ẩm", "Doam"),
        P("P", "Áp suất khí quyển", "Atmospheric pressure", "hPa", 500, 1_100, Air, "Pressure", "Áp suất", "Ápsuất"),
        P("WindSpeed", "Tốc độ gió", "Wind speed", "m/s", 0, 80, Air, "WS", "Tốc độ gió", "Wind Speed"),
        P("WindDir", "Hướng gió", "Wind direction", "degree", 0, 360, Air, "WD", "Hướng gió", "Wind Direction"),
        P("Radiation", "Bức xạ mặt trời", "Solar radiation", "W/m²", -50, 1_500, Air, "Solar radiation", "SR", "Bức xạ"),
        P("Rain", "Lượng mưa", "Rainfall", "mm", 0, 500, Air, "Rainfall", "Lượng mưa"),
        P("Benzene", "Benzen", "Benzene", "ppb", 0, 10_000, Air, "Benzen"),
        P("Toluene", "Toluen", "Toluene", "ppb", 0, 10_000, Air, "Toluen"),

        // Anything a station may send alongside (all types).
        P("Battery", "Điện áp nguồn", "Supply voltage", "V", 0, 1_000, Everywhere, "Voltage"),
    ];
}
