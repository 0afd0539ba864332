using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// An opening-hours text parsed once, with what the offer paths derive from it. A bulk import checks,
/// stores and announces many thousands of offers that share a handful of texts, and parsing every
/// text three times (rules, canonical form, event state) was a tenth of the import's CPU time.
/// Only valid texts are kept; the texts come from users, so the cache starts over past its limit.
/// </summary>
public sealed class ParsedOpeningHours
{
    private const int Limit = 4_096;

    private static readonly ConcurrentDictionary<string, ParsedOpeningHours> Known = new(StringComparer.Ordinal);

    private ParsedOpeningHours(OpeningHours hours)
    {
        Canonical = hours.ToString();
        Intervals = hours.ToWeeklyIntervals().ToArray().AsReadOnly();
        PublicHolidaysOff = hours.PublicHolidaysOff;
        SchoolHolidaysOff = hours.SchoolHolidaysOff;
        ClosedMonths = hours.ClosedMonths.Length > 0 ? hours.ClosedMonths : null;
    }

    /// <summary>The canonical opening_hours text (<see cref="OpeningHours.ToString"/>).</summary>
    public string Canonical { get; }

    /// <summary>The weekly intervals (<see cref="OpeningHours.ToWeeklyIntervals"/>); shared by everyone who parses the same text, so read-only.</summary>
    public IReadOnlyList<WeeklyInterval> Intervals { get; }

    public bool PublicHolidaysOff { get; }

    public bool SchoolHolidaysOff { get; }

    /// <summary>The months closed every year (<see cref="OpeningHours.ClosedMonths"/>); null when none, as events carry it.</summary>
    public IReadOnlyList<int>? ClosedMonths { get; }

    public static bool TryParse(string text, [NotNullWhen(true)] out ParsedOpeningHours? parsed, [NotNullWhen(false)] out OpeningHoursError? error)
    {
        error = null;
        if (Known.TryGetValue(text, out parsed)) return true;
        if (!OpeningHours.TryParse(text, out var hours, out error)) return false;
        if (Known.Count >= Limit) Known.Clear();
        parsed = Known.GetOrAdd(text, new ParsedOpeningHours(hours));
        return true;
    }

    /// <exception cref="OpeningHoursSyntaxException">The text is not in the supported subset.</exception>
    public static ParsedOpeningHours Parse(string text) =>
        TryParse(text, out var parsed, out var error) ? parsed : throw new OpeningHoursSyntaxException(error);
}
