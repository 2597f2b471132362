namespace Baken.Engine.Planning.Hhcrsp;

/// <summary>
/// Checks a timed plan against the HHCRSP model of Mankowska, Meisel &amp; Bierwirth (2014): every hard
/// constraint is a violation in the list (never a penalty hidden in the objective), and the objective
/// λ1·D + λ2·T + λ3·Tmax is computed from the plan's own start times, for infeasible plans too.
/// Each row is checked against the given start of the previous row of the same staff member, so one
/// late row is reported once, not again for the rows after it.
/// </summary>
public static class HhcrspChecker
{
    /// <summary>Checks <paramref name="plan"/>.</summary>
    public static HhcrspResult Check(HhcrspInstance instance, HhcrspPlan plan, HhcrspOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new HhcrspOptions();
        var eps = options.Epsilon;
        var (n, staffCount, services) = (instance.Nodes, instance.StaffCount, instance.ServiceTypes);
        var violations = new List<HhcrspViolation>();

        // Given count and (for sync) the row of each (patient, service).
        var given = new int[n * services];
        var rowOf = new HhcrspRow?[n * services];
        var routes = new List<HhcrspRow>[staffCount];
        for (var v = 0; v < staffCount; v++)
        {
            routes[v] = [];
        }

        foreach (var row in plan.Rows)
        {
            if (row.Staff < 0 || row.Staff >= staffCount || !instance.IsPatient(row.Patient) || row.Service < 0 || row.Service >= services)
            {
                violations.Add(new HhcrspViolation(HhcrspViolationTypes.UnknownReference)
                {
                    Row = row.Row, Line = row.Line, Staff = row.Staff, Patient = row.Patient, Service = row.Service,
                });
                continue;
            }

            routes[row.Staff].Add(row);
            given[(row.Patient * services) + row.Service]++;
            rowOf[(row.Patient * services) + row.Service] = row;
        }

        var perStaff = new HhcrspStaffFigures[staffCount];
        var dayEnd = options.DayEnd ?? instance.Latest[0];
        var (distance, tardiness, maxTardiness, tardy, visits) = (0.0, 0.0, 0.0, 0, 0);
        for (var v = 0; v < staffCount; v++)
        {
            perStaff[v] = Route(instance, v, routes[v], eps, dayEnd, violations);
            distance += perStaff[v].TravelDistance;
            foreach (var visit in perStaff[v].Visits)
            {
                visits++;
                tardiness += visit.Tardiness;
                maxTardiness = Math.Max(maxTardiness, visit.Tardiness);
                tardy += visit.Tardiness > eps ? 1 : 0;
            }
        }

        var (required, covered) = (0, 0);
        var (caregivers, patientTardiness) = PerNode(n, perStaff);
        var perPatient = new HhcrspPatientFigures[instance.Patients];
        for (var patient = 1; patient <= instance.Patients; patient++)
        {
            var (need, got) = (0, 0);
            for (var s = 0; s < services; s++)
            {
                var count = given[(patient * services) + s];
                if (instance.Requires(patient, s))
                {
                    need++;
                    got += count > 0 ? 1 : 0;
                    if (count == 0)
                    {
                        violations.Add(new HhcrspViolation(HhcrspViolationTypes.MissingService) { Patient = patient, Service = s });
                    }
                    else if (count > 1)
                    {
                        violations.Add(new HhcrspViolation(HhcrspViolationTypes.DuplicateService) { Patient = patient, Service = s, Count = count });
                    }
                }
                else if (count > 0)
                {
                    violations.Add(new HhcrspViolation(HhcrspViolationTypes.UnrequiredService) { Patient = patient, Service = s, Count = count });
                }
            }

            if (instance.Kind(patient) != PatientKind.Single)
            {
                Synchronisation(instance, patient, given, rowOf, eps, violations);
            }

            (required, covered) = (required + need, covered + got);
            perPatient[patient - 1] = new HhcrspPatientFigures(patient, instance.Kind(patient), need, got, caregivers[patient], patientTardiness[patient]);
        }

        return new HhcrspResult
        {
            Violations = violations,
            Size = (instance.Patients, staffCount, services),
            PatientKinds = (perPatient.Count(p => p.Kind == PatientKind.Single), perPatient.Count(p => p.Kind == PatientKind.Simultaneous),
                perPatient.Count(p => p.Kind == PatientKind.Precedence)),
            Visits = visits,
            TotalDistance = distance,
            TotalTardiness = tardiness,
            MaxTardiness = maxTardiness,
            Weights = options.Weights,
            TardyServices = tardy,
            RequiredServices = required,
            CoveredServices = covered,
            DayEnd = dayEnd,
            PerStaff = perStaff,
            PerPatient = perPatient,
        };
    }

