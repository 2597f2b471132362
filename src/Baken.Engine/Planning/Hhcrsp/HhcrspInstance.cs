namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>What a patient needs: one service, or two that are synchronised.</summary>
public enum PatientKind
{
    /// <summary>One service.</summary>
    Single,

    /// <summary>Two services that start at the same time (δmin = δmax = 0).</summary>
    Simultaneous,

    /// <summary>Two services, the second between δmin and δmax after the first.</summary>
    Precedence,
}

/// <summary>
/// One HHCRSP instance (Mankowska, Meisel &amp; Bierwirth 2014): node 0 is the depot, nodes
/// 1 .. n-2 the patients, node n-1 a copy of the depot; staff 0 .. V-1; service types 0 .. S-1.
/// Read with <see cref="HhcrspInstanceReader"/>.
/// </summary>
public sealed class HhcrspInstance
{
    private readonly bool[] _required;
    private readonly bool[] _qualified;
    private readonly double[] _distance;
    private readonly double[] _processing;
    private readonly PatientKind[] _kinds;

    internal HhcrspInstance(
        int nodes, int staffCount, int serviceTypes, bool[] required, bool[] qualified, double[] x, double[] y, double[] distance,
        double[] processing, double[] minGap, double[] maxGap, double[] earliest, double[] latest, PatientKind[] kinds)
    {
        (Nodes, StaffCount, ServiceTypes) = (nodes, staffCount, serviceTypes);
        (_required, _qualified, _distance, _processing, _kinds) = (required, qualified, distance, processing, kinds);
        (X, Y, MinGap, MaxGap, Earliest, Latest) = (x, y, minGap, maxGap, earliest, latest);
    }

    /// <summary>n: patients + 2.</summary>
    public int Nodes { get; }

    /// <summary>Patients, nodes 1 .. n-2.</summary>
    public int Patients => Nodes - 2;

    /// <summary>V: staff members.</summary>
    public int StaffCount { get; }

    /// <summary>S: service types.</summary>
    public int ServiceTypes { get; }

    /// <summary>Coordinates (information only; distances come from the d matrix).</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Coordinates (information only).</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>δmin per node; meaningful for double-service patients only.</summary>
    public IReadOnlyList<double> MinGap { get; }

    /// <summary>δmax per node; meaningful for double-service patients only.</summary>
    public IReadOnlyList<double> MaxGap { get; }

    /// <summary>e: a service may not start before it.</summary>
    public IReadOnlyList<double> Earliest { get; }

    /// <summary>l: a service starting after it is tardy.</summary>
    public IReadOnlyList<double> Latest { get; }

    /// <summary>True for patient nodes 1 .. n-2.</summary>
    public bool IsPatient(int node) => node >= 1 && node <= Nodes - 2;

    /// <summary>r[i][s] = 1.</summary>
    public bool Requires(int node, int service) => _required[(node * ServiceTypes) + service];

    /// <summary>a[v][s] = 1.</summary>
    public bool IsQualified(int staff, int service) => _qualified[(staff * ServiceTypes) + service];

    /// <summary>d[i][j], travel time.</summary>
    public double Distance(int from, int to) => _distance[(from * Nodes) + to];

    /// <summary>p[i·V + v][s], the duration of service s at node i given by staff v.</summary>
    public double Processing(int node, int staff, int service) => _processing[(((node * StaffCount) + staff) * ServiceTypes) + service];

    /// <summary>Single, simultaneous or precedence.</summary>
    public PatientKind Kind(int patient) => _kinds[patient];

    /// <summary>The services a patient needs, in column order of r.</summary>
    public IEnumerable<int> RequiredServices(int patient)
    {
        for (var s = 0; s < ServiceTypes; s++)
        {
            if (Requires(patient, s))
            {
                yield return s;
            }
        }
    }
}
