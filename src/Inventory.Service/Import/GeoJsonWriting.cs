using System.Text.Json;

namespace GutAusgestattet.Inventory.Import;

/// <summary>What the GeoJSON exports write alike.</summary>
public static class GeoJsonWriting
{
    /// <summary>A <c>geometry</c> member holding a Point, longitude first as RFC 7946 says.</summary>
    public static void WritePointGeometry(this Utf8JsonWriter json, double longitude, double latitude)
    {
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(longitude);
        json.WriteNumberValue(latitude);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
