using System.Text.Json;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>The frame every GeoJSON import shares: a FeatureCollection, read feature by feature.</summary>
public static class GeoJsonFeatures
{
    /// <summary>
    /// Reads each feature with <paramref name="readFeature"/> (given its index; null for a feature it
    /// reported as an error); a body that is no FeatureCollection is one error and no rows.
    /// </summary>
    public static List<T> ReadAll<T>(string text, List<ImportError> errors, Func<JsonElement, int, T?> readFeature) where T : class
    {
        var rows = new List<T>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            errors.Add(new ImportError(null, null, "body", $"Not valid JSON: {e.Message}"));
            return rows;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || GeoJsonAreaReader.Text(root, "type") != "FeatureCollection")
                errors.Add(new ImportError(null, null, "type", "A GeoJSON FeatureCollection is expected."));
            else if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                errors.Add(new ImportError(null, null, "features", "A FeatureCollection has an array 'features'."));
            else
            {
                var number = 0;
                foreach (var feature in features.EnumerateArray())
                    if (readFeature(feature, number++) is { } row) rows.Add(row);
            }
        }
        return rows;
    }
}
