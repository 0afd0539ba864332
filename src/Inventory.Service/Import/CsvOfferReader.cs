using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Reads offers from CSV (<see cref="CsvTable"/>), one offer per row with its facility's columns
/// repeated on each of its rows; the facility is identified by <c>facility_key</c>, the offer by
/// <c>offer_key</c>. The columns are those of <see cref="Columns"/>, the export writes them all.
/// </summary>
public static class CsvOfferReader
{
    public const string Format = "csv";

    /// <summary>Every column, in the order the export writes them.</summary>
    public static readonly string[] Columns =
    [
        "facility_key", "facility_name", "operator_type", "address", "latitude", "longitude", "area_code",
        "offer_key", "name", "category", "tenant_category", "age_from_months", "age_to_months",
        "places", "occupied_places", "opening_hours", "short_term", "languages", "fee_note",
    ];

    /// <summary>Columns a file must have; the others may be left out (empty).</summary>
    public static readonly string[] Required =
        ["facility_key", "facility_name", "latitude", "longitude", "offer_key", "name", "category", "places", "opening_hours"];

    private static readonly string[] Optional = Columns.Except(Required).ToArray();

    /// <summary>Header names of open data for the coordinates, read as the canonical columns; a file with both names of one is refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lat"] = "latitude", ["breite"] = "latitude", ["breitengrad"] = "latitude",
        ["lon"] = "longitude", ["lng"] = "longitude", ["long"] = "longitude", ["länge"] = "longitude", ["laenge"] = "longitude", ["längengrad"] = "longitude",
    };

    public static readonly FieldNames Names = new(
        new Dictionary<string, string>
        {
            ["key"] = "facility_key", ["name"] = "facility_name", ["operatorType"] = "operator_type", ["address"] = "address",
            ["latitude"] = "latitude", ["longitude"] = "longitude", ["areaCode"] = "area_code",
        },
        new Dictionary<string, string>
        {
            ["key"] = "offer_key", ["facilityId"] = "facility_key", ["name"] = "name", ["category"] = "category",
            ["tenantCategory"] = "tenant_category", ["ages.fromMonths"] = "age_from_months", ["ages.toMonths"] = "age_to_months",
            ["places"] = "places", ["occupiedPlaces"] = "occupied_places", ["openingHours"] = "opening_hours",
            ["takesShortTermPlacements"] = "short_term", ["languages"] = "languages", ["feeNote"] = "fee_note",
        });

    public static OfferFile Read(string text)
    {
        var errors = new List<ImportError>();
        var rows = new List<OfferRow>();
        var warnings = new List<ImportWarning>();
        if (CsvTable.Read(text, Required, Optional, errors, out var ignored, Aliases) is not { } table) return new OfferFile(Format, rows, errors, ignored);

        foreach (var record in table.Records)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            void Report(string requestField, string rule)
            {
                reported.Add(requestField);
                errors.Add(new ImportError(record.Line, null, Names.Of(requestField), rule));
            }

            if (table.ShapeError(record) is { } shape)
            {
                errors.Add(new ImportError(record.Line, null, "record", shape));
                continue;
            }
            string Field(string column) => table.Field(record, column);
            string? Optional(string column) => Field(column) is { Length: > 0 } value ? value : null;

            var latitude = table.Number(Field("latitude"), out var latitudeRule);
            if (latitudeRule is not null || latitude is null) Report("facility.latitude", latitudeRule ?? "A latitude in WGS 84 degrees is required.");
            var longitude = table.Number(Field("longitude"), out var longitudeRule, "11.0767");
            if (longitudeRule is not null || longitude is null) Report("facility.longitude", longitudeRule ?? "A longitude in WGS 84 degrees is required.");
            var operatorType = OperatorType.Other;
            if (Optional("operator_type") is { } op && !OperatorTypes.TryParse(op, out operatorType))
                Report("facility.operatorType", $"Unknown operator type '{op}'; known: {string.Join(", ", Enum.GetValues<OperatorType>().Select(t => t.ToCode()))}.");

            var facilityKey = Optional("facility_key");
            var facility = new FacilityRequest(Field("facility_name"), operatorType, Round(latitude), Round(longitude),
                Field("area_code"), Optional("address"), facilityKey);

            int Whole(string column, string requestField, int fallback)
            {
                var value = CsvTable.Whole(Field(column), out var rule);
                if (rule is not null) Report(requestField, rule);
                return value ?? fallback;
            }
            var places = CsvTable.Whole(Field("places"), out var placesRule);
            if (placesRule is not null || places is null) Report("places", placesRule ?? "The number of places is required.");
            // An empty cell (or no column) is occupancy unknown, not 0 taken.
            int? occupied = Field("occupied_places").Length > 0 ? Whole("occupied_places", "occupiedPlaces", 0) : null;
            AgeRange? ages = null;
            var ageFrom = Field("age_from_months");
            var ageTo = Field("age_to_months");
            if (ageFrom.Length > 0 || ageTo.Length > 0)
            {
                if (ageFrom.Length == 0 || ageTo.Length == 0)
                    Report(ageFrom.Length == 0 ? "ages.fromMonths" : "ages.toMonths", "Give both ages (in months), or neither for no age limits.");
                else
                    ages = new AgeRange(Whole("age_from_months", "ages.fromMonths", 0), Whole("age_to_months", "ages.toMonths", 0));
            }
            var shortTerm = false;
            if (Optional("short_term") is { } flag && !TryFlag(flag, out shortTerm))
                Report("takesShortTermPlacements", $"'{flag}' is no yes/no value; write true or false.");

            var openingHours = ImportedOpeningHours.Read(Field("opening_hours"), bareRangesOnWorkingDays: false,
                message => warnings.Add(new ImportWarning(record.Line, null, "opening_hours", message)), rule => Report("openingHours", rule));
            var offer = new OfferRequest(Guid.Empty, Field("name"), Field("category"), places ?? 0, occupied, openingHours,
                shortTerm, Optional("tenant_category"), ages, null, Languages(Field("languages")), Optional("fee_note"), null, Optional("offer_key"));
            rows.Add(new OfferRow(record.Line, null, facilityKey, facility, offer.Key, offer, reported, Names));
        }
        return new OfferFile(Format, rows, errors, table.IgnoredColumns) { Warnings = warnings };
    }

    /// <summary>
    /// Languages inside one field, separated by <c>;</c> (also <c>,</c>, <c>|</c> or spaces): <c>de;pl;uk</c>; names
    /// (<c>Dänisch</c>) become their codes, anything else stays as written for the offer's rule to refuse.
    /// </summary>
    public static IReadOnlyList<string> Languages(string field) =>
        [.. field.Split([';', ',', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => LanguageNames.Code(w) ?? w)];

    /// <summary>Coordinates are kept to 7 decimals (about 1 cm), as for areas, so a re-imported file compares equal.</summary>
    public static double Round(double? degrees) => degrees is { } d ? Math.Round(d, 7) : 0;

    public static bool TryFlag(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "ja" or "1" or "x":
                value = true;
                return true;
            case "false" or "no" or "nein" or "0" or "":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
