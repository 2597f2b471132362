namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>The hard-constraint violation types of the HHCRSP check, named as in the data set's README.</summary>
public static class HhcrspViolationTypes
{
    /// <summary>A required (patient, service) is not given.</summary>
    public const string MissingService = "missing_service";

    /// <summary>A required (patient, service) is given more than once.</summary>
    public const string DuplicateService = "duplicate_service";

    /// <summary>A service the patient does not need.</summary>
    public const string UnrequiredService = "unrequired_service";

    /// <summary>The staff member is not qualified for the service.</summary>
    public const string UnqualifiedStaff = "unqualified_staff";

    /// <summary>The service starts before the patient's time window opens.</summary>
    public const string StartBeforeTimeWindow = "start_before_time_window";

    /// <summary>The service starts before the staff member can be there.</summary>
    public const string RouteTiming = "route_timing";

    /// <summary>The two services of a simultaneous patient do not start together.</summary>
    public const string SyncSimultaneous = "sync_simultaneous";

    /// <summary>The second service of a precedence patient starts less than δmin after the first.</summary>
    public const string SyncPrecedenceMinGap = "sync_precedence_min_gap";

    /// <summary>The second service of a precedence patient starts more than δmax after the first.</summary>
    public const string SyncPrecedenceMaxGap = "sync_precedence_max_gap";

    /// <summary>A staff, patient or service number outside the instance.</summary>
    public const string UnknownReference = "unknown_reference";

    /// <summary>Every type, worst first: care not given and care by the unqualified before timing faults.</summary>
    public static IReadOnlyList<string> All => Order;

    private static readonly string[] Order =
    [
        MissingService, UnqualifiedStaff, UnknownReference, DuplicateService, UnrequiredService,
        SyncSimultaneous, SyncPrecedenceMinGap, SyncPrecedenceMaxGap, RouteTiming, StartBeforeTimeWindow,
    ];

    internal static int Rank(string type) => Array.IndexOf(Order, type) is var i and >= 0 ? i : int.MaxValue;
}

/// <summary>
/// One violated hard constraint, with the figures that explain it. Which properties are set depends on
/// <see cref="Type"/>, as in the data set's table: sync types carry <see cref="Services"/> and
/// <see cref="StaffPair"/>, the others <see cref="Service"/> and <see cref="Staff"/>.
/// </summary>
/// <param name="Type">One of <see cref="HhcrspViolationTypes"/>.</param>
public sealed record HhcrspViolation(string Type)
{
    /// <summary>The patient (node number).</summary>
    public int? Patient { get; init; }

    /// <summary>The service, for types about one service.</summary>
    public int? Service { get; init; }

    /// <summary>[s1, s2] in column order of r, for the sync types.</summary>
    public IReadOnlyList<int>? Services { get; init; }

    /// <summary>The staff member, for types about one row.</summary>
    public int? Staff { get; init; }

    /// <summary>[v1, v2], the staff members giving s1 and s2, for the sync types.</summary>
    public IReadOnlyList<int>? StaffPair { get; init; }

    /// <summary>How often the service is given (duplicate_service, unrequired_service).</summary>
    public int? Count { get; init; }

    /// <summary>The row's start time.</summary>
    public double? Start { get; init; }

    /// <summary>e[i], for start_before_time_window.</summary>
    public double? Earliest { get; init; }

    /// <summary>The earliest the staff member can start, for route_timing.</summary>
    public double? EarliestPossible { get; init; }

    /// <summary>The node the staff member comes from (0 = depot), for route_timing.</summary>
    public int? PreviousPatient { get; init; }

    /// <summary>t(s2) − t(s1), for the sync types.</summary>
    public double? Gap { get; init; }

    /// <summary>δmin, for sync_precedence_min_gap.</summary>
    public double? MinGap { get; init; }

    /// <summary>δmax, for sync_precedence_max_gap.</summary>
    public double? MaxGap { get; init; }

    /// <summary>0-based data row, for unknown_reference (and every row-based type).</summary>
    public int? Row { get; init; }

    /// <summary>1-based line of the plan file, for row-based types.</summary>
    public int? Line { get; init; }

    /// <summary>How far off, in time units (0 for the counting types); orders violations of one type worst first.</summary>
    public double Magnitude => Type switch
    {
        HhcrspViolationTypes.StartBeforeTimeWindow => Earliest!.Value - Start!.Value,
        HhcrspViolationTypes.RouteTiming => EarliestPossible!.Value - Start!.Value,
        HhcrspViolationTypes.SyncSimultaneous => Math.Abs(Gap!.Value),
        HhcrspViolationTypes.SyncPrecedenceMinGap => MinGap!.Value - Gap!.Value,
        HhcrspViolationTypes.SyncPrecedenceMaxGap => Gap!.Value - MaxGap!.Value,
        _ => Count ?? 0,
    };

    /// <summary>Violations worst first: by type (see <see cref="HhcrspViolationTypes.All"/>), then by magnitude.</summary>
    public static IEnumerable<HhcrspViolation> WorstFirst(IEnumerable<HhcrspViolation> violations) =>
        violations.OrderBy(v => HhcrspViolationTypes.Rank(v.Type)).ThenByDescending(v => v.Magnitude).ThenBy(v => v.Patient).ThenBy(v => v.Row);
}
