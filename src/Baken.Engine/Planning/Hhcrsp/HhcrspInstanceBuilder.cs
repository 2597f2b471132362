using System.Globalization;
using Section = Baken.Engine.Planning.Hhcrsp.HhcrspInstanceReader.Section;

namespace Baken.Engine.Planning.Hhcrsp;

// Turns the scanned sections into an instance, checking each count and value against the model's
// definition; every problem is collected (with its line) rather than stopping at the first.
internal sealed class HhcrspInstanceBuilder(string file, Dictionary<string, Section> sections, List<PlanningIssue> issues)
{
    public HhcrspInstance? Build()
    {
        var n = Size("nbNodes", 3);
        var v = Size("nbVehi", 1);
        var s = Size("nbServi", 1);
        if (n is not { } nodes || v is not { } staff || s is not { } services)
        {
            return null;
        }

        var required = ZeroOne("r", nodes, services, "rows (one per node)");
        var qualified = ZeroOne("a", staff, services, "rows (one per staff member)");
        var x = Reals("x", nodes, "values (one per node)", nonNegative: false);
        var y = Reals("y", nodes, "values (one per node)", nonNegative: false);
        var distance = Reals("d", nodes * nodes, $"values ({nodes} rows of {nodes})", nonNegative: true);
        var processing = Reals("p", nodes * staff * services, $"values ({nodes}·{staff} rows of {services})", nonNegative: true);
        var minGap = Reals("mind", nodes, "values (one per node)", nonNegative: false);
        var maxGap = Reals("maxd", nodes, "values (one per node)", nonNegative: false);
        var earliest = Reals("e", nodes, "values (one per node)", nonNegative: false);
        var latest = Reals("l", nodes, "values (one per node)", nonNegative: false);
        if (issues.Count > 0)
        {
            return null;
        }

        var kinds = Kinds(nodes, services, required!, minGap!, maxGap!);
        return kinds is null ? null
            : new HhcrspInstance(nodes, staff, services, required!, qualified!, x!, y!, distance!, processing!, minGap!, maxGap!, earliest!, latest!, kinds);
    }

    private int? Size(string name, int minimum)
    {
        var section = sections[name];
        if (section.Count != 1 || section[0] % 1 != 0 || section[0] < minimum || section[0] > 100_000)
        {
            Issue(section.Line, $"section '{name}' must hold one whole number of at least {minimum}" +
                (section.Count == 1 ? $", found {Section.Format(section[0])}." : $", found {section.Count} values."));
            return null;
        }

        return (int)section[0];
    }

    private bool[]? ZeroOne(string name, int rows, int columns, string what)
    {
        var section = sections[name];
        if (!HasCount(section, rows * columns, $"{rows} {what} of {columns}"))
        {
            return null;
        }

        var values = new bool[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            if (section[i] is not (0 or 1))
            {
                Issue(section.LineOf(i), $"section '{name}' holds 0 or 1 only, found {Section.Format(section[i])} (row {i / columns}, column {i % columns}).");
                return null;
            }

            values[i] = section[i] == 1;
        }

        return values;
    }

    private double[]? Reals(string name, int count, string what, bool nonNegative)
    {
        var section = sections[name];
        if (!HasCount(section, count, what))
        {
            return null;
        }

        var values = section.ToArray();
        if (nonNegative && Array.FindIndex(values, d => d < 0) is var negative and >= 0)
        {
            Issue(section.LineOf(negative), $"section '{name}' must not hold negative values, found {Section.Format(values[negative])}.");
            return null;
        }

        return values;
    }

    private bool HasCount(Section section, int expected, string what)
    {
        if (section.Count == expected)
        {
            return true;
        }

        Issue(section.Line, $"section '{section.Name}' has {section.Count} values; {expected} expected ({what}).");
        return false;
    }

    // DS lists the double-service patients 1-based; their r rows have two 1s and every other patient
    // one. The δ values then say simultaneous (0) or precedence.
    private PatientKind[]? Kinds(int nodes, int services, bool[] required, double[] minGap, double[] maxGap)
    {
        var ds = sections["DS"];
        var isDouble = new bool[nodes];
        for (var i = 0; i < ds.Count; i++)
        {
            var k = ds[i];
            if (k % 1 != 0 || k < 2 || k > nodes - 1)
            {
                Issue(ds.LineOf(i), $"section 'DS' lists patients as 1-based node numbers 2 .. {nodes - 1}, found {Section.Format(k)}.");
                return null;
            }

            if (isDouble[(int)k - 1])
            {
                Issue(ds.LineOf(i), $"section 'DS' lists {Section.Format(k)} twice.");
                return null;
            }

            isDouble[(int)k - 1] = true;
        }

        var kinds = new PatientKind[nodes];
        var r = sections["r"];
        for (var patient = 1; patient <= nodes - 2; patient++)
        {
            var needs = 0;
            for (var s = 0; s < services; s++)
            {
                needs += required[(patient * services) + s] ? 1 : 0;
            }

            var expected = isDouble[patient] ? 2 : 1;
            if (needs != expected)
            {
                Issue(r.LineOf(patient * services), string.Create(CultureInfo.InvariantCulture,
                    $"patient {patient} needs {needs} services in section 'r', but {(isDouble[patient] ? "DS lists it as double-service (2 expected)" : "it is not in DS (1 expected)")}."));
                continue;
            }

            if (isDouble[patient])
            {
                if (minGap[patient] > maxGap[patient] || minGap[patient] < 0)
                {
                    Issue(sections["mind"].LineOf(patient), string.Create(CultureInfo.InvariantCulture,
                        $"patient {patient} has δmin {Section.Format(minGap[patient])} and δmax {Section.Format(maxGap[patient])}; 0 ≤ δmin ≤ δmax is required."));
                    continue;
                }

                kinds[patient] = minGap[patient] == 0 ? PatientKind.Simultaneous : PatientKind.Precedence;
            }
        }

        return issues.Count > 0 ? null : kinds;
    }

    private void Issue(int line, string message) => issues.Add(new PlanningIssue(file, line, message));
}
