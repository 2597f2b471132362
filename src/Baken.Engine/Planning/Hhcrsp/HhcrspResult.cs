namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>What <see cref="HhcrspChecker"/> computes.</summary>
public sealed record HhcrspOptions
{
    /// <summary>λ1 (travel), λ2 (total tardiness), λ3 (maximal tardiness): 1/3 each, as in the Mankowska model.</summary>
    public (double Distance, double TotalTardiness, double MaxTardiness) Weights { get; init; } = (1.0 / 3, 1.0 / 3, 1.0 / 3);

    /// <summary>A time t is "before" a bound b only when t &lt; b − eps.</summary>
    public double Epsilon { get; init; } = 1e-6;

    /// <summary>
    /// End of the working day for the overtime figure; null takes l of the depot (node 0), 600 in every
    /// published instance. The model itself has no limit on the return time: overtime is a care figure only.
    /// </summary>
    public double? DayEnd { get; init; }
}

/// <summary>One visit of a staff member's route, with the times the checker derived.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Service">The service given.</param>
/// <param name="From">The node the staff member came from (0 = depot).</param>
/// <param name="Travel">d[from][patient].</param>
/// <param name="Arrival">When the staff member can be there: previous start + processing + travel.</param>
/// <param name="Start">The plan's start time.</param>
/// <param name="End">Start + processing time.</param>
/// <param name="Tardiness">max(0, start − l[patient]).</param>
/// <param name="Line">The plan line.</param>
public sealed record HhcrspVisit(int Patient, int Service, int From, double Travel, double Arrival, double Start, double End, double Tardiness, int Line)
{
    /// <summary>max(0, start − arrival).</summary>
    public double Waiting => Math.Max(0, Start - Arrival);
}

/// <summary>Per staff member: the golden per-staff figures and its route.</summary>
/// <param name="Staff">0-based staff member.</param>
/// <param name="Visits">The route's visits in file order.</param>
/// <param name="TravelDistance">Its part of D, including the way back to the depot.</param>
/// <param name="ReturnTime">End of the last visit + d[last][0]; 0 without visits.</param>
/// <param name="WaitingTime">Sum of max(0, start − arrival) over its visits.</param>
/// <param name="Overtime">max(0, return time − end of the working day).</param>
public sealed record HhcrspStaffFigures(int Staff, IReadOnlyList<HhcrspVisit> Visits, double TravelDistance, double ReturnTime, double WaitingTime, double Overtime)
{
    /// <summary>The latest departure from the depot that still makes the first start (first start − d[0][first]); 0 without visits.</summary>
    public double WorkStart => Visits.Count == 0 ? 0 : Visits[0].Start - Visits[0].Travel;
}

/// <summary>Per patient: what was given and by how many people.</summary>
/// <param name="Patient">Node number.</param>
/// <param name="Kind">Single, simultaneous or precedence.</param>
/// <param name="Required">Services the patient needs.</param>
/// <param name="Covered">Of those, given at least once.</param>
/// <param name="Caregivers">Distinct staff members who visit the patient.</param>
/// <param name="Tardiness">Sum of the tardiness of the patient's rows.</param>
public sealed record HhcrspPatientFigures(int Patient, PatientKind Kind, int Required, int Covered, int Caregivers, double Tardiness);

/// <summary>The outcome of checking one plan against one instance.</summary>
public sealed record HhcrspResult
{
    /// <summary>No violations.</summary>
    public bool Feasible => Violations.Count == 0;

    /// <summary>Every violated hard constraint (a set; in the order found).</summary>
    public required IReadOnlyList<HhcrspViolation> Violations { get; init; }

    /// <summary>Patients, staff members, service types of the instance.</summary>
    public required (int Patients, int Staff, int ServiceTypes) Size { get; init; }

    /// <summary>Patients per kind.</summary>
    public required (int Single, int Simultaneous, int Precedence) PatientKinds { get; init; }

    /// <summary>Plan rows that refer to the instance (rows with an unknown reference are left out of every figure).</summary>
    public required int Visits { get; init; }

    /// <summary>D.</summary>
    public required double TotalDistance { get; init; }

    /// <summary>T.</summary>
    public required double TotalTardiness { get; init; }

    /// <summary>Tmax.</summary>
    public required double MaxTardiness { get; init; }

    /// <summary>λ1, λ2, λ3.</summary>
    public required (double Distance, double TotalTardiness, double MaxTardiness) Weights { get; init; }

    /// <summary>λ1·D + λ2·T + λ3·Tmax.</summary>
    public double Objective => (Weights.Distance * TotalDistance) + (Weights.TotalTardiness * TotalTardiness) + (Weights.MaxTardiness * MaxTardiness);

    /// <summary>Rows with tardiness &gt; eps.</summary>
    public required int TardyServices { get; init; }

    /// <summary>Required (patient, service) pairs.</summary>
    public required int RequiredServices { get; init; }

    /// <summary>Required pairs given at least once.</summary>
    public required int CoveredServices { get; init; }

    /// <summary>Covered / required.</summary>
    public double? CoverageRatio => RequiredServices == 0 ? null : CoveredServices / (double)RequiredServices;

    /// <summary>The end of the working day used for overtime.</summary>
    public required double DayEnd { get; init; }

    /// <summary>Per staff member, 0 .. V-1.</summary>
    public required IReadOnlyList<HhcrspStaffFigures> PerStaff { get; init; }

    /// <summary>Per patient, 1 .. n-2.</summary>
    public required IReadOnlyList<HhcrspPatientFigures> PerPatient { get; init; }

    /// <summary>Violations per type, every type listed (0 when none).</summary>
    public IReadOnlyDictionary<string, int> ViolationsByType =>
        HhcrspViolationTypes.All.ToDictionary(t => t, t => Violations.Count(v => v.Type == t));

    /// <summary>Patients with every required service given.</summary>
    public int PatientsFullyServed => PerPatient.Count(p => p.Covered == p.Required);

    /// <summary>Fully served patients / patients.</summary>
    public double? PatientCoverageRatio => PerPatient.Count == 0 ? null : PatientsFullyServed / (double)PerPatient.Count;

    /// <summary>D / visits: travel per visit, in the instance's time units.</summary>
    public double? TravelPerVisit => Visits == 0 ? null : TotalDistance / Visits;

    /// <summary>Sum of the staff members' waiting time.</summary>
    public double WaitingTime => PerStaff.Sum(s => s.WaitingTime);

    /// <summary>Sum of the staff members' overtime.</summary>
    public double Overtime => PerStaff.Sum(s => s.Overtime);

    /// <summary>Staff members with overtime.</summary>
    public int StaffWithOvertime => PerStaff.Count(s => s.Overtime > 0);

    /// <summary>Staff members with at least one visit.</summary>
    public int StaffUsed => PerStaff.Count(s => s.Visits.Count > 0);

    /// <summary>The latest return to the depot.</summary>
    public double LatestReturn => PerStaff.Count == 0 ? 0 : PerStaff.Max(s => s.ReturnTime);

    /// <summary>Continuity of care: distinct caregivers per visited patient (a double service needs one or two).</summary>
    public double? MeanCaregiversPerPatient => PerPatient.Any(p => p.Caregivers > 0) ? PerPatient.Where(p => p.Caregivers > 0).Average(p => p.Caregivers) : null;

    /// <summary>The most caregivers any one patient sees.</summary>
    public int MaxCaregiversPerPatient => PerPatient.Count == 0 ? 0 : PerPatient.Max(p => p.Caregivers);
}
