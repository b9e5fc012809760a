using System.Security.Cryptography;
using System.Text;
using QuanTrac.Ingest.Simulation;

namespace QuanTrac.Ingest.Tests.Simulation;

/// <summary>Test helpers that read simulated files by splitting on TAB and line breaks (not with the station-file reader).</summary>
static class SimFiles
{
    public static readonly SimulationOptions NoAnomalies = new()
    {
        CalibrationProbabilityPerDay = 0, DeviceErrorProbability = 0, StuckSensorProbability = 0, SpikeProbability = 0,
        GapProbability = 0, LateProbability = 0, ResendProbability = 0, ChangedResendShare = 0,
    };

    /// <summary>The lines of a file, each split into its TAB-separated fields.</summary>
    public static string[][] Lines(SimulatedFile file) =>
    [
        .. Encoding.UTF8.GetString(file.Bytes)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split('\t')),
    ];

    /// <summary>SHA-256 over every name, path, kind, delivery time and byte, in order.</summary>
    public static string Digest(IEnumerable<SimulatedFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{f.RelativePath}|{f.Kind}|{f.DeliverAt.UtcTicks}|{f.ObservedAt.UtcTicks}|"));
            sha.AppendData(f.Bytes);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
