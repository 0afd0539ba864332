using System.Text.Json;
using GutAusgestattet.Inventory.Import;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// The tenant's areas as a GeoJSON FeatureCollection (RFC 7946), one feature per area with its code as <c>id</c>: its
/// outline as the geometry where one is known, else its centre as a Point; <c>properties</c> code, name, the centre's
/// latitude and longitude, version. The shape the area import reads, so GIS tools open it as it is.
/// </summary>
public static class AreaFeatures
{
    public static byte[] GeoJson(IEnumerable<Area> areas)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var area in areas)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", area.Code);
                if (area.Outline is { } outline)
                {
                    json.WritePropertyName("geometry");
                    // Stored as GeoJSON already (AreaOutline), so it goes out as it is.
                    json.WriteRawValue(outline, skipInputValidation: true);
                }
                else json.WritePointGeometry(area.Longitude, area.Latitude);
                json.WriteStartObject("properties");
                json.WriteString("code", area.Code);
                json.WriteString("name", area.Name);
                json.WriteNumber("latitude", area.Latitude);
                json.WriteNumber("longitude", area.Longitude);
                json.WriteNumber("version", area.Version);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
