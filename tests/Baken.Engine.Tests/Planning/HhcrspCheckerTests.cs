using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Engine.Tests.Planning;

/// Crafted changes to the feasible A3 plan, one per violation type of the data set's table, each
/// expecting exactly the violation it creates (golden cases cover the others on real instances too).
public sealed class HhcrspCheckerTests
{
    [Fact]
    public void Check_FeasiblePlanUnchanged_HasNoViolations()
    {
        var result = HhcrspCraftedPlans.Check();

        Assert.True(result.Feasible);
        Assert.Equal(13, result.Visits);
    }

    [Fact]
    public void Check_RowRemoved_ReportsMissingService()
    {
        var result = HhcrspCraftedPlans.Check("0,5,0,408.0", null);

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.MissingService, 5, 0), (v.Type, v.Patient!.Value, v.Service!.Value));
        Assert.Equal((12, 13), (result.CoveredServices, result.RequiredServices));
        Assert.Equal(9, result.PatientsFullyServed);
    }

    [Fact]
    public void Check_ServiceGivenTwice_ReportsDuplicateServiceWithCount()
    {
        // Staff 0 stays at patient 3 (d[3][3] = 0) and gives service 0 again after the first (472.17 + 16).
        var result = HhcrspCraftedPlans.Check(append: "0,3,0,490");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.DuplicateService, 3, 0, 2), (v.Type, v.Patient!.Value, v.Service!.Value, v.Count!.Value));
    }

    [Fact]
    public void Check_DoubleServiceGivenTwice_ReportsDuplicateButNoSynchronisation()
    {
        // Patient 8 (simultaneous) gets service 4 a second time, late: synchronisation is not judged then.
        var result = HhcrspCraftedPlans.Check(append: "2,8,4,400");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.DuplicateService, 8, 4, 2), (v.Type, v.Patient!.Value, v.Service!.Value, v.Count!.Value));
    }

    [Fact]
    public void Check_ServiceThePatientDoesNotNeed_ReportsUnrequiredService()
    {
        // Patient 3 needs service 0 only; staff 0 (qualified for 0-2) adds service 1 after it.
        var result = HhcrspCraftedPlans.Check(append: "0,3,1,490");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.UnrequiredService, 3, 1, 1), (v.Type, v.Patient!.Value, v.Service!.Value, v.Count!.Value));
    }

    [Fact]
    public void Check_StaffWithoutTheQualification_ReportsUnqualifiedStaff()
    {
        // Staff 1 (qualified for 3-5) gives patient 3 its service 0 instead of staff 0.
        var result = HhcrspCraftedPlans.Check("0,3,0,472.166378", null, "1,3,0,450");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.UnqualifiedStaff, 1, 3, 0), (v.Type, v.Staff!.Value, v.Patient!.Value, v.Service!.Value));
    }

    [Fact]
    public void Check_StartBeforeTheWindowOpens_ReportsItWithStartAndEarliest()
    {
        // Patient 5's window opens at 408; staff 0 can be there at 375.13 + 10 and starts at 400 (patient 3 is still reachable).
        var result = HhcrspCraftedPlans.Check("0,5,0,408.0", "0,5,0,400");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.StartBeforeTimeWindow, 0, 5, 0), (v.Type, v.Staff!.Value, v.Patient!.Value, v.Service!.Value));
        Assert.Equal((400.0, 408.0), (v.Start!.Value, v.Earliest!.Value));
    }

    [Fact]
    public void Check_StartBeforeTheStaffCanArrive_ReportsRouteTimingOnceNotForTheRowsAfter()
    {
        // Staff 0 leaves patient 6 at 375.13 and needs 10 to patient 5 (earliest 385.13); it starts at 380 and
        // the next row (patient 3 at 472.17) is still reachable from the given 380.
        var result = HhcrspCraftedPlans.Check("0,5,0,408.0", "0,5,0,380");

        // Patient 5's window opens at 408, so the early start is also before the window.
        Assert.Equal([HhcrspViolationTypes.RouteTiming, HhcrspViolationTypes.StartBeforeTimeWindow], result.Violations.Select(v => v.Type).Order());
        var timing = Assert.Single(result.Violations, v => v.Type == HhcrspViolationTypes.RouteTiming);
        Assert.Equal((0, 5, 6), (timing.Staff!.Value, timing.Patient!.Value, timing.PreviousPatient!.Value));
        Assert.Equal(359.134679 + 16 + 10.0, timing.EarliestPossible!.Value, 1e-9);
    }

    [Fact]
    public void Check_SimultaneousServicesApart_ReportsSyncSimultaneousWithGap()
    {
        var result = HhcrspCraftedPlans.Check("2,8,4,313.045205", "2,8,4,320.045205");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.SyncSimultaneous, 8), (v.Type, v.Patient!.Value));
        Assert.Equal([3, 4], v.Services!);
        Assert.Equal([1, 2], v.StaffPair!);
        Assert.Equal(7.0, v.Gap!.Value, 1e-9);
    }

    [Fact]
    public void Check_PrecedenceGapBelowMinimum_ReportsSyncPrecedenceMinGap()
    {
        // Patient 9 (δmin 2, δmax 4): service 5 one unit after service 1 instead of two.
        var result = HhcrspCraftedPlans.Check("1,9,5,63.05735", "1,9,5,62.05735");

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.SyncPrecedenceMinGap, 9), (v.Type, v.Patient!.Value));
        Assert.Equal([1, 5], v.Services!);
        Assert.Equal([0, 1], v.StaffPair!);
        Assert.Equal((1.0, 2.0), (Math.Round(v.Gap!.Value, 9), v.MinGap!.Value));
    }

    [Fact]
    public void Check_PrecedenceGapAboveMaximum_ReportsSyncPrecedenceMaxGap()
    {
        // Patient 10 (δmin 35, δmax 70): service 3 at 208.2 is 35 after service 1; 80 after is too late. Staff 2
        // then reaches patient 8 at 358.05, so both services there move to 360 to stay simultaneous and reachable.
        var result = HhcrspCraftedPlans.Check(
            [("2,10,3,208.20827500000001", "2,10,3,253.208275"), ("2,8,4,313.045205", "2,8,4,360"), ("1,8,3,313.045205", "1,8,3,360")]);

        var v = Assert.Single(result.Violations);
        Assert.Equal((HhcrspViolationTypes.SyncPrecedenceMaxGap, 10), (v.Type, v.Patient!.Value));
        Assert.Equal((80.0, 70.0), (Math.Round(v.Gap!.Value, 9), v.MaxGap!.Value));
    }

    [Fact]
    public void Check_NumbersOutsideTheInstance_ReportsUnknownReferenceAndLeavesTheRowOut()
    {
        var result = HhcrspCraftedPlans.Check(append: ["3,3,0,500", "0,11,0,500", "0,3,6,500"]);

        Assert.All(result.Violations, v => Assert.Equal(HhcrspViolationTypes.UnknownReference, v.Type));
        Assert.Equal([13, 14, 15], result.Violations.Select(v => v.Row!.Value));
        Assert.Equal((3, 3, 0), (result.Violations[0].Staff!.Value, result.Violations[0].Patient!.Value, result.Violations[0].Service!.Value));
        Assert.Equal(13, result.Visits);
    }

    [Fact]
    public void Check_FeasiblePlan_GivesTheCareFigures()
    {
        var result = HhcrspCraftedPlans.Check();

        Assert.Equal(741.137771 / 13, result.TravelPerVisit!.Value, 1e-6);
        Assert.Equal(600, result.DayEnd);
        Assert.Equal(0, result.Overtime);
        // Every single-service patient sees one caregiver, each double-service patient two.
        Assert.Equal((7 + (3 * 2)) / 10.0, result.MeanCaregiversPerPatient!.Value, 1e-12);
        Assert.Equal(3, result.StaffUsed);
        Assert.Equal(["missing_service", "unqualified_staff", "unknown_reference", "duplicate_service", "unrequired_service", "sync_simultaneous",
            "sync_precedence_min_gap", "sync_precedence_max_gap", "route_timing", "start_before_time_window"], result.ViolationsByType.Keys);
    }
}
