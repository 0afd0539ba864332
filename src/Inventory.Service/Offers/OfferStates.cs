using System.Collections.Concurrent;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using OpeningHoursValue = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>The offer as events carry it, and the difference between two such states for the history.</summary>
public static class OfferStates
{
    /// <summary>
    /// What each opening-hours text means, parsed once: a bulk import builds the states of many
    /// thousands of offers that share a handful of texts, and parsing them again was a tenth of the
    /// lifecycle. The texts come from users, so the cache starts over when it grows past its limit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (IReadOnlyList<WeeklyInterval> Intervals, bool PublicHolidaysOff)> ParsedHours =
        new(StringComparer.Ordinal);

    private const int ParsedHoursLimit = 4_096;

    public static OfferState Build(OfferDetails details, Facility facility, OfferStatus status, DateOnly? effectiveFrom)
    {
        var (intervals, publicHolidaysOff) = Parse(details.OpeningHours);
        return new OfferState(
            details.Name, details.Category, details.TenantCategory, facility.AreaCode, facility.ToState(), details.Ages,
            details.Places, details.OccupiedPlaces, details.OpeningHours, intervals, details.Closures,
            publicHolidaysOff, details.TakesShortTermPlacements, details.Languages, details.FeeNote,
            status.ToString().ToLowerInvariant(), status == OfferStatus.Planned ? effectiveFrom : null);
    }

    private static (IReadOnlyList<WeeklyInterval>, bool) Parse(string text)
    {
        if (ParsedHours.TryGetValue(text, out var known)) return known;
        var hours = OpeningHoursValue.Parse(text);
        if (ParsedHours.Count >= ParsedHoursLimit) ParsedHours.Clear();
        // Shared by every state built from the same text, so no one may change it.
        return ParsedHours[text] = (hours.ToWeeklyIntervals().ToArray().AsReadOnly(), hours.PublicHolidaysOff);
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
