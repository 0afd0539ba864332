namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// External keys of facilities and offers (<c>osm:node/123</c>, the municipality's own id): optional,
/// unique per tenant when set, and what an import matches its rows by, so the same file twice is no change.
/// </summary>
public static class KeyRules
{
    public const int MaxLength = 100;

    /// <summary>Reserved: an export names a row without a key by its id (<c>id:&lt;guid&gt;</c>), so export → import round-trips.</summary>
    public const string IdPrefix = "id:";

    public const string Rule = "A key has 1 to 100 characters without spaces at either end or control characters, e.g. 'osm:node/123'.";

    /// <summary>The rule <paramref name="key"/> breaks, or null; a missing key is fine here (the import requires one itself).</summary>
    public static string? Check(string? key) =>
        key is null ? null
        : key.Length is 0 or > MaxLength || char.IsWhiteSpace(key[0]) || char.IsWhiteSpace(key[^1]) || HasControl(key) ? Rule
        : null;

    // Runs for every row of an import (facility and offer key): a span search, not a LINQ pass per character.
    private static bool HasControl(string key) =>
        key.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || key.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0;

    /// <summary>The key an export writes for a row: its own, or its id.</summary>
    public static string ExportKey(string? key, Guid id) => key ?? IdPrefix + id.ToString("D");

    /// <summary>The key under which an import finds an existing row (see <see cref="ExportKey"/>).</summary>
    public static string LookupKey(string? key, Guid id) => ExportKey(key, id);
}