    // One staff member's route: qualification, time window and travel timing per row, and its figures.
    private static HhcrspStaffFigures Route(HhcrspInstance instance, int v, List<HhcrspRow> rows, double eps, double dayEnd, List<HhcrspViolation> violations)
    {
        var visits = new HhcrspVisit[rows.Count];
        var (from, ready, travelled, waiting) = (0, 0.0, 0.0, 0.0);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var i = row.Patient;
            if (!instance.IsQualified(v, row.Service))
            {
                violations.Add(new HhcrspViolation(HhcrspViolationTypes.UnqualifiedStaff) { Staff = v, Patient = i, Service = row.Service, Row = row.Row, Line = row.Line });
            }

            if (row.Start < instance.Earliest[i] - eps)
            {
                violations.Add(new HhcrspViolation(HhcrspViolationTypes.StartBeforeTimeWindow)
                {
                    Staff = v, Patient = i, Service = row.Service, Start = row.Start, Earliest = instance.Earliest[i], Row = row.Row, Line = row.Line,
                });
            }

            var travel = instance.Distance(from, i);
            var arrival = ready + travel;
            if (row.Start < arrival - eps)
            {
                violations.Add(new HhcrspViolation(HhcrspViolationTypes.RouteTiming)
                {
                    Staff = v, Patient = i, Service = row.Service, Start = row.Start, EarliestPossible = arrival, PreviousPatient = from, Row = row.Row, Line = row.Line,
                });
            }

            var end = row.Start + instance.Processing(i, v, row.Service);
            visits[k] = new HhcrspVisit(i, row.Service, from, travel, arrival, row.Start, end, Math.Max(0, row.Start - instance.Latest[i]), row.Line);
            travelled += travel;
            waiting += visits[k].Waiting;
            (from, ready) = (i, end);
        }

        if (rows.Count == 0)
        {
            return new HhcrspStaffFigures(v, visits, 0, 0, 0, 0);
        }

        var back = instance.Distance(from, 0);
        var returnTime = ready + back;
        return new HhcrspStaffFigures(v, visits, travelled + back, returnTime, waiting, Math.Max(0, returnTime - dayEnd));
    }

    // Checked only when both services are given exactly once: otherwise missing/duplicate says it all.
    private static void Synchronisation(HhcrspInstance instance, int patient, int[] given, HhcrspRow?[] rowOf, double eps, List<HhcrspViolation> violations)
    {
        var services = instance.RequiredServices(patient).ToArray();
        var (s1, s2) = (services[0], services[1]);
        var width = instance.ServiceTypes;
        if (given[(patient * width) + s1] != 1 || given[(patient * width) + s2] != 1)
        {
            return;
        }

        var (first, second) = (rowOf[(patient * width) + s1]!, rowOf[(patient * width) + s2]!);
        var gap = second.Start - first.Start;
        HhcrspViolation Sync(string type) => new(type) { Patient = patient, Services = [s1, s2], StaffPair = [first.Staff, second.Staff], Gap = gap };
        if (instance.Kind(patient) == PatientKind.Simultaneous)
        {
            if (Math.Abs(gap) > eps)
            {
                violations.Add(Sync(HhcrspViolationTypes.SyncSimultaneous));
            }

            return;
        }

        if (gap < instance.MinGap[patient] - eps)
        {
            violations.Add(Sync(HhcrspViolationTypes.SyncPrecedenceMinGap) with { MinGap = instance.MinGap[patient] });
        }
        else if (gap > instance.MaxGap[patient] + eps)
        {
            violations.Add(Sync(HhcrspViolationTypes.SyncPrecedenceMaxGap) with { MaxGap = instance.MaxGap[patient] });
        }
    }

    // Distinct caregivers and tardiness per node, in one pass over the routes.
    private static (int[] Caregivers, double[] Tardiness) PerNode(int nodes, HhcrspStaffFigures[] perStaff)
    {
        var caregivers = new int[nodes];
        var tardiness = new double[nodes];
        var lastStaff = new int[nodes];
        Array.Fill(lastStaff, -1);
        foreach (var staff in perStaff)
        {
            foreach (var visit in staff.Visits)
            {
                tardiness[visit.Patient] += visit.Tardiness;
                if (lastStaff[visit.Patient] != staff.Staff)
                {
                    lastStaff[visit.Patient] = staff.Staff;
                    caregivers[visit.Patient]++;
                }
            }
        }

        return (caregivers, tardiness);
    }
}
