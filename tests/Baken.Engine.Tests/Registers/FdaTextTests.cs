using System.Text;
using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaTextTests
{
    [Fact]
    public void Display_C1Characters_AreTheirWindows1252Characters()
    {
        var c1 = string.Concat(Enumerable.Range(0x80, 32).Select(c => (char)c));
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        // The bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are dropped.
        var expected = string.Concat(Enumerable.Range(0x80, 32).Where(b => b is not (0x81 or 0x8D or 0x8F or 0x90 or 0x9D))
            .Select(b => windows1252.GetString([(byte)b])));

        Assert.Equal(expected, FdaText.Display(c1));
        Assert.Equal("SIGNA™ Sprint", FdaText.Display("SIGNA\u0099 Sprint"));
    }

    [Theory]
    [InlineData("\t\nAnkon Technologies co., ltd", "Ankon Technologies co., ltd")]
    [InlineData("Philips  Medical   Systems ", "Philips Medical Systems")]
    [InlineData("Contour ProtégéAI+", "Contour ProtégéAI+")]
    public void Display_WhiteSpace_CollapsedAndTrimmed(string text, string expected)
    {
        Assert.Equal(expected, FdaText.Display(text));
    }

    [Fact]
    public void Key_CaseAndWhiteSpace_DoNotMatterButPunctuationDoes()
    {
        Assert.Equal(FdaText.Key("GE Medical Systems, LLC"), FdaText.Key(" Ge  Medical Systems, LLC"));
        Assert.Equal(FdaText.Key("SIGNA\u0099 Sprint"), FdaText.Key("signa™ sprint"));
        Assert.NotEqual(FdaText.Key("Scopio Labs Ltd."), FdaText.Key("Scopio Labs , Ltd."));
    }

    [Theory]
    [InlineData("Scopio Labs , Ltd.", "scopio labs ltd")]
    [InlineData("Scopio Labs Ltd.", "scopio labs ltd")]
    [InlineData("Contour ProtégéAI+", "contour protegeai")]
    [InlineData("Eko.Ai Pte Ltd. D/B/A Us2.Ai", "eko ai pte ltd d b a us2 ai")]
    [InlineData("Swoop® Portable MR Imaging System\u0099", "swoop portable mr imaging system")]
    [InlineData(" -- ", "")]
    public void SearchKey_FoldsCaseDiacriticsAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, FdaText.SearchKey(text));
    }
}
