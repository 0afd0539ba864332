using GutAusgestattet.Inventory.Import;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// Reads areas from CSV (<see cref="CsvTable"/>): a header row naming the columns <c>code,name,latitude,longitude</c>
/// in any order (other columns are ignored and reported), then one area per row. A header with
/// semicolons and no comma switches to the German spreadsheet dialect: <c>;</c> between fields and a
/// decimal comma in the coordinates.
/// </summary>
public static class CsvAreaReader
{
    public const string Format = "csv";
    public static readonly string[] Columns = ["code", "name", "latitude", "longitude"];

    public static AreaFile Read(string text)
    {
        var errors = new List<ImportError>();
        var rows = new List<ParsedRow>();
        if (CsvTable.Read(text, Columns, [], errors, out var ignored) is not { } table) return new AreaFile(Format, rows, errors, ignored);

        foreach (var record in table.Records)
        {
            if (table.ShapeError(record) is { } shape)
            {
                errors.Add(new ImportError(record.Line, null, "record", shape));
                rows.Add(new ParsedRow(record.Line, null, null, "code", null));
                continue;
            }

            var before = errors.Count;
            void Check(string field, string? rule)
            {
                if (rule is not null) errors.Add(new ImportError(record.Line, null, field, rule));
            }

            var code = table.Field(record, "code");
            var name = table.Field(record, "name");
            Check("code", AreaRules.CheckCode(code));
            Check("name", AreaRules.CheckName(name));
            var latitude = table.Number(table.Field(record, "latitude"), out var latitudeRule);
            Check("latitude", latitudeRule ?? AreaRules.CheckLatitude(latitude));
            var longitude = table.Number(table.Field(record, "longitude"), out var longitudeRule);
            Check("longitude", longitudeRule ?? AreaRules.CheckLongitude(longitude));

            var input = errors.Count == before ? AreaRules.Normalise(code, name, latitude!.Value, longitude!.Value) : null;
            rows.Add(new ParsedRow(record.Line, null, code, "code", input));
        }
        return new AreaFile(Format, rows, errors, table.IgnoredColumns);
    }
}
