using System.Text.Json;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>An area at its centre, as the read model knows it from Inventory.</summary>
public sealed record AreaPoint(string Code, double Latitude, double Longitude);

/// <summary>
/// The gaps per area as a GeoJSON FeatureCollection (RFC 7946) for a GIS: one Point feature per
/// area at its centre, areas without gaps included so a map shows them as covered. Properties are
/// flat — <c>areaCode</c>, then per gap <c>{category}.{kind}.{column}</c> for estimatedPersons,
/// personHours, responses, severity, intervals and suppressed — because GIS tools style and filter
/// by flat attributes and cannot reach into nested objects. There is deliberately no per-area total:
/// in a shared export it would give a withheld figure away. Areas without a known centre have no
/// point and appear only in the CSV/XLSX exports.
/// </summary>
public static class AreasGeoJson
{
    public static byte[] Write(IEnumerable<AreaPoint> areas, IEnumerable<ExportedGap> gaps, ExportScope scope)
    {
        var byArea = gaps.ToLookup(g => g.AreaCode);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            // Foreign members (RFC 7946 §6.1): what the file covers travels with it.
            json.WriteString("week", scope.Week.ToString());
            if (scope.PlannedBy is { } date) json.WriteString("plannedBy", date.ToString("yyyy-MM-dd"));
            json.WriteBoolean("shared", scope.Shared);
            json.WriteStartArray("features");
            foreach (var area in areas.OrderBy(a => a.Code, StringComparer.Ordinal))
                WriteFeature(json, area, byArea[area.Code]);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter json, AreaPoint area, IEnumerable<ExportedGap> gaps)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", area.Code);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(Math.Round(area.Longitude, 6)); // GeoJSON is longitude first
        json.WriteNumberValue(Math.Round(area.Latitude, 6));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("areaCode", area.Code);
        foreach (var gap in gaps.OrderBy(g => g.Category, StringComparer.Ordinal).ThenBy(g => g.Kind))
        {
            var prefix = $"{gap.Category}.{gap.KindCode}.";
            WriteNumber(json, prefix + "estimatedPersons", gap.EstimatedPersons);
            WriteNumber(json, prefix + "personHours", gap.PersonHours);
            WriteNumber(json, prefix + "responses", gap.Responses);
            WriteNumber(json, prefix + "severity", gap.Severity);
            json.WriteString(prefix + "intervals", gap.Intervals);
            json.WriteBoolean(prefix + "suppressed", gap.Suppressed);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
