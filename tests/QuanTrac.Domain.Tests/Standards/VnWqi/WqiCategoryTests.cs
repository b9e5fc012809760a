using QuanTrac.Domain.Standards.VnWqi;

namespace QuanTrac.Domain.Tests.Standards.VnWqi;

public class WqiCategoryTests
{
    [Theory]
    [InlineData(100, "Rất tốt", "51;51;255")]
    [InlineData(91, "Rất tốt", "51;51;255")]
    [InlineData(90, "Tốt", "0;228;0")]
    [InlineData(76, "Tốt", "0;228;0")]
    [InlineData(75, "Trung bình", "255;255;0")]
    [InlineData(51, "Trung bình", "255;255;0")]
    [InlineData(50, "Xấu", "255;126;0")]
    [InlineData(26, "Xấu", "255;126;0")]
    [InlineData(25, "Kém", "255;0;0")]
    [InlineData(10, "Kém", "255;0;0")]
    [InlineData(9, "Ô nhiễm rất nặng", "126;0;35")]
    [InlineData(0, "Ô nhiễm rất nặng", "126;0;35")]
    public void Of_BandEdges_GiveTable1Band(int wqi, string vi, string rgb)
    {
        var c = WqiCategory.Of(wqi);
        Assert.Equal(vi, c.Vi);
        Assert.Equal(rgb, c.Rgb);
    }

    [Fact]
    public void All_Bands_CoverZeroToHundredWithoutGapOrOverlap()
    {
        var covered = WqiCategory.All.SelectMany(c => Enumerable.Range(c.Min, c.Max - c.Min + 1)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 101), covered);
    }
}
