using System.Globalization;
using System.Xml.Linq;
using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>
/// A weekday × time-of-day heatmap as SVG: 7 rows (Mo–So) × 96 quarter hours, one
/// <c>rect class="slot"</c> per slot coloured by persons without care (light yellow → dark red,
/// scaled to the week's maximum), with a tooltip per slot, labelled axes and a legend. Gaps a shared export
/// withholds are not drawn; a line under the legend says how many. Labels are German: the image goes into
/// planners' reports as it is. Built as XML, so any text is escaped.
/// <para>
/// An overview (<see cref="WriteRows"/>) has one row per area of a category or per category of an area and one column per
/// hour of the week (168), each cell the most persons without care in any quarter hour of that hour: 672 columns per
/// row would make a picture no report can hold.
/// </para>
/// </summary>
public static class HeatmapSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int CellWidth = 8, CellHeight = 20, Left = 48, Top = 64;
    private const int GridWidth = WeekSlots.PerDay * CellWidth, GridHeight = 7 * CellHeight;
    private const string NoGap = "#f5f5f5";
    private static readonly (int R, int G, int B) Low = (255, 237, 160), High = (189, 0, 38);

    private const int RowLeft = 220, HourWidth = 6, RowHeight = 18, HoursPerWeek = 7 * 24, SlotsPerHour = WeekSlots.PerDay / 24;

    public static string Write(GapHeatmap heatmap, string title, ExportScope scope)
    {
        var slots = heatmap.Persons;
        var subtitle = Subtitle(scope);
        if (slots.Length != WeekSlots.Count) throw new ArgumentException($"Expected {WeekSlots.Count} slots.", nameof(heatmap));
        var max = slots.Max();
        var legendTop = Top + GridHeight + 40;
        var height = legendTop + (heatmap.Withheld > 0 ? 60 : 44);
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", Left + GridWidth + 16), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {Left + GridWidth + 16} {height}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 11),
            Text(Left, 20, title, ("font-size", "15"), ("font-weight", "bold")),
            Text(Left, 38, subtitle),
            Axes(),
            new XElement(Svg + "g", new XAttribute("class", "slots"), Enumerable.Range(0, WeekSlots.Count).Select(t => Cell(t, slots[t], max))),
            Legend(legendTop, max),
            heatmap.Withheld > 0 ? Text(Left, legendTop + 50, WithheldNote(heatmap.Withheld)) : null);
        return $"{new XDeclaration("1.0", "utf-8", null)}\n{svg.ToString(SaveOptions.DisableFormatting)}";
    }

    /// <summary>The overview: one row per <see cref="HeatmapRow"/>, one column per hour of the week.</summary>
    public static string WriteRows(IReadOnlyList<HeatmapRow> rows, string title, ExportScope scope)
    {
        var hours = rows.Select(r => PerHour(r.Heatmap.Persons)).ToList();
        var max = hours.Count == 0 ? 0 : hours.Max(h => h.Max());
        var withheld = rows.Sum(r => r.Heatmap.Withheld);
        var width = RowLeft + HoursPerWeek * HourWidth + 16;
        var legendTop = Top + rows.Count * RowHeight + 24;
        var height = legendTop + (withheld > 0 ? 60 : 44);
        var axes = new XElement(Svg + "g", new XAttribute("class", "axes"));
        for (var day = 0; day < 7; day++)
        {
            var x = RowLeft + day * 24 * HourWidth;
            axes.Add(Text(x + 12 * HourWidth, Top - 8, SlotSet.DayNames[day], ("text-anchor", "middle")));
            axes.Add(new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("x2", x), new XAttribute("y1", Top - 4),
                new XAttribute("y2", Top + rows.Count * RowHeight), new XAttribute("stroke", "#666666"), new XAttribute("stroke-width", 0.5)));
        }
        var cells = new XElement(Svg + "g", new XAttribute("class", "slots"));
        for (var r = 0; r < rows.Count; r++)
        {
            axes.Add(Text(RowLeft - 6, Top + r * RowHeight + 13, rows[r].Label, ("text-anchor", "end")));
            for (var hour = 0; hour < HoursPerWeek; hour++)
            {
                var (day, ofDay) = (hour / 24, hour % 24);
                cells.Add(new XElement(Svg + "rect", new XAttribute("class", "slot"),
                    new XAttribute("x", RowLeft + hour * HourWidth), new XAttribute("y", Top + r * RowHeight),
                    new XAttribute("width", HourWidth), new XAttribute("height", RowHeight), new XAttribute("fill", Colour(hours[r][hour], max)),
                    new XElement(Svg + "title", $"{rows[r].Label} · {SlotSet.DayNames[day]} {ofDay:D2}–{ofDay + 1:D2} Uhr: "
                        + $"höchstens {Number(hours[r][hour])} Personen ohne Betreuung")));
            }
        }
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height), new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 11),
            Text(Left, 20, title, ("font-size", "15"), ("font-weight", "bold")),
            Text(Left, 38, Subtitle(scope)),
            axes, cells,
            Legend(legendTop, max, "Personen ohne Betreuung, höchstens je Viertelstunde einer Stunde:"),
            withheld > 0 ? Text(Left, legendTop + 50, WithheldNote(withheld)) : null);
        return $"{new XDeclaration("1.0", "utf-8", null)}\n{svg.ToString(SaveOptions.DisableFormatting)}";
    }

    /// <summary>The most persons in any quarter hour of each hour of the week: persons at once, not summed over the hour.</summary>
    private static float[] PerHour(float[] slots) =>
        [.. Enumerable.Range(0, HoursPerWeek).Select(h => new ArraySegment<float>(slots, h * SlotsPerHour, SlotsPerHour).Max())];

    private static string Subtitle(ExportScope scope) =>
        (scope.PlannedBy is { } date ? $"Geplanter Stand zum {date:dd.MM.yyyy}" : "Angebote von heute")
        + (scope.Shared ? $"; zur Weitergabe: Werte auf weniger als {SmallCells.MinimumResponses} Antworten unterdrückt" : "; eigene Ansicht, alle Werte");

    private static string WithheldNote(int gaps) =>
        $"{(gaps == 1 ? "1 Lücke" : $"{gaps} Lücken")} auf weniger als {SmallCells.MinimumResponses} Antworten nicht eingezeichnet (Zeitfenster und Werte zurückgehalten)";

    private static XElement Cell(int slot, float persons, float max)
    {
        var (day, ofDay) = (slot / WeekSlots.PerDay, slot % WeekSlots.PerDay);
        var label = $"{Number(persons)} Personen ohne Betreuung";
        return new XElement(Svg + "rect", new XAttribute("class", "slot"),
            new XAttribute("x", Left + ofDay * CellWidth), new XAttribute("y", Top + day * CellHeight),
            new XAttribute("width", CellWidth), new XAttribute("height", CellHeight), new XAttribute("fill", Colour(persons, max)),
            new XElement(Svg + "title", $"{SlotSet.DayNames[day]} {SlotSet.Clock(ofDay)}–{SlotSet.Clock(ofDay + 1)}: {label}"));
    }

    private static XElement Axes()
    {
        var axes = new XElement(Svg + "g", new XAttribute("class", "axes"));
        for (var day = 0; day < 7; day++)
            axes.Add(Text(Left - 6, Top + day * CellHeight + 14, SlotSet.DayNames[day], ("text-anchor", "end")));
        for (var hour = 0; hour <= 24; hour += 2)
        {
            var x = Left + hour * (WeekSlots.PerDay / 24) * CellWidth;
            axes.Add(new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("x2", x),
                new XAttribute("y1", Top - 4), new XAttribute("y2", Top + GridHeight), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", 0.5)));
            axes.Add(Text(x, Top - 8, $"{hour:D2}", ("text-anchor", "middle")));
        }
        axes.Add(Text(Left + GridWidth / 2, Top + GridHeight + 16, "Uhrzeit", ("text-anchor", "middle")));
        axes.Add(Text(12, Top + GridHeight / 2, "Wochentag", ("text-anchor", "middle"), ("transform", $"rotate(-90 12 {Top + GridHeight / 2})")));
        return axes;
    }

    private static XElement Legend(int top, float max, string caption = "Personen ohne Betreuung je Viertelstunde:")
    {
        const int barWidth = 200;
        var gradient = new XElement(Svg + "linearGradient", new XAttribute("id", "scale"),
            new XElement(Svg + "stop", new XAttribute("offset", "0"), new XAttribute("stop-color", Ramp(0))),
            new XElement(Svg + "stop", new XAttribute("offset", "1"), new XAttribute("stop-color", Ramp(1))));
        return new XElement(Svg + "g", new XAttribute("class", "legend"),
            new XElement(Svg + "defs", gradient),
            Text(Left, top + 10, caption),
            Swatch(Left, top + 16, NoGap), Text(Left + 16, top + 26, "0"),
            new XElement(Svg + "rect", new XAttribute("x", Left + 32), new XAttribute("y", top + 16), new XAttribute("width", barWidth),
                new XAttribute("height", 12), new XAttribute("fill", "url(#scale)")),
            Text(Left + 36 + barWidth, top + 26, $"{Number(max)} (Höchstwert der Woche)"));
    }

    private static XElement Swatch(int x, int y, string fill) =>
        new(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", 12), new XAttribute("height", 12),
            new XAttribute("fill", fill), new XAttribute("stroke", "#666666"), new XAttribute("stroke-width", 0.5));

    private static XElement Text(int x, int y, string text, params (string Name, string Value)[] attributes) =>
        new(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), attributes.Select(a => new XAttribute(a.Name, a.Value)), text);

    /// <summary>Light yellow for the fewest persons up to dark red for the week's maximum; light grey for none.</summary>
    public static string Colour(float persons, float max)
    {
        if (persons <= 0 || max <= 0) return NoGap;
        return Ramp(Math.Clamp(persons / max, 0, 1));
    }

    private static string Ramp(float share)
    {
        static int Mix(int from, int to, float share) => (int)Math.Round(from + (to - from) * share);
        return $"#{Mix(Low.R, High.R, share):x2}{Mix(Low.G, High.G, share):x2}{Mix(Low.B, High.B, share):x2}";
    }

    private static string Number(float value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
