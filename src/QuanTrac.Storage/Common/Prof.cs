using System.Collections.Concurrent;
using System.Diagnostics;
namespace QuanTrac.Storage.Common;
#pragma warning disable CA1305, CA1062, CS1591
public static class Prof
{
    static readonly ConcurrentDictionary<string, long> T = new();
    public static long Now => Stopwatch.GetTimestamp();
    public static void Add(string k, long start) => T.AddOrUpdate(k, Stopwatch.GetTimestamp() - start, (_, v) => v + Stopwatch.GetTimestamp() - start);
    public static void Dump() { foreach (var (k, v) in T.OrderBy(x => x.Key)) Console.Error.WriteLine($"{k}: {v * 1000.0 / Stopwatch.Frequency:F0} ms"); }
}
