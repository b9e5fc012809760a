namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>The parameters scored by VN_WQI (Decision 1460/QĐ-TCMT), each in the unit of its group.</summary>
public enum WqiParameter
{
    /// <summary>pH, dimensionless (group I).</summary>
    PH,
    /// <summary>Aldrin, µg/L (group II).</summary>
    Aldrin,
    /// <summary>BHC (lindane), µg/L (group II).</summary>
    Bhc,
    /// <summary>Dieldrin, µg/L (group II).</summary>
    Dieldrin,
    /// <summary>DDTs: sum of p,p'-DDT, p,p'-DDD and p,p'-DDE, µg/L (group II).</summary>
    Ddts,
    /// <summary>Heptachlor and heptachlor epoxide, their sum, µg/L (group II).</summary>
    HeptachlorSum,
    /// <summary>Arsenic, mg/L (group III).</summary>
    As,
    /// <summary>Cadmium, mg/L (group III).</summary>
    Cd,
    /// <summary>Lead, mg/L (group III).</summary>
    Pb,
    /// <summary>Hexavalent chromium, mg/L (group III).</summary>
    Cr6,
    /// <summary>Copper, mg/L (group III).</summary>
    Cu,
    /// <summary>Zinc, mg/L (group III).</summary>
    Zn,
    /// <summary>Mercury, mg/L (group III).</summary>
    Hg,
    /// <summary>Dissolved oxygen, mg/L measured; scored as % saturation, so it needs the water temperature (group IV).</summary>
    DO,
    /// <summary>BOD5 at 20 °C, mg/L (group IV).</summary>
    Bod5,
    /// <summary>COD, mg/L (group IV).</summary>
    Cod,
    /// <summary>Total organic carbon, mg/L (group IV).</summary>
    Toc,
    /// <summary>Ammonium as N, mg/L (group IV).</summary>
    NH4,
    /// <summary>Nitrate as N, mg/L (group IV).</summary>
    NO3,
    /// <summary>Nitrite as N, mg/L (group IV).</summary>
    NO2,
    /// <summary>Phosphate as P, mg/L (group IV).</summary>
    PO4,
    /// <summary>Total coliform, MPN or CFU per 100 mL (group V).</summary>
    Coliform,
    /// <summary>E. coli, MPN or CFU per 100 mL (group V).</summary>
    Ecoli,
}

/// <summary>The five VN_WQI parameter groups.</summary>
public enum WqiGroup
{
    /// <summary>Group I: pH.</summary>
    I = 1,
    /// <summary>Group II: pesticides (geometric mean).</summary>
    II,
    /// <summary>Group III: heavy metals (geometric mean).</summary>
    III,
    /// <summary>Group IV: organics and nutrients (arithmetic mean).</summary>
    IV,
    /// <summary>Group V: microbiology (arithmetic mean).</summary>
    V,
}

/// <summary>Which group each parameter belongs to (water-quality-index.md §1).</summary>
public static class WqiGroups
{
    /// <summary>The group of <paramref name="parameter"/>.</summary>
    public static WqiGroup Of(WqiParameter parameter) => parameter switch
    {
        WqiParameter.PH => WqiGroup.I,
        <= WqiParameter.HeptachlorSum => WqiGroup.II,
        <= WqiParameter.Hg => WqiGroup.III,
        <= WqiParameter.PO4 => WqiGroup.IV,
        _ => WqiGroup.V,
    };
}
