using QuanTrac.Server.Relay;

namespace QuanTrac.Server.Tests.Relay;

public sealed class RelayBackoffTests
{
    static readonly TimeSpan Base = TimeSpan.FromSeconds(2);
    static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    [Fact]
    public void Delay_NoJitter_DoublesFromBaseUpToTheCap()
    {
        var backoff = new RelayBackoff(Base, Cap, 0, new Random(1));
        var schedule = Enumerable.Range(1, 10).Select(n => backoff.Delay(n).TotalSeconds);
        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 300, 300], schedule);
    }

    [Fact]
    public void Delay_HugeAttemptCount_StaysAtTheCap()
    {
        var backoff = new RelayBackoff(Base, Cap, 0, new Random(1));
        Assert.Equal(Cap, backoff.Delay(int.MaxValue));
        Assert.Equal(Base, backoff.Delay(0));
    }

    [Fact]
    public void Delay_WithJitter_TakesAtMostTheFractionOffAndNeverExceedsTheCap()
    {
        var backoff = new RelayBackoff(Base, Cap, 0.2, new Random(7));
        for (var n = 1; n <= 200; n++)
        {
            var full = Math.Min(Cap.TotalSeconds, Base.TotalSeconds * Math.Pow(2, Math.Min(n - 1, 40)));
            var delay = backoff.Delay(n).TotalSeconds;
            Assert.InRange(delay, (full * 0.8) - 1e-6, full);
        }
    }

    [Fact]
    public void Delay_SameSeed_SameSchedule()
    {
        var options = new RelayOptions { Upstream = new Uri("http://127.0.0.1:1"), Key = "k" };
        var first = new RelayBackoff(options);
        var second = new RelayBackoff(options);
        Assert.Equal(Enumerable.Range(1, 12).Select(first.Delay), Enumerable.Range(1, 12).Select(second.Delay));
    }

    [Theory]
    [InlineData("http://centre:5080", "http://centre:5080/api/v1/relay/files")]
    [InlineData("http://centre:5080/", "http://centre:5080/api/v1/relay/files")]
    [InlineData("https://gw.example/quantrac", "https://gw.example/quantrac/api/v1/relay/files")]
    [InlineData("http://centre:5080/api/v1/relay/files", "http://centre:5080/api/v1/relay/files")]
    public void Endpoint_BaseOrFullAddress_PostsToTheRelayPath(string upstream, string endpoint) =>
        Assert.Equal(new Uri(endpoint), new RelayOptions { Upstream = new Uri(upstream), Key = "k" }.Endpoint);

    [Theory]
    [InlineData("TB", "TB")]
    [InlineData("Thái Bình 01", "Th-i-B-nh-01")]
    [InlineData("", "unknown")]
    public void SafeSource_AnyName_OnlyCharactersTheUpstreamAccepts(string name, string expected) =>
        Assert.Equal(expected, RelayOptions.SafeSource(name));
}
