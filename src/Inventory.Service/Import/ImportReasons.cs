using System.Globalization;
using System.Text.Json;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Facilities;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Why a row of an offer import comes out as it does: a stable <paramref name="Code"/> with its
/// <paramref name="Arguments"/> in a fixed order (see <see cref="ImportReasons"/>), so a client can say it in its own
/// language, and the same in English as <paramref name="Text"/>.
/// </summary>
public sealed record ImportReason(string Code, string Text, IReadOnlyList<string> Arguments);

/// <summary>
/// The reasons an offer import gives per row. Codes and their arguments:
/// <list type="bullet">
/// <item><c>unchanged</c> — none.</item>
/// <item><c>changed</c> — field (the JSON API's name, e.g. <c>places</c>, <c>openingHours</c>, <c>facility.name</c>), before, after.</item>
/// <item><c>area.given</c>, <c>area.polygon</c>, <c>area.outsidePolygons</c>, <c>area.noOutlines</c> — where a new facility's area, or a
/// changed one, came from (the file's area_code; the polygon containing the point; the nearest centre as no polygon contains the
/// point; the nearest centre as no area has an outline): area code, area name, the area before (empty for a new facility).</item>
/// <item><c>area.givenElsewhere</c> — the file's area_code is kept but the point lies in another area's polygon: given code,
/// containing code, containing name.</item>
/// <item><c>area.correctionKept</c> — a planner's correction is kept against the file: kept code, the correction's day
/// (yyyy-MM-dd, UTC), the area the file gives or the point's placement yields.</item>
/// </list>
/// </summary>
public static class ImportReasons
{
    public static readonly IReadOnlyList<ImportReason> Unchanged = [new("unchanged", "unchanged", [])];

    public static ImportReason Area(PlacementBasis? basis, PlacedArea area, string? previous)
    {
        var (code, why) = basis switch
        {
            null => ("area.given", "given in the file"),
            PlacementBasis.Polygon => ("area.polygon", $"inside {area.Name}'s polygon"),
            PlacementBasis.OutsidePolygons => ("area.outsidePolygons", "nearest centre, no polygon contains the point"),
            _ => ("area.noOutlines", "nearest centre, no area has an outline"),
        };
        var moved = previous is null ? area.Code : $"{previous} → {area.Code}";
        return new(code, $"area {moved}: {why}", [area.Code, area.Name, previous ?? ""]);
    }

    public static ImportReason GivenElsewhere(string given, PlacedArea containing) =>
        new("area.givenElsewhere", $"area_code {given} given, but the point lies inside {containing.Name}'s ({containing.Code}) polygon",
            [given, containing.Code, containing.Name]);

    public static ImportReason CorrectionKept(string kept, DateTimeOffset correctedAt, string fileArea)
    {
        var day = correctedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new("area.correctionKept", $"area kept at {kept}, corrected by hand on {day}; the file's location lies in {fileArea}", [kept, day, fileArea]);
    }

    public static ImportReason Changed(string field, string before, string after) =>
        new("changed", $"{Words(field)} {Shown(before)} → {Shown(after)}", [field, before, after]);

    /// <summary>What the file changes of a stored facility, but its area (named by the area reasons).</summary>
    public static IEnumerable<ImportReason> FacilityChanges(Facility before, Facility after)
    {
        string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
        (string Field, string Before, string After)[] fields =
        [
            ("facility.name", before.Name, after.Name),
            ("facility.operatorType", before.OperatorType.ToCode(), after.OperatorType.ToCode()),
            ("facility.address", before.Address ?? "", after.Address ?? ""),
            ("facility.latitude", Text(before.Latitude), Text(after.Latitude)),
            ("facility.longitude", Text(before.Longitude), Text(after.Longitude)),
        ];
        return fields.Where(f => f.Before != f.After).Select(f => Changed(f.Field, f.Before, f.After));
    }

    /// <summary>
    /// The offer's own changes from <see cref="Offers.OfferStates.Diff"/> (raw JSON values), without what the facility's reasons
    /// name already (its fields and area) and without the open intervals derived from the opening hours.
    /// </summary>
    public static IEnumerable<ImportReason> OfferChanges(IEnumerable<Offers.FieldChange> changes) =>
        changes.Where(c => c.Field is not ("facility" or "areaCode"))
            .Select(c => Changed(c.Field, Value(c.From), Value(c.To)));

    /// <summary>A JSON value as a planner reads it: a string without quotes, a list of strings joined, anything else as written.</summary>
    private static string Value(string? json)
    {
        if (json is null) return "";
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => "",
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                string.Join(", ", value.EnumerateArray().Select(e => e.GetString())),
            _ => json,
        };
    }

    private static string Shown(string value) => value.Length == 0 ? "(none)" : value;

    /// <summary><c>facility.operatorType</c> → "operator type", <c>openingHours</c> → "opening hours".</summary>
    private static string Words(string field)
    {
        var name = field.StartsWith(FieldNames.FacilityPrefix, StringComparison.Ordinal) ? field[FieldNames.FacilityPrefix.Length..] : field;
        var words = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c)) words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(c);
        }
        return words.ToString();
    }
}
