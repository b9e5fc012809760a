namespace QuanTrac.Domain.Stations;

/// <summary>The four kinds of automatic station that Circular 10/2021 knows.</summary>
public enum StationType
{
    /// <summary>Ambient air (không khí xung quanh).</summary>
    AmbientAir,
    /// <summary>Surface water (nước mặt).</summary>
    SurfaceWater,
    /// <summary>Industrial wastewater (nước thải công nghiệp).</summary>
    IndustrialWastewater,
    /// <summary>Stack emission, CEMS (khí thải).</summary>
    StackEmission,
}
