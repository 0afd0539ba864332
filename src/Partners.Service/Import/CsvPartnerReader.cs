using GutAusgestattet.Partners.Registry;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Import;

/// <summary>One row of a partner file: the partner's columns, and its site if every rule held.</summary>
public sealed record PartnerRow(int Line, string Key, PartnerKind Kind, string Name, string? TradeRegisterNumber, string Sector, PartnerSite Site);

public sealed record PartnerFile(List<PartnerRow> Rows, List<int> InvalidLines, List<ImportError> Errors, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// Reads partners from CSV, <b>one row per site</b>: the partner's columns repeat on each of its
/// rows, since a partner with three sites is three places its employees' families live near.
/// Columns (any order, header names lower-case): <c>kind, name, trade_register_number, sector,
/// site_name, address, postal_code, latitude, longitude, area_code, employees, incomings, outgoings</c>;
/// required are <c>name, sector, address, postal_code, latitude, longitude</c>. The rows are checked
/// by the JSON API's rules; errors name the CSV column.
/// </summary>
public static class CsvPartnerReader
{
    public static readonly string[] Required = ["name", "sector", "address", "postal_code", "latitude", "longitude"];
    public static readonly string[] Optional = ["kind", "trade_register_number", "site_name", "area_code", "employees", "incomings", "outgoings"];

    /// <summary>The JSON API's field → the CSV column it comes from, so an error names what the user sees.</summary>
    private static readonly Dictionary<string, string> Columns = new()
    {
        ["name"] = "site_name", ["address"] = "address", ["postalCode"] = "postal_code", ["latitude"] = "latitude", ["longitude"] = "longitude",
        ["areaCode"] = "area_code", ["employees"] = "employees", ["incomings"] = "incomings", ["outgoings"] = "outgoings",
    };

    public static PartnerFile Read(string text)
    {
        var errors = new List<ImportError>();
        var rows = new List<PartnerRow>();
        var invalid = new List<int>();
        if (CsvTable.Read(text, Required, Optional, errors, out var ignored) is not { } table) return new PartnerFile(rows, invalid, errors, ignored);

        foreach (var record in table.Records)
        {
            var before = errors.Count;
            void Check(string column, string? rule)
            {
                if (rule is not null) errors.Add(new ImportError(record.Line, null, column, rule));
            }
            if (table.ShapeError(record) is { } shape)
            {
                Check("record", shape);
                invalid.Add(record.Line);
                continue;
            }

            var kindText = table.Field(record, "kind");
            var kind = PartnerKind.Company;
            if (kindText.Length > 0 && !(Enum.TryParse(kindText, ignoreCase: true, out kind) && Enum.IsDefined(kind)))
                Check("kind", "Unknown kind: company, association or operator.");
            var name = table.Field(record, "name");
            Check("name", PartnerRules.CheckName(name));
            var register = NullIfEmpty(table.Field(record, "trade_register_number"));
            Check("trade_register_number", PartnerRules.CheckTradeRegister(register));
            var sector = table.Field(record, "sector");
            Check("sector", PartnerRules.CheckSector(sector));

            var latitude = table.Number(table.Field(record, "latitude"), out var latitudeRule);
            var longitude = table.Number(table.Field(record, "longitude"), out var longitudeRule, "11.0767");
            Check("latitude", latitudeRule);
            Check("longitude", longitudeRule);
            int? Whole(string column)
            {
                var value = CsvTable.Whole(table.Field(record, column), out var rule);
                Check(column, rule);
                return value;
            }
            var (employees, incomings, outgoings) = (Whole("employees"), Whole("incomings"), Whole("outgoings"));
            var unreadable = errors.Skip(before).Any(e => e.Field is "latitude" or "longitude" or "employees" or "incomings" or "outgoings");

            var request = new SiteRequest(NullIfEmpty(table.Field(record, "site_name")), table.Field(record, "address"), table.Field(record, "postal_code"),
                latitude, longitude, NullIfEmpty(table.Field(record, "area_code")), employees, incomings, outgoings);
            // The site's own rules are checked even when a partner column is wrong, so one round of corrections fixes the row.
            var site = unreadable ? null : request.Check((field, rule) => Check(Columns[field], rule));
            if (site is not null && errors.Count == before)
            {
                var normalisedRegister = register is null ? null : PartnerKey.Normalise(register);
                rows.Add(new PartnerRow(record.Line, PartnerKey.Of(normalisedRegister, name), kind, PartnerKey.Normalise(name), normalisedRegister, sector.ToUpperInvariant(), site));
            }
            else invalid.Add(record.Line);
        }
        return new PartnerFile(rows, invalid, errors, table.IgnoredColumns);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
