namespace Baken.Engine.Planning.Inrc2;

// Per (week, day, shift, skill) cell: H2 below the minimum, S1 between the minimum and the optimum,
// and the care figures (coverage of required and optional places per skill, surplus, daily shortfall).
internal sealed record Inrc2Coverage(int OptimalCoverageCost, IReadOnlyList<Inrc2SkillCoverage> BySkill, int Surplus, int[] ShortfallPerDay)
{
    public static Inrc2Coverage Evaluate(Inrc2Instance instance, int[] counts, List<Inrc2HardViolation> hard)
    {
        var (shifts, skills) = (instance.Scenario.ShiftTypes.Count, instance.Scenario.Skills.Count);
        var cells = Inrc2Week.CellCount(shifts, skills);
        var (requiredDemand, requiredCovered, optionalDemand, optionalCovered) = (new int[skills], new int[skills], new int[skills], new int[skills]);
        var (optimalCost, surplus) = (0, 0);
        var shortfall = new int[instance.Days];
        for (var w = 0; w < instance.Weeks.Count; w++)
        {
            var week = instance.Weeks[w];
            for (var day = 0; day < 7; day++)
            {
                for (var shift = 0; shift < shifts; shift++)
                {
                    for (var skill = 0; skill < skills; skill++)
                    {
                        var count = counts[(w * cells) + (((day * shifts) + shift) * skills) + skill];
                        var (min, opt) = (week.Minimum(day, shift, skill), week.Optimal(day, shift, skill));
                        if (count < min)
                        {
                            hard.Add(new Inrc2HardViolation(Inrc2ViolationTypes.UnderStaffing, w, day, shift) { Skill = skill, Minimum = min, Assigned = count });
                            shortfall[(7 * w) + day] += min - count;
                        }

                        // Nurses missing below the minimum are hard violations only, as in the validator's outputs.
                        optimalCost += Inrc2Weights.OptimalCoverage * Math.Max(0, opt - Math.Max(count, min));
                        var optional = Math.Max(0, opt - min);
                        requiredDemand[skill] += min;
                        requiredCovered[skill] += Math.Min(count, min);
                        optionalDemand[skill] += optional;
                        optionalCovered[skill] += Math.Min(Math.Max(0, count - min), optional);
                        surplus += Math.Max(0, count - Math.Max(opt, min));
                    }
                }
            }
        }

        var bySkill = Enumerable.Range(0, skills)
            .Select(s => new Inrc2SkillCoverage(s, requiredDemand[s], requiredCovered[s], optionalDemand[s], optionalCovered[s])).ToList();
        return new Inrc2Coverage(optimalCost, bySkill, surplus, shortfall);
    }
}
