using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// When an open gap is announced again (GapChanged): its intervals changed, or its peak persons or
/// person-hours moved by at least <see cref="Threshold"/> of the last announced value, or the
/// responses behind it crossed the small-cell threshold (its figures become shown or withheld).
/// Smaller moves — one more weighted answer in a large gap — are not news for other systems; the
/// planner's own view always shows the exact current figures. A gap that stays below the threshold
/// is never announced again: its event carries no figures, so a repeat would only tell others that
/// the few answers behind it moved.
/// </summary>
public static class GapChange
{
    public const double Threshold = 0.10;

    public static bool IsSignificant(GapHistoryEntry announced, GapFinding now) =>
        SmallCells.MayShow(announced.Responses) != SmallCells.MayShow(now.Responses)
        || SmallCells.MayShow(now.Responses) && (announced.Intervals != now.Slots.ToString()
            || Moved(announced.EstimatedPersons, now.PeakPersons)
            || Moved(announced.PersonHours, now.PersonHours));

    private static bool Moved(double announced, double now) => Math.Abs(now - announced) >= Threshold * Math.Max(announced, 1e-9);
}
