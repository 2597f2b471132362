using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Engine.Tests.Planning;

/// Broken instance and plan files: each gives a sentence with the file and line, never an exception.
public sealed class HhcrspReaderTests
{
    private static readonly string A3 = File.ReadAllText(PlanningData.PathOf(HhcrspCraftedPlans.InstancePath));

    [Fact]
    public void ReadInstance_PublishedFile_ReadsEverySection()
    {
        var instance = HhcrspCraftedPlans.A3;

        Assert.Equal((12, 10, 3, 6), (instance.Nodes, instance.Patients, instance.StaffCount, instance.ServiceTypes));
        Assert.Equal(39.20459, instance.Distance(0, 1));
        Assert.Equal(PatientKind.Simultaneous, instance.Kind(8));
        Assert.Equal(PatientKind.Precedence, instance.Kind(9));
        Assert.Equal([1, 5], instance.RequiredServices(9));
        Assert.True(instance.IsQualified(2, 4));
        Assert.False(instance.IsQualified(2, 5));
    }

    [Fact]
    public void ReadInstance_TextWhereANumberBelongs_NamesTheLineAndSection()
    {
        // Line 32 is the second row of d.
        var broken = ReplaceLine(A3, 32, "39.20459 0.0 19.313208 39.115215 fifty 80.411446 75.591 78.29432 66.1211 76.00658 43.174065 39.20459");

        var issue = Assert.Single(Read(broken).Issues);
        Assert.Equal(32, issue.Line);
        Assert.Contains("'fifty' in section 'd' is not a number and is not a section", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_NonNumericValue_NamesTheLine()
    {
        var broken = ReplaceLine(A3, 85, "0  134 140 45O 181 408 162 69 244 19 121 0");

        var issue = Assert.Single(Read(broken).Issues);
        Assert.Equal((85, "instance.txt"), (issue.Line, issue.File));
        Assert.Contains("'45O' in section 'e' is not a number", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_SectionWithAValueTooFew_SaysHowManyWereExpected()
    {
        var broken = ReplaceLine(A3, 87, "600  254 260 570 301 528 282 189 364 139 241");

        var issue = Assert.Single(Read(broken).Issues);
        Assert.Equal(86, issue.Line);
        Assert.Equal("section 'l' has 11 values; 12 expected (values (one per node)).", issue.Message);
    }

    [Fact]
    public void ReadInstance_RequirementOtherThanZeroOrOne_NamesTheLine()
    {
        var broken = ReplaceLine(A3, 9, "0 0 2 0 0 0");

        var issue = Assert.Single(Read(broken).Issues);
        Assert.Equal(9, issue.Line);
        Assert.Contains("0 or 1 only, found 2 (row 1, column 2)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_DoubleServicePatientWithOneService_IsInconsistentWithDs()
    {
        // Patient 9 is in DS (as 10) but would need only service 1.
        var broken = ReplaceLine(A3, 17, "0 1 0 0 0 0");

        var issue = Assert.Single(Read(broken).Issues);
        Assert.Equal(17, issue.Line);
        Assert.Contains("patient 9 needs 1 services in section 'r', but DS lists it as double-service", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_MissingSection_IsNamed()
    {
        var lines = A3.Split('\n').ToList();
        lines.RemoveRange(79, 2); // mind and its values

        var issue = Assert.Single(Read(string.Join('\n', lines)).Issues);
        Assert.Equal("section 'mind' is missing.", issue.Message);
    }

    [Fact]
    public void ReadPlan_StartThatIsNoNumber_NamesTheLineAndColumn()
    {
        var text = HhcrspCraftedPlans.FeasibleText.Replace("0,4,1,315.476045", "0,4,1,315,476045", StringComparison.Ordinal)
            .Replace("1,7,3,113.42303", "1,7,3,1l3.4", StringComparison.Ordinal);

        var issues = HhcrspPlanReader.Read(PlanningFile.FromText("plan", "plan.csv", text)).Issues;

        Assert.Equal([(8, "5 fields; the header has 4."), (13, "column 'start' must be a number (with a decimal point), found '1l3.4'.")],
            issues.Select(i => (i.Line!.Value, i.Message)));
    }

    [Fact]
    public void ReadPlan_WithoutHeader_SaysWhatTheHeaderMustBe()
    {
        var issue = Assert.Single(HhcrspPlanReader.Read(PlanningFile.FromText("plan", "plan.csv", "# comment\n0,9,1,61.05735\n")).Issues);

        Assert.Equal(2, issue.Line);
        Assert.Contains("lacks the column(s) staff, patient, service, start", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPlan_StaffThatIsNoWholeNumber_NamesTheLine()
    {
        var issue = Assert.Single(HhcrspPlanReader.Read(PlanningFile.FromText("plan", "plan.csv", "staff,patient,service,start\n\n0.5,9,1,61\n")).Issues);

        Assert.Equal((3, "column 'staff' must be a whole number, found '0.5'."), (issue.Line!.Value, issue.Message));
    }

    [Fact]
    public void ReadPlan_ColumnsInAnotherOrder_AreReadByName()
    {
        var plan = HhcrspPlanReader.Read(PlanningFile.FromText("plan", "plan.csv", "start,service,patient,staff,note\n61.5,1,9,0,x\n"));

        Assert.Equal(new HhcrspRow(0, 9, 1, 61.5, 0, 2), Assert.Single(plan.Value!.Rows));
    }

    [Fact]
    public void ReadPlan_WithByteOrderMark_ReadsTheHeader()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("staff,patient,service,start\n0,9,1,61\n")).ToArray();

        var plan = HhcrspPlanReader.Read(PlanningFile.FromBytes("plan", "excel.csv", bytes));

        Assert.Single(plan.Value!.Rows);
    }

    private static PlanningOutcome<HhcrspInstance> Read(string text) => HhcrspInstanceReader.Read(PlanningFile.FromText("instance", "instance.txt", text));

    private static string ReplaceLine(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}
