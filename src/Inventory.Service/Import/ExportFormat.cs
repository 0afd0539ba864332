namespace GutAusgestattet.Inventory.Import;

/// <summary>How a reading endpoint tells that GeoJSON is wanted: <c>?format=geojson</c>, or an Accept header naming <c>application/geo+json</c>.</summary>
public static class ExportFormat
{
    public const string GeoJson = "geojson";

    public const string GeoJsonMediaType = "application/geo+json";

    /// <summary>The format asked for; <paramref name="otherwise"/> when neither the query nor the Accept header names one.</summary>
    public static string Of(HttpRequest request, string? format, string otherwise) =>
        format ?? (request.Headers.Accept.ToString().Contains("geo+json", StringComparison.OrdinalIgnoreCase) ? GeoJson : otherwise);
}
