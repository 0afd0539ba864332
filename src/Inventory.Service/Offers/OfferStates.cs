using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>The offer as events carry it, and the difference between two such states for the history.</summary>
public static class OfferStates
{
    public static OfferState Build(OfferDetails details, Facility facility, OfferStatus status, DateOnly? effectiveFrom)
    {
        var hours = ParsedOpeningHours.Parse(details.OpeningHours);
        return new OfferState(
            details.Name, details.Category, details.TenantCategory, facility.AreaCode, facility.ToState(), details.Ages,
            details.Places, details.OccupiedPlaces ?? 0, details.OpeningHours, hours.Intervals, details.Closures,
            hours.PublicHolidaysOff, details.TakesShortTermPlacements, details.Languages, details.FeeNote,
            status.ToString().ToLowerInvariant(), status == OfferStatus.Planned ? effectiveFrom : null, details.OccupiedPlaces is not null,
            hours.SchoolHolidaysOff, hours.ClosedMonths, details.Reserved is { Count: > 0 } reserved ? reserved : null);
    }

    /// <summary>Fields whose JSON differs; every field of <paramref name="after"/> when there is no <paramref name="before"/>.</summary>
    /// <remarks>
    /// Runs once per offer of a bulk import, so it reads the serialized JSON with a forward-only
    /// reader (source-generated serializer, no document) instead of building two DOMs.
    /// </remarks>
    public static List<FieldChange> Diff(OfferState? before, OfferState after)
    {
        var old = before is null ? null : Fields(before).ToDictionary(f => f.Name, f => f.Json, StringComparer.Ordinal);
        var fields = Fields(after);
        var changes = new List<FieldChange>(old is null ? fields.Count : 4);
        foreach (var (name, to) in fields)
        {
            var from = old?[name];
            if (from != to) changes.Add(new FieldChange(name, from, to));
        }
        return changes;
    }

    /// <summary>Each top-level property of the state's JSON with its raw JSON text, in order, but the derived open intervals.</summary>
    private static List<(string Name, string Json)> Fields(OfferState state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state, OfferStateJson.Default.OfferState);
        var fields = new List<(string, string)>(20);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Derived from openingHours, so a change shows there.
            var derived = reader.ValueTextEquals("openIntervals"u8);
            var name = derived ? null : reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (name is not null) fields.Add((name, System.Text.Encoding.UTF8.GetString(json, start, (int)reader.BytesConsumed - start)));
        }
        return fields;
    }
}

/// <summary>The web defaults (camelCase) as the reflection serializer used them, generated at compile time.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(OfferState))]
internal sealed partial class OfferStateJson : System.Text.Json.Serialization.JsonSerializerContext;
