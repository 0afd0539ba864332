using System.Text;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Imports;

/// <summary>What a planner can import: the areas, or the facilities with their offers.</summary>
public enum ImportSubject
{
    Areas,
    Offers,
}

/// <summary>
/// An uploaded file as Inventory's import takes it. The file travels twice — once to be checked (dry run),
/// then again, unchanged, to be imported — inside the page's own form, so whichever replica answers
/// the second post imports exactly what the planner saw checked.
/// </summary>
public static class ImportUpload
{
    /// <summary>The largest file Inventory imports (20 MiB); the form that carries it again must hold as much.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static string PathOf(ImportSubject subject) => subject == ImportSubject.Areas ? "/api/areas/import" : "/api/inventory/import";

    /// <summary>CSV by its extension, GeoJSON (also OpenStreetMap exports as .json); null for anything else.</summary>
    public static string? MediaTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => "text/csv",
        ".geojson" or ".json" => "application/geo+json",
        _ => null,
    };

    /// <summary>The uploaded file's text, or the text key of why there is none: no file, or one larger than a service takes.</summary>
    public static async Task<(string? Content, string? Refusal)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, "Import_FileMissing");
        if (file.Length > MaxBytes) return (null, "Import_FileTooLarge");
        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return (await reader.ReadToEndAsync(ct), null);
    }

    public static ImportFile File(ImportSubject subject, string content, string mediaType) => new(PathOf(subject), content, mediaType);
}
