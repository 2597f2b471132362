namespace Baken.Engine.Planning.Inrc2;

/// <summary>
/// The series rules of the INRC-II specification (appendix B) for one nurse and one kind of day (working,
/// off, or on one shift type): a maximal run of days of the kind that touches day 0 continues the
/// history's run; only the part of a maximum excess beyond the history is charged; a minimum is charged
/// only when the run ends inside the horizon; and a history run cut at the border is charged for its
/// minimum. The result is in days (unweighted).
/// </summary>
internal static class Inrc2Series
{
    /// <param name="inKind">Per day of the horizon, whether it is of the kind.</param>
    /// <param name="historyRun">Days of the kind right before day 0 (0 when the history's last day is of another kind).</param>
    /// <param name="min">Minimum run length.</param>
    /// <param name="max">Maximum run length.</param>
    public static int Cost(ReadOnlySpan<bool> inKind, int historyRun, int min, int max)
    {
        var cost = 0;
        var days = inKind.Length;
        if (historyRun > 0 && (days == 0 || !inKind[0]))
        {
            cost += Math.Max(0, min - historyRun);
        }

        var d = 0;
        while (d < days)
        {
            if (!inKind[d])
            {
                d++;
                continue;
            }

            var start = d;
            while (d < days && inKind[d])
            {
                d++;
            }

            var before = start == 0 ? historyRun : 0;
            var length = before + (d - start);
            cost += Math.Max(0, length - max) - Math.Max(0, before - max);
            if (d < days)
            {
                cost += Math.Max(0, min - length);
            }
        }

        return cost;
    }
}
