using Baken.Engine.Registers;

namespace Baken.Engine.Tests.Registers;

public sealed class FdaSubmissionNumberTests
{
    [Theory]
    [InlineData("K252054", true)]
    [InlineData("DEN230027", true)]
    [InlineData("P950009", true)]
    [InlineData("P140011/S008", true)]
    [InlineData("k252054", false)]
    [InlineData("K2520544", false)]
    [InlineData("K25205", false)]
    [InlineData("DEN23002", false)]
    [InlineData("K140011/S008", false)]
    [InlineData("P140011/S08", false)]
    [InlineData("K252054 ", false)]
    [InlineData("K２５２０５４", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_FollowsFdaPattern(string? number, bool valid)
    {
        Assert.Equal(valid, FdaSubmissionNumber.IsValid(number));
    }

    [Theory]
    [InlineData("K252054", "K252054")]
    [InlineData(" k 252-054 ", "K252054")]
    [InlineData("den230027", "DEN230027")]
    [InlineData("P130020 S005", "P130020/S005")]
    [InlineData("p130020/s005", "P130020/S005")]
    [InlineData("252054", "K252054,DEN252054,P252054")]
    [InlineData("510(k) K252054", "")]
    [InlineData("K2520", "")]
    [InlineData("  ", "")]
    public void Candidates_ToleratesTypingButNotGuessing(string input, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), FdaSubmissionNumber.Candidates(input));
    }

    [Theory]
    [InlineData("K252054", FdaSubmissionKind.PremarketNotification)]
    [InlineData("DEN230027", FdaSubmissionKind.DeNovo)]
    [InlineData("P140011/S008", FdaSubmissionKind.PremarketApproval)]
    public void KindOf_ReadsThePrefix(string number, FdaSubmissionKind kind)
    {
        Assert.Equal(kind, FdaSubmissionNumber.KindOf(number));
    }
}
