using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>The reader is on the hot path (bursts of thousands of files a second after each 5-minute mark).</summary>
public class StationFileReaderThroughputTests
{
    [Fact]
    public void Read_Example131TwentyThousandTimes_WellUnderFiveSeconds()
    {
        var bytes = SpecExamples.Bytes(SpecExamples.Wastewater131);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var records = 0;
        for (var i = 0; i < 20_000; i++)
            records += StationFileReader.Read(SpecExamples.Wastewater131Name, bytes).Records.Count;
        Assert.Equal(140_000, records);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.ElapsedMilliseconds} ms");
    }
}
