namespace QuanTrac.Ingest.Simulation;

/// <summary>Why a simulated file is delivered when it is.</summary>
public enum SimulatedFileKind
{
    /// <summary>Delivered within the 5-minute legal limit.</summary>
    Normal,
    /// <summary>Buffered by the logger during an uplink failure and delivered hours later, with its original name.</summary>
    Late,
    /// <summary>An earlier file sent again with identical bytes.</summary>
    Resend,
    /// <summary>An earlier file sent again under the same name with a corrected value (different bytes).</summary>
    ChangedResend,
}
