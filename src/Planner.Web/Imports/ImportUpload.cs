using System.Text;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Imports;

/// <summary>What a planner can import: the areas, the facilities with their offers (Inventory), or the partners (Partners).</summary>
public enum ImportSubject
{
    Areas,
    Offers,
    Partners,
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

    public static string PathOf(ImportSubject subject) => subject switch
    {
        ImportSubject.Areas => "/api/areas/import",
        ImportSubject.Partners => "/api/partners/import",
        _ => "/api/inventory/import",
    };

    /// <summary>The service that imports the subject.</summary>
    public static PlatformService ServiceOf(ImportSubject subject) => subject == ImportSubject.Partners ? PlatformService.Partners : PlatformService.Inventory;

    /// <summary>CSV by its extension, GeoJSON (also OpenStreetMap exports as .json; not for partners, which come as CSV only); null for anything else.</summary>
    public static string? MediaTypeOf(string fileName, ImportSubject subject) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => "text/csv",
        ".geojson" or ".json" when subject != ImportSubject.Partners => "application/geo+json",
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
