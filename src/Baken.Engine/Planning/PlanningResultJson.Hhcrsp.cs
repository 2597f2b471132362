using System.Text.Json;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Engine.Planning;

public static partial class PlanningResultJson
{
    /// <summary>An HHCRSP result as UTF-8 JSON bytes.</summary>
    public static byte[] ToUtf8Bytes(HhcrspValidation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return Write("hhcrsp", w =>
        {
            var r = validation.Plan;
            WriteMetadata(w, validation.Metadata, validation.WorkingTime);
            w.WriteStartObject("overall");
            WriteOverall(w, r);
            w.WriteEndObject();
            WriteWorkingTime(w, validation.WorkingTime);
            WriteComparison(w, validation.Comparison, validation.Baseline?.Feasible);

            w.WriteStartObject(DetailKey);
            WriteViolations(w, "violations", r.Violations);
            w.WriteStartArray("perStaff");
            foreach (var s in r.PerStaff)
            {
                WriteStaff(w, s);
            }

            w.WriteEndArray();
            w.WriteStartArray("perPatient");
            foreach (var p in r.PerPatient)
            {
                w.WriteStartObject();
                w.WriteNumber("patient", p.Patient);
                w.WriteString("kind", Kind(p.Kind));
                w.WriteNumber("requiredServices", p.Required);
                w.WriteNumber("coveredServices", p.Covered);
                w.WriteNumber("caregivers", p.Caregivers);
                w.WriteNumber("tardiness", p.Tardiness);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteWorkingTimeViolations(w, "workingTimeViolations", validation.WorkingTime);
            if (validation.Baseline is { } baseline)
            {
                WriteViolations(w, "baselineViolations", baseline.Violations);
            }

            w.WriteEndObject();
        });
    }

    private static void WriteOverall(Utf8JsonWriter w, HhcrspResult r)
    {
        w.WriteBoolean("feasible", r.Feasible);
        w.WriteNumber("violations", r.Violations.Count);
        w.WriteStartObject("violationsByType");
        foreach (var (type, count) in r.ViolationsByType)
        {
            w.WriteNumber(type, count);
        }

        w.WriteEndObject();
        w.WriteNumber("patients", r.Size.Patients);
        w.WriteNumber("staffCount", r.Size.Staff);
        w.WriteNumber("serviceTypes", r.Size.ServiceTypes);
        w.WriteStartObject("patientKinds");
        w.WriteNumber("single", r.PatientKinds.Single);
        w.WriteNumber("simultaneous", r.PatientKinds.Simultaneous);
        w.WriteNumber("precedence", r.PatientKinds.Precedence);
        w.WriteEndObject();
        w.WriteNumber("visits", r.Visits);
        w.WriteNumber("totalDistance", r.TotalDistance);
        w.WriteNumber("totalTardiness", r.TotalTardiness);
        w.WriteNumber("maxTardiness", r.MaxTardiness);
        w.WriteStartObject("weights");
        w.WriteNumber("distance", r.Weights.Distance);
        w.WriteNumber("totalTardiness", r.Weights.TotalTardiness);
        w.WriteNumber("maxTardiness", r.Weights.MaxTardiness);
        w.WriteEndObject();
        w.WriteNumber("objective", r.Objective);
        w.WriteNumber("tardyServices", r.TardyServices);
        w.WriteNumber("requiredServices", r.RequiredServices);
        w.WriteNumber("coveredServices", r.CoveredServices);
        w.WriteNumberOrNull("coverageRatio", r.CoverageRatio);
        w.WriteNumber("patientsFullyServed", r.PatientsFullyServed);
        w.WriteNumberOrNull("patientCoverageRatio", r.PatientCoverageRatio);
        w.WriteNumberOrNull("travelPerVisit", r.TravelPerVisit);
        w.WriteNumber("waitingTime", r.WaitingTime);
        w.WriteNumber("dayEnd", r.DayEnd);
        w.WriteNumber("overtime", r.Overtime);
        w.WriteNumber("staffWithOvertime", r.StaffWithOvertime);
        w.WriteNumber("staffUsed", r.StaffUsed);
        w.WriteNumber("latestReturn", r.LatestReturn);
        w.WriteNumberOrNull("meanCaregiversPerPatient", r.MeanCaregiversPerPatient);
        w.WriteNumber("maxCaregiversPerPatient", r.MaxCaregiversPerPatient);
    }

    private static void WriteStaff(Utf8JsonWriter w, HhcrspStaffFigures s)
    {
        w.WriteStartObject();
        w.WriteNumber("staff", s.Staff);
        w.WriteNumber("visits", s.Visits.Count);
        w.WriteNumber("travelDistance", s.TravelDistance);
        w.WriteNumber("returnTime", s.ReturnTime);
        w.WriteNumber("waitingTime", s.WaitingTime);
        w.WriteNumber("workStart", s.WorkStart);
        w.WriteNumber("overtime", s.Overtime);
        w.WriteStartArray("route");
        foreach (var v in s.Visits)
        {
            w.WriteStartObject();
            w.WriteNumber("patient", v.Patient);
            w.WriteNumber("service", v.Service);
            w.WriteNumber("arrival", v.Arrival);
            w.WriteNumber("start", v.Start);
            w.WriteNumber("end", v.End);
            w.WriteNumber("travel", v.Travel);
            w.WriteNumber("waiting", v.Waiting);
            w.WriteNumber("tardiness", v.Tardiness);
            w.WriteNumber("line", v.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteViolations(Utf8JsonWriter w, string name, IEnumerable<HhcrspViolation> violations)
    {
        w.WriteStartArray(name);
        foreach (var v in HhcrspViolation.WorstFirst(violations))
        {
            w.WriteStartObject();
            w.WriteString("type", v.Type);
            Int("patient", v.Patient);
            Int("service", v.Service);
            Ints("services", v.Services);
            if (v.StaffPair is { } pair)
            {
                Ints("staff", pair);
            }
            else
            {
                Int("staff", v.Staff);
            }

            Int("count", v.Count);
            Real("start", v.Start);
            Real("earliest", v.Earliest);
            Real("earliestPossible", v.EarliestPossible);
            Int("previousPatient", v.PreviousPatient);
            Real("gap", v.Gap);
            Real("minGap", v.MinGap);
            Real("maxGap", v.MaxGap);
            Int("row", v.Row);
            Int("line", v.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // A violation has the fields of its type only (as in the data set's table), so absent ones are left out.
        void Int(string key, int? value)
        {
            if (value is { } x)
            {
                w.WriteNumber(key, x);
            }
        }

        void Real(string key, double? value)
        {
            if (value is { } x)
            {
                w.WriteNumber(key, x);
            }
        }

        void Ints(string key, IReadOnlyList<int>? values)
        {
            if (values is not null)
            {
                w.WriteStartArray(key);
                foreach (var x in values)
                {
                    w.WriteNumberValue(x);
                }

                w.WriteEndArray();
            }
        }
    }

    private static string Kind(PatientKind kind) => kind switch
    {
        PatientKind.Simultaneous => "simultaneous",
        PatientKind.Precedence => "precedence",
        _ => "single",
    };
}
