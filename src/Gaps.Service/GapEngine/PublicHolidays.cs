using PublicHoliday;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// The public holidays of a municipality in a week: those of its federal state, which the first two digits of its AGS
/// name (01 Schleswig-Holstein … 16 Thüringen), computed by the maintained <c>PublicHoliday</c> library rather than a
/// table of our own. Only the holidays the library knows for a whole state count: Mariä Himmelfahrt counts for all of
/// Bavaria (by law only in its Catholic communities), the Augsburger Friedensfest not at all.
/// </summary>
public static class PublicHolidays
{
    // Index = the AGS's state key; 0 is no state.
    private static readonly GermanPublicHoliday.States[] States =
    [
        GermanPublicHoliday.States.ALL,
        GermanPublicHoliday.States.SH, GermanPublicHoliday.States.HH, GermanPublicHoliday.States.NI, GermanPublicHoliday.States.HB,
        GermanPublicHoliday.States.NW, GermanPublicHoliday.States.HE, GermanPublicHoliday.States.RP, GermanPublicHoliday.States.BW,
        GermanPublicHoliday.States.BY, GermanPublicHoliday.States.SL, GermanPublicHoliday.States.BE, GermanPublicHoliday.States.BB,
        GermanPublicHoliday.States.MV, GermanPublicHoliday.States.SN, GermanPublicHoliday.States.ST, GermanPublicHoliday.States.TH,
    ];

    /// <summary>The dates of <paramref name="week"/> that are public holidays where the municipality <paramref name="ags"/> lies.</summary>
    public static IReadOnlySet<DateOnly> In(AnalysisWeek week, string ags)
    {
        var calendar = new GermanPublicHoliday { State = StateOf(ags) };
        return new[] { week.Monday.Year, week.Sunday.Year }.Distinct()
            .SelectMany(calendar.PublicHolidays)
            .Select(DateOnly.FromDateTime)
            .Where(d => week.Monday <= d && d <= week.Sunday)
            .ToHashSet();
    }

    /// <summary>The state of an 8-digit AGS; a key outside 01–16 cannot be a German municipality's.</summary>
    public static GermanPublicHoliday.States StateOf(string ags) =>
        ags.Length >= 2 && int.TryParse(ags.AsSpan(0, 2), out var key) && key is >= 1 and <= 16
            ? States[key]
            : throw new ArgumentException($"'{ags}' is no AGS: its first two digits name no federal state.", nameof(ags));
}
