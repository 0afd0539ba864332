using System.Text.RegularExpressions;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>An area as a planner or an import file states it, already checked and normalised.</summary>
/// <param name="Outline">The boundary as <see cref="AreaOutline"/> text; null for none.</param>
/// <param name="KeepsOutline">
/// The source says nothing of a boundary (a CSV row, a PUT without <c>outline</c>): the area keeps the one it has, so a
/// file of names and centres does not wipe out what an earlier GeoJSON import drew.
/// </param>
public sealed record AreaInput(string Code, AreaState State, string? Outline = null, bool KeepsOutline = true)
{
    /// <summary>The same area with exactly this boundary (null: none).</summary>
    public AreaInput WithOutline(string? outline) => this with { Outline = outline, KeepsOutline = false };

    /// <summary>The boundary <paramref name="existing"/> has once this input is applied.</summary>
    public string? OutlineOf(Area? existing) => KeepsOutline ? existing?.Outline : Outline;
}

/// <summary>
/// The rules every area obeys, whether it arrives by PUT or by import; each check returns the
/// rule it broke, or null.
/// </summary>
public static partial class AreaRules
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;

    /// <summary>
    /// Lower-case ASCII letters, digits and hyphens, 1 to 32 characters, not starting with a hyphen:
    /// safe in URLs, file names and gap keys (<c>kita:altstadt:content</c>) without escaping.
    /// </summary>
    public const string CodePattern = "^[a-z0-9][a-z0-9-]{0,31}$";

    /// <summary>Decimal places kept of a coordinate (about 1 cm), so re-importing a file compares equal.</summary>
    public const int CoordinateDecimals = 7;

    public const string CodeRule = "A code of 1 to 32 characters is required: lower-case letters a-z, digits and '-', not starting with '-' (" + CodePattern + ").";
    public const string NameRule = "A name of 1 to 200 characters is required.";
    public const string LatitudeRule = "A latitude in WGS 84 degrees from -90 to 90 is required.";
    public const string LongitudeRule = "A longitude in WGS 84 degrees from -180 to 180 is required.";

    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    public static bool IsValidCode(string? code) => code is not null && Code().IsMatch(code);

    public static string? CheckCode(string? code) => IsValidCode(code) ? null : CodeRule;

    public static string? CheckName(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxNameLength } ? PublicText.Check(name) : NameRule;

    // NaN fails both comparisons, so it is refused like any other value out of range.
    public static string? CheckLatitude(double? latitude) => latitude is >= -90 and <= 90 ? null : LatitudeRule;

    public static string? CheckLongitude(double? longitude) => longitude is >= -180 and <= 180 ? null : LongitudeRule;

    /// <summary>Builds the area once every check above has passed.</summary>
    public static AreaInput Normalise(string code, string name, double latitude, double longitude) =>
        new(code, new AreaState(name.Trim(), Round(latitude), Round(longitude)));

    public static double Round(double degrees) => Math.Round(degrees, CoordinateDecimals, MidpointRounding.AwayFromZero);
}
