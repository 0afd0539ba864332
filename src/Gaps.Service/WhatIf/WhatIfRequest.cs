using System.Globalization;
using GutAusgestattet.Contracts;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.WhatIf;

/// <param name="Week">ISO week like <c>2026-W48</c>; the current one when not given.</param>
/// <param name="Changes">Hypothetical changes, applied together (and each on its own for what it covers); 1 to 20.</param>
public sealed record WhatIfRequest(string? Week = null, List<OfferChangeRequest?>? Changes = null);

/// <summary>A new offer (no <paramref name="OfferId"/>: category, area, location, free places and hours required) or a change to an existing one.</summary>
/// <param name="OfferId">The open offer to change; left out for a new offer. Withdrawn and planned offers cannot be changed here.</param>
/// <param name="Category">Care category code (a known one); required for a new offer.</param>
/// <param name="AreaCode">One of the municipality's areas; required for a new offer.</param>
/// <param name="Latitude">Between -90 and 90; required for a new offer.</param>
/// <param name="Longitude">Between -180 and 180; required for a new offer.</param>
/// <param name="FreePlaces">Free places, 0 to 10000; required for a new offer.</param>
/// <param name="Hours">The weekly opening hours replacing the offer's; a range whose end is before its start runs overnight. Required for a new offer.</param>
/// <param name="TakesShortTermPlacements">Whether the offer takes short-term placements; unchanged when not given.</param>
/// <param name="Languages">The languages the offer is given in, replacing the offer's; unchanged when not given.</param>
/// <param name="Withdraw">Withdraws an existing offer (not allowed for a new one).</param>
public sealed record OfferChangeRequest(
    Guid? OfferId = null, string? Category = null, string? AreaCode = null, double? Latitude = null, double? Longitude = null,
    int? FreePlaces = null, List<HoursRequest?>? Hours = null, bool? TakesShortTermPlacements = null, List<string>? Languages = null, bool Withdraw = false);

/// <param name="Day">The weekday; required.</param>
/// <param name="From"><c>HH:mm</c>, 00:00 to 23:59; required.</param>
/// <param name="To"><c>HH:mm</c>, up to <c>24:00</c>, not equal to the start; required.</param>
public sealed record HoursRequest(DayOfWeek? Day = null, string? From = null, string? To = null);

public static class WhatIfRules
{
    public const int MaxChanges = 20;

    /// <summary>Checks the changes against the tenant's offers and areas and turns them into edits; null edits when invalid.</summary>
    public static (RequestValidation Validation, List<OfferEdit>? Edits) Read(WhatIfRequest? request, TenantInput today)
    {
        var v = new RequestValidation();
        var changes = request?.Changes ?? [];
        if (changes.Count == 0) v.Add("changes", "At least one change is required.");
        v.Require(changes.Count <= MaxChanges, "changes", $"At most {MaxChanges} changes at once.");
        var offers = today.Offers.Select(o => o.OfferId).ToHashSet();
        var areas = today.Areas.Select(a => a.Code).Concat(today.Offers.Select(o => o.AreaCode)).ToHashSet(StringComparer.Ordinal);
        var edits = new List<OfferEdit>();
        for (var i = 0; i < changes.Count; i++)
        {
            var key = $"changes[{i}]";
            if (changes[i] is not { } c) { v.Add(key, "A change is required."); continue; }
            var isNew = c.OfferId is null;
            if (!isNew) v.Require(offers.Contains(c.OfferId!.Value), $"{key}.offerId", "No such offer open today (withdrawn and planned offers cannot be changed here).");
            Check(v, isNew, c.Category, $"{key}.category", x => CareCategories.IsKnown(x), "A known category code.");
            Check(v, isNew, c.AreaCode, $"{key}.areaCode", x => areas.Contains(x!), "One of the municipality's areas.");
            Check(v, isNew, c.Latitude, $"{key}.latitude", x => x is >= -90 and <= 90, "Between -90 and 90.");
            Check(v, isNew, c.Longitude, $"{key}.longitude", x => x is >= -180 and <= 180, "Between -180 and 180.");
            Check(v, isNew, c.FreePlaces, $"{key}.freePlaces", x => x is >= 0 and <= 10_000, "Between 0 and 10000.");
            if (isNew && c.Hours is null) v.Add($"{key}.hours", "Opening hours are required for a new offer.");
            var open = c.Hours is null ? null : ReadHours(v, $"{key}.hours", c.Hours);
            v.Require(!(isNew && c.Withdraw), $"{key}.withdraw", "Only an existing offer can be withdrawn.");
            edits.Add(new OfferEdit(c.OfferId, c.Category, c.AreaCode, c.Latitude, c.Longitude, c.FreePlaces, open, c.TakesShortTermPlacements, c.Languages, c.Withdraw));
        }
        return (v, v.IsValid ? edits : null);
    }

    private static void Check<T>(RequestValidation v, bool required, T? value, string field, Func<T?, bool> rule, string text)
    {
        if (value is null) { if (required) v.Add(field, $"Required for a new offer. {text}"); }
        else v.Require(rule(value), field, text);
    }

    private static List<SlotRange> ReadHours(RequestValidation v, string key, List<HoursRequest?> hours)
    {
        var open = new List<SlotRange>();
        for (var i = 0; i < hours.Count; i++)
        {
            var k = $"{key}[{i}]";
            if (hours[i] is not { Day: { } day } h || !Enum.IsDefined(day)) { v.Add($"{k}.day", "A weekday is required."); continue; }
            if (Minutes(h.From) is not { } from || from == 1440) { v.Add($"{k}.from", "A time HH:mm from 00:00 to 23:59 is required."); continue; }
            if (Minutes(h.To) is not { } to || to == from) { v.Add($"{k}.to", "A time HH:mm up to 24:00, not equal to the start, is required."); continue; }
            var d = WeekSlots.DayIndex(day);
            if (to > from) { Add(open, SlotRange.Open(d, from, to)); continue; }
            // Overnight: the rest of the day, then the next morning (Sunday night runs into Monday).
            Add(open, SlotRange.Open(d, from, 1440));
            Add(open, SlotRange.Open((d + 1) % 7, 0, to));
        }
        return open;
    }

    private static void Add(List<SlotRange> open, SlotRange? range)
    {
        if (range is { } r) open.Add(r);
    }

    private static int? Minutes(string? text)
    {
        if (text == "24:00") return 1440;
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time.Hour * 60 + time.Minute : null;
    }
}
