using System.Text.Json;

namespace GutAusgestattet.Gaps.Exports;

/// <summary>An area at its centre, with its name and outline (GeoJSON geometry text) where known, as the read model knows it from Inventory.</summary>
public sealed record AreaPoint(string Code, double Latitude, double Longitude, string? Name = null, string? Outline = null)
{
    /// <summary>How a picture names the area: "Altstadt (01)", the code alone while the name is unknown.</summary>
    public string Label => Name is { } name ? $"{name} ({Code})" : Code;
}

/// <summary>
/// The gaps per area as a GeoJSON FeatureCollection (RFC 7946) for a GIS: one feature per area, drawn as its
/// outline (Polygon or MultiPolygon) where Inventory knows one and as a Point at its centre otherwise, areas
/// without gaps included so a map shows them as covered. Properties are
/// flat — <c>areaCode</c>, <c>areaName</c>, <c>centre</c> ([longitude, latitude]), then per gap <c>{category}.{kind}.{column}</c> for estimatedPersons,
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
        json.WritePropertyName("geometry");
        // Inventory validated the outline as a Polygon or MultiPolygon before publishing it; the writer still checks it is JSON.
        if (area.Outline is { } outline) json.WriteRawValue(outline);
        else
        {
            json.WriteStartObject();
            json.WriteString("type", "Point");
            WriteCentre(json, "coordinates", area);
            json.WriteEndObject();
        }
        json.WriteStartObject("properties");
        json.WriteString("areaCode", area.Code);
        if (area.Name is { } name) json.WriteString("areaName", name);
        else json.WriteNull("areaName");
        // The centre stays known where the geometry is the outline: it is what serving distances are measured from.
        WriteCentre(json, "centre", area);
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

    private static void WriteCentre(Utf8JsonWriter json, string name, AreaPoint area)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(Math.Round(area.Longitude, 6)); // GeoJSON is longitude first
        json.WriteNumberValue(Math.Round(area.Latitude, 6));
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
