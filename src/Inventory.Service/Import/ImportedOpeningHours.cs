using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.Import;

/// <summary>The opening hours of an import row, tidied (<see cref="OpeningHoursTidying"/>) with a warning per change, the same in every reader.</summary>
public static class ImportedOpeningHours
{
    /// <summary>
    /// The text the row's offer states: tidied when that made it valid, else as given, so the offer's rule names
    /// what is wrong. An ambiguous text, or one still invalid after tidying, goes to <paramref name="refuse"/> with the fix.
    /// </summary>
    /// <param name="bareRangesOnWorkingDays">Whether a range without weekdays means Mo-Fr (open data) or, as in opening_hours, every day (the platform's CSV).</param>
    public static string Read(string text, bool bareRangesOnWorkingDays, Action<string> warn, Action<string> refuse)
    {
        var tidied = OpeningHoursTidying.Tidy(text, bareRangesOnWorkingDays);
        if (tidied.Refusal is { } refusal)
        {
            refuse(refusal);
            return text;
        }
        if (tidied.Changes.Count == 0) return text;
        if (!ParsedOpeningHours.TryParse(tidied.Text, out _, out var error))
        {
            refuse($"'{text}' read as '{tidied.Text}' is still no opening_hours value: {error.Message}.");
            return text;
        }
        foreach (var change in tidied.Changes) warn(change);
        return tidied.Text;
    }
}
