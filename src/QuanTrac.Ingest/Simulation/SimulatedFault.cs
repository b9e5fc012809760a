namespace QuanTrac.Ingest.Simulation;

/// <summary>What the simulator did wrong on purpose to one value: the ground truth that QC is evaluated against.</summary>
enum SimulatedFaultKind
{
    /// <summary>Status 01 (zero or span check).</summary>
    Calibration,
    /// <summary>Status 02 with an empty or <c>---</c> value.</summary>
    DeviceError,
    /// <summary>The sensor repeats one value with status 00 (the first of the run is still the true value).</summary>
    Stuck,
    /// <summary>3–8 × the true value with status 00.</summary>
    Spike,
}

/// <summary>One injected fault: a value of one channel at one observation time, as written in the original file.</summary>
/// <param name="StationPrefix">Station.</param>
/// <param name="ParameterCode">Canonical parameter code of the channel.</param>
/// <param name="ObservedAt">Observation time.</param>
/// <param name="Kind">What was injected.</param>
readonly record struct SimulatedFault(string StationPrefix, string ParameterCode, DateTimeOffset ObservedAt, SimulatedFaultKind Kind);
