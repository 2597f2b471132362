using System.Text.Json.Nodes;
using Baken.Core.Validation;

namespace Baken.Core.Tests.Validation;

public sealed class CriteriaTests
{
    private static readonly JsonObject Overall = JsonNode.Parse("""
        {"n": 228, "auroc": 0.99, "aurocCi95": [0.9895, 1.0], "calibrationSlope": 2.15, "ppv": null}
        """)!.AsObject();

    [Theory]
    [InlineData("aurocCi95.lower", ">=", 0.75, null, true)]
    [InlineData("aurocCi95.lower", ">=", 0.995, null, false)]
    [InlineData("calibrationSlope", "between", 0.8, 1.2, false)]
    [InlineData("calibrationSlope", "<=", 3.0, null, true)]
    [InlineData("ppv", ">=", 0.1, null, false)]
    [InlineData("nothing", ">=", 0.1, null, false)]
    public void Evaluate_Criterion_GivesMetOrNotMet(string metric, string op, double value, double? upper, bool met)
    {
        var outcome = Criteria.Evaluate(Overall, new AcceptanceCriterion("c", metric, op, value, upper));

        Assert.Equal(met, outcome.Met);
    }

    [Fact]
    public void Read_IntervalBound_ReadsTheRightElement()
    {
        Assert.Equal(0.9895, Criteria.Read(Overall, "aurocCi95.lower"));
        Assert.Equal(1.0, Criteria.Read(Overall, "aurocCi95.upper"));
    }
}
