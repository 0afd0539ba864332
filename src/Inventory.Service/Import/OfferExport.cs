using System.Globalization;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Writes the tenant's facilities and (not withdrawn) offers as the import reads them: CSV with the
/// import's columns, one row per offer (so export → import changes nothing), or a GeoJSON
/// FeatureCollection with one Point feature per facility carrying its offers in <c>properties.offers</c>.
/// Rows without a key of their own are written with <c>id:&lt;guid&gt;</c>, which the import resolves.
/// </summary>
public static class OfferExport
{
    public static string Csv(IReadOnlyCollection<Facility> facilities, IReadOnlyCollection<Offer> offers)
    {
        var byId = facilities.ToDictionary(f => f.Id);
        var output = new StringBuilder();
        output.AppendRow(CsvOfferReader.Columns);
        foreach (var (offer, facility) in Ordered(byId, offers))
        {
            var d = offer.Details;
            output.AppendRow(
            [
                KeyRules.ExportKey(facility.Key, facility.Id), facility.Name, facility.OperatorType.ToCode(), facility.Address,
                Number(facility.Latitude), Number(facility.Longitude), facility.AreaCode,
                KeyRules.ExportKey(offer.Key, offer.Id), d.Name, d.Category, d.TenantCategory,
                d.Ages?.FromMonths.ToString(CultureInfo.InvariantCulture), d.Ages?.ToMonths.ToString(CultureInfo.InvariantCulture),
                d.Places.ToString(CultureInfo.InvariantCulture), d.OccupiedPlaces?.ToString(CultureInfo.InvariantCulture), d.OpeningHours,
                d.TakesShortTermPlacements ? "true" : "false", string.Join(';', d.Languages), d.FeeNote,
            ]);
        }
        return output.ToString();
    }

    public static byte[] GeoJson(IReadOnlyCollection<Facility> facilities, IReadOnlyCollection<Offer> offers)
    {
        var byFacility = offers.ToLookup(o => o.Details.FacilityId);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var facility in facilities.OrderBy(f => KeyRules.ExportKey(f.Key, f.Id), StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", KeyRules.ExportKey(facility.Key, facility.Id));
                json.WritePointGeometry(facility.Longitude, facility.Latitude);
                json.WriteStartObject("properties");
                json.WriteString("key", KeyRules.ExportKey(facility.Key, facility.Id));
                json.WriteString("facilityId", facility.Id);
                json.WriteString("name", facility.Name);
                json.WriteString("operatorType", facility.OperatorType.ToCode());
                json.WriteString("address", facility.Address);
                json.WriteString("areaCode", facility.AreaCode);
                json.WriteStartArray("offers");
                foreach (var offer in byFacility[facility.Id].OrderBy(o => KeyRules.ExportKey(o.Key, o.Id), StringComparer.Ordinal))
                {
                    var d = offer.Details;
                    json.WriteStartObject();
                    json.WriteString("key", KeyRules.ExportKey(offer.Key, offer.Id));
                    json.WriteString("offerId", offer.Id);
                    json.WriteNumber("version", offer.Version);
                    json.WriteString("status", offer.Status.ToString().ToLowerInvariant());
                    json.WriteString("name", d.Name);
                    json.WriteString("category", d.Category);
                    json.WriteString("tenantCategory", d.TenantCategory);
                    if (d.Ages is { } ages)
                    {
                        json.WriteNumber("ageFromMonths", ages.FromMonths);
                        json.WriteNumber("ageToMonths", ages.ToMonths);
                    }
                    json.WriteNumber("places", d.Places);
                    // Null when the occupancy is unknown, as the CSV's empty cell.
                    WriteNumber(json, "occupiedPlaces", d.OccupiedPlaces);
                    WriteNumber(json, "freePlaces", d.Places - d.OccupiedPlaces);
                    json.WriteString("openingHours", d.OpeningHours);
                    json.WriteBoolean("shortTerm", d.TakesShortTermPlacements);
                    json.WriteStartArray("languages");
                    foreach (var language in d.Languages) json.WriteStringValue(language);
                    json.WriteEndArray();
                    json.WriteString("feeNote", d.FeeNote);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static IEnumerable<(Offer, Facility)> Ordered(IReadOnlyDictionary<Guid, Facility> facilities, IEnumerable<Offer> offers) =>
        offers.Select(o => (Offer: o, Facility: facilities[o.Details.FacilityId]))
            .OrderBy(p => KeyRules.ExportKey(p.Facility.Key, p.Facility.Id), StringComparer.Ordinal)
            .ThenBy(p => KeyRules.ExportKey(p.Offer.Key, p.Offer.Id), StringComparer.Ordinal);

    /// <summary>Shortest text that reads back to the same double, with a decimal point.</summary>
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
