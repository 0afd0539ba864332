using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;

namespace GutAusgestattet.Gaps.Incoming;

/// <summary>
/// The demand of people who work in a municipality but answered another municipality's survey: the windows of their needs they
/// said are needed near the workplace, placed in the workplace's area. Kept apart from the municipality's own demand — its own
/// survey did not ask these households, and its gaps stay its residents' — and shown only as aggregates: per area and category,
/// the slots merged into readable intervals, the weighted peak persons, person-hours per week and the responses behind them; a
/// cell on fewer than <see cref="SmallCells.MinimumResponses"/> responses is not shown at all. No household data.
/// </summary>
public static class IncomingDemand
{
    /// <param name="demand">Other municipalities' demand naming this one as the workplace, from those that consent.</param>
    /// <param name="areas">This municipality's areas: a window naming another area counts nowhere.</param>
    /// <param name="schoolHolidays">This municipality's school-holiday days in the week: holiday care near the workplace is needed on them.</param>
    public static List<IncomingCell> Of(IEnumerable<DemandRecord> demand, AnalysisWeek week, IReadOnlySet<string> areas, IReadOnlySet<DateOnly> schoolHolidays)
    {
        var cells = new Dictionary<(string Area, string Category), Cell>();
        foreach (var d in demand)
        {
            var atWork = d.Windows.Where(w => w.Place == CarePlaces.Workplace && w.AreaCode is { } area && areas.Contains(area));
            foreach (var placed in atWork.GroupBy(w => w.AreaCode!))
            {
                var slots = SlotRange.Union(WeekProjection.NeededSlots([.. placed], d.From, d.Until, week, HolidayCare.Is(d.Category) ? schoolHolidays : null));
                if (slots.Count == 0) continue;
                if (!cells.TryGetValue((placed.Key, d.Category), out var cell)) cells[(placed.Key, d.Category)] = cell = new Cell();
                foreach (var range in slots)
                    for (var s = range.From; s < range.To; s++) cell.Persons[s % WeekSlots.Count] += d.Persons * d.Weight;
                if (cell.Seen.Add(d.ResponseId)) cell.Responses += d.Responses;
            }
        }
        return
        [
            .. cells.Where(c => SmallCells.MayShow(c.Value.Responses))
                .OrderBy(c => c.Key.Area, StringComparer.Ordinal).ThenBy(c => c.Key.Category, StringComparer.Ordinal)
                .Select(c => c.Value.ToCell(c.Key.Area, c.Key.Category)),
        ];
    }

    private sealed class Cell
    {
        public double[] Persons { get; } = new double[WeekSlots.Count];

        public HashSet<Guid> Seen { get; } = [];

        public int Responses { get; set; }

        public IncomingCell ToCell(string area, string category)
        {
            var needed = new SlotSet();
            for (var s = 0; s < Persons.Length; s++)
                if (Persons[s] > 0) needed.Add(s);
            return new IncomingCell(area, category, needed.ToString(), Persons.Max(), Persons.Sum() * WeekSlots.HoursPerSlot, Responses);
        }
    }
}

/// <summary>The care people who work in one area need near their workplace, in one category.</summary>
/// <param name="Intervals">When, merged into readable intervals (<c>Mo–Do 08:00–16:00</c>).</param>
/// <param name="EstimatedPersons">The most persons needing care there in any one slot, weighted as in their own municipality's survey.</param>
/// <param name="PersonHours">Hours of care needed there per week, summed over persons.</param>
/// <param name="Responses">Answers behind the figures: at least 5, or the cell is not shown.</param>
public sealed record IncomingCell(string AreaCode, string Category, string Intervals, double EstimatedPersons, double PersonHours, int Responses);
