using System.Globalization;
using System.Text;
using Baken.Cli.Agent;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Cli.Planning;

internal static partial class PlanningReport
{
    private const double TimelineWidth = 960, LabelWidth = 92, RowHeight = 26;

    public static string Render(HhcrspValidation v, Files files, PlanningReportText t)
    {
        var r = v.Plan;
        var html = Start(t.HhcrspTitle, t.HhcrspIntro, r.Feasible, r.Violations.Count, t);
        Figures(html, v.Comparison,
        [
            ("Objective (D + T + Tmax) / 3", r.Objective, 6, "objective"),
            ("D (travel)", r.TotalDistance, 6, "totalDistance"),
            ("T (total tardiness)", r.TotalTardiness, 6, "totalTardiness"),
            ("Tmax", r.MaxTardiness, 6, "maxTardiness"),
            (t.TardyServices, r.TardyServices, 0, "tardyServices"),
            ($"{t.ServicesCovered} ({r.CoveredServices} / {r.RequiredServices})", r.CoverageRatio, 4, "coverageRatio"),
            ($"{t.PatientsServed} ({r.PatientsFullyServed} / {r.Size.Patients})", r.PatientCoverageRatio, 4, "patientCoverageRatio"),
            (t.TravelPerVisit, r.TravelPerVisit, 2, "travelPerVisit"),
            (t.Waiting, r.WaitingTime, 2, "waitingTime"),
            ($"{t.Overtime} (> {N(r.DayEnd)})", r.Overtime, 2, "overtime"),
            (t.CaregiversPerPatient, r.MeanCaregiversPerPatient, 3, "meanCaregiversPerPatient"),
        ], t);

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Violations)}</h2>\n");
        if (r.Violations.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoViolations)}</p>\n");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(t.WorstFirst)}</p>\n");
            Table(html, null, [t.Rule, t.Patient, t.Service, t.Caregiver, t.Details, t.PlanLine], [.. HhcrspViolation.WorstFirst(r.Violations).Select(x => new[]
            {
                x.Type, I(x.Patient), x.Services is { } s ? string.Join(" / ", s) : I(x.Service), x.StaffPair is { } p ? string.Join(" / ", p) : I(x.Staff),
                PlanningSummary.HhcrspDetails(x), I(x.Line),
            })]);
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Timeline)}</h2>\n<p class=\"note\">{E(t.TimelineNote)}</p>\n");
        Timeline(html, r, t);
        Table(html, t.PerCaregiver, [t.Caregiver, t.Visits, t.Travel, t.Return, t.Waiting, t.Overtime], [.. r.PerStaff.Select(s => new[]
        {
            I(s.Staff), Numbers.Format(s.Visits.Count), Numbers.Format(s.TravelDistance, 2), Numbers.Format(s.ReturnTime, 2),
            Numbers.Format(s.WaitingTime, 2), Numbers.Format(s.Overtime, 2),
        })]);
        WorkingTime(html, v.WorkingTime, t);
        return End(html, v.Metadata, [files.Instance, files.Plan, .. files.Baseline is null ? Array.Empty<string>() : [files.Baseline]], t);
    }

    // One row per caregiver: travel, waiting and each service on one time axis, with the end of the day.
    private static void Timeline(StringBuilder html, HhcrspResult r, PlanningReportText t)
    {
        var bad = BadVisits(r);
        var horizon = Math.Ceiling(Math.Max(Math.Max(r.LatestReturn, r.DayEnd), 60) / 60) * 60;
        var scale = (TimelineWidth - LabelWidth - 10) / horizon;
        double X(double time) => LabelWidth + (Math.Max(0, time) * scale);
        var height = 20 + (RowHeight * r.PerStaff.Count) + 20;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {N(TimelineWidth)} {N(height)}\" role=\"img\" aria-label=\"timeline\">\n");
        foreach (var s in r.PerStaff)
        {
            var y = 20 + (RowHeight * s.Staff);
            var mid = y + (RowHeight / 2);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{N(mid + 4)}\">{E(t.Caregiver)} {s.Staff}</text>\n");
            var ready = 0.0;
            foreach (var visit in s.Visits)
            {
                var leave = Math.Max(ready, visit.Arrival - visit.Travel);
                html.Append(CultureInfo.InvariantCulture, $"<line class=\"travel\" x1=\"{N(X(leave))}\" y1=\"{N(mid)}\" x2=\"{N(X(visit.Arrival))}\" y2=\"{N(mid)}\"/>");
                if (visit.Start > visit.Arrival)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<line class=\"wait\" x1=\"{N(X(visit.Arrival))}\" y1=\"{N(mid)}\" x2=\"{N(X(visit.Start))}\" y2=\"{N(mid)}\"/>");
                }

                var css = "svc" + (visit.Tardiness > 1e-6 ? " late" : "") + (bad.Contains((s.Staff, visit.Line)) ? " bad" : "");
                var width = Math.Max(2, (visit.End - visit.Start) * scale);
                html.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"{css}\" x=\"{N(X(visit.Start))}\" y=\"{N(y + 4)}\" width=\"{N(width)}\" height=\"{N(RowHeight - 8)}\"><title>{E(t.Patient)} {visit.Patient}, {E(t.Service)} {visit.Service}: {N(visit.Start)}–{N(visit.End)}</title></rect>");
                if (width >= 14)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{N(X(visit.Start) + 2)}\" y=\"{N(mid + 3)}\">{visit.Patient}</text>");
                }

                html.Append('\n');
                ready = visit.End;
            }

            if (s.Visits.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<line class=\"travel\" x1=\"{N(X(ready))}\" y1=\"{N(mid)}\" x2=\"{N(X(s.ReturnTime))}\" y2=\"{N(mid)}\"/>\n");
            }
        }

        var bottom = 20 + (RowHeight * r.PerStaff.Count);
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"end\" x1=\"{N(X(r.DayEnd))}\" y1=\"14\" x2=\"{N(X(r.DayEnd))}\" y2=\"{N(bottom)}\"/>\n");
        for (var tick = 0.0; tick <= horizon; tick += 60)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{N(X(tick) - 8)}\" y=\"{N(bottom + 14)}\">{N(tick)}</text>");
        }

        html.Append("\n</svg>\n");
    }

    // The rows a violation is about: by plan line, or for the sync types the patient's rows.
    private static HashSet<(int Staff, int Line)> BadVisits(HhcrspResult r)
    {
        var lines = r.Violations.Where(v => v.Line is not null).Select(v => v.Line!.Value).ToHashSet();
        var patients = r.Violations.Where(v => v.Services is not null).Select(v => v.Patient!.Value).ToHashSet();
        return [.. r.PerStaff.SelectMany(s => s.Visits.Where(v => lines.Contains(v.Line) || patients.Contains(v.Patient)).Select(v => (s.Staff, v.Line)))];
    }

    private static string I(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
