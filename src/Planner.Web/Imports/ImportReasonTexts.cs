using System.Globalization;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Imports;

/// <summary>
/// Says the reasons of an offer import's row in the page's language from their codes and arguments (Inventory's
/// ImportReasons lists them), so a German planner reads "Ortsteil 03 → 08: liegt im Umriss von Altstadt". A code this page
/// does not know yet is shown as the service's English text, marked as English.
/// </summary>
public static class ImportReasonTexts
{
    public static ReportedReason Say(ImportReason reason, IStringLocalizer<Texts> T)
    {
        var a = reason.Arguments;
        string? Known(string key, params object[] values) => T[key, values] is { ResourceNotFound: false } text ? text.Value : null;
        var said = reason.Code switch
        {
            "unchanged" => Known("Import_Reason_unchanged"),
            "changed" when a.Count == 3 => Known("Import_Reason_changed", Field(a[0], T), Value(a[1], T), Value(a[2], T)),
            "area.given" or "area.polygon" or "area.outsidePolygons" or "area.noOutlines" when a.Count == 3 =>
                Known(Key(reason.Code), a[1]) is { } why
                    ? a[2].Length == 0 ? Known("Import_Reason_Area", a[0], why) : Known("Import_Reason_AreaMoved", a[2], a[0], why)
                    : null,
            "area.givenElsewhere" when a.Count == 3 => Known(Key(reason.Code), a[0], a[1], a[2]),
            "area.correctionKept" when a.Count == 3 && DateOnly.TryParseExact(a[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
                Known(Key(reason.Code), a[0], Formats.Date(day), a[2]),
            _ => null,
        };
        return said is null ? new ReportedReason(reason.Text, English: true) : new ReportedReason(said);
    }

    /// <summary>Resource names without dots: <c>area.polygon</c> → <c>Import_Reason_area_polygon</c>.</summary>
    private static string Key(string code) => "Import_Reason_" + code.Replace('.', '_');

    /// <summary>The field in the page's words (<c>openingHours</c> → "Öffnungszeiten"); a field it has no words for as sent.</summary>
    private static string Field(string field, IStringLocalizer<Texts> T) =>
        T["Import_ReasonField_" + field.Replace('.', '_')] is { ResourceNotFound: false } text ? text.Value : field;

    private static string Value(string value, IStringLocalizer<Texts> T) => value.Length == 0 ? T["Import_Reason_Empty"] : value;
}
