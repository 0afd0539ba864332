namespace GutAusgestattet.PlannerWeb.Gaps;

/// <summary>
/// Figures as shades, the same on every page that colours them (the week table, the map): 0 for none, otherwise the
/// third of the peak the figure falls in (1–3). The colour only repeats a figure that is also written out, and the
/// classes <c>level-0</c> … <c>level-3</c> in planner.css give the colours.
/// </summary>
public static class Shades
{
    public const int Levels = 3;

    public static int Level(double value, double peak) =>
        value <= 0 || peak <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(Levels * value / peak), 1, Levels);

    /// <summary>The figures a level from 1 stands for, as the legend writes them: over <c>From</c> up to <c>To</c>.</summary>
    public static (double From, double To) Range(int level, double peak) => (peak * (level - 1) / Levels, peak * level / Levels);
}
