using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Gaps;

/// <summary>
/// A gap's week as a table a person can read: seven days (Monday first) of twelve two-hour blocks, each
/// with the most persons without care in any quarter hour of the block (so a short peak is not averaged
/// away), and a shade (<see cref="Shades"/>, of the week's peak) that repeats the figure in colour.
/// </summary>
public sealed record WeekHeatmap(IReadOnlyList<WeekHeatmap.Day> Days, double Peak)
{
    public const int HoursPerBlock = 2;
    public const int BlocksPerDay = 24 / HoursPerBlock;

    /// <param name="Index">0 = Monday … 6 = Sunday.</param>
    public sealed record Day(int Index, IReadOnlyList<Block> Blocks)
    {
        public DayOfWeek DayOfWeek => (DayOfWeek)((Index + 1) % 7);
    }

    public sealed record Block(int FromHour, double Persons, int Level)
    {
        public int ToHour => FromHour + HoursPerBlock;
    }

    public static WeekHeatmap Of(GapWeek week)
    {
        var slotsPerDay = 24 * 60 / week.SlotMinutes;
        var slotsPerBlock = HoursPerBlock * 60 / week.SlotMinutes;
        if (week.Persons.Count != 7 * slotsPerDay)
            throw new ArgumentException($"A week of {week.SlotMinutes}-minute slots has {7 * slotsPerDay} values, not {week.Persons.Count}.", nameof(week));

        var peaks = new double[7, BlocksPerDay];
        for (var slot = 0; slot < week.Persons.Count; slot++)
        {
            var (day, block) = (slot / slotsPerDay, slot % slotsPerDay / slotsPerBlock);
            peaks[day, block] = Math.Max(peaks[day, block], week.Persons[slot]);
        }
        var peak = week.Persons.DefaultIfEmpty(0).Max();
        var days = Enumerable.Range(0, 7).Select(day => new Day(day, [.. Enumerable.Range(0, BlocksPerDay)
            .Select(block => new Block(block * HoursPerBlock, peaks[day, block], Shades.Level(peaks[day, block], peak)))])).ToList();
        return new WeekHeatmap(days, peak);
    }

    public bool IsEmpty => Peak <= 0;
}
