using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using Hours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>The offer as events carry it, and the difference between two such states for the history.</summary>
public static class OfferStates
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OfferState Build(OfferDetails details, Facility facility, OfferStatus status, DateOnly? effectiveFrom)
    {
        var hours = Hours.Parse(details.OpeningHours);
        return new OfferState(
            details.Name, details.Category, details.TenantCategory, facility.AreaCode, facility.ToState(), details.Ages,
            details.Places, details.OccupiedPlaces, details.OpeningHours, hours.ToWeeklyIntervals(), details.Closures,
            hours.PublicHolidaysOff, details.TakesShortTermPlacements, details.Languages, details.FeeNote,
            status.ToString().ToLowerInvariant(), status == OfferStatus.Planned ? effectiveFrom : null);
    }

    /// <summary>Fields whose JSON differs; every field of <paramref name="after"/> when there is no <paramref name="before"/>.</summary>
    public static List<FieldChange> Diff(OfferState? before, OfferState after)
    {
        var old = before is null ? default : JsonSerializer.SerializeToElement(before, Json);
        var changes = new List<FieldChange>();
        foreach (var field in JsonSerializer.SerializeToElement(after, Json).EnumerateObject())
        {
            if (field.Name == "openIntervals") continue; // derived from openingHours
            var from = before is null ? null : old.GetProperty(field.Name).GetRawText();
            var to = field.Value.GetRawText();
            if (from != to) changes.Add(new FieldChange(field.Name, from, to));
        }
        return changes;
    }
}
