using Baken.Core.Register.Search;

namespace Baken.Core.Tests.Register;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Geïntegreerd", "geintegreerd")]
    [InlineData("CAFÉ-Één", "cafe een")]
    [InlineData("  spraak,  gestuurd!! ", "spraak gestuurd")]
    public void Fold_RemovesCaseDiacriticsAndPunctuation(string input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));
}
