using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Gaps;

public static class GapNames
{
    /// <summary>
    /// A category as planners name it (the taxonomy's German names, in both page languages: Krippe, Kita and Hort are
    /// terms of German law); an unknown code as it is.
    /// </summary>
    public static string Category(string code) => CareCategories.Names.GetValueOrDefault(code, code);

    /// <summary>A gap as the pages name it, e.g. "Kita (Ü3) in Altstadt: zeitlich" — category, area and kind are its key.</summary>
    public static string Title(Gap gap, AreaNames areas, IStringLocalizer<Texts> texts) => Title(gap.Category, gap.AreaCode, gap.Kind, areas, texts);

    public static string Title(string category, string areaCode, GapKind kind, AreaNames areas, IStringLocalizer<Texts> texts) =>
        texts["GapName", Category(category), areas.Of(areaCode), texts[$"Kind_{kind}"].Value];

    /// <summary>A gap named by its key (<c>kita:mitte:time</c>), as Partners knows gaps; a key of another shape as it is.</summary>
    public static string OfKey(string key, AreaNames areas, IStringLocalizer<Texts> texts) =>
        key.Split(':') is [var category, var areaCode, var kind] && Enum.TryParse<GapKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? Title(category, areaCode, parsed, areas, texts)
            : key;

    /// <summary>
    /// What a feature gap misses, named in the page's language: <c>short-term</c> as "Kurzzeitplätze", a language code by the
    /// texts' table ("da" → "Dänisch") — not by <c>CultureInfo.DisplayName</c>, which depends on the ICU data a container has
    /// (none in globalization-invariant mode); a code the table lacks as it is.
    /// </summary>
    public static string Missing(string code, IStringLocalizer<Texts> texts) =>
        code == "short-term" ? texts["Missing_ShortTerm"]
            : texts[$"Language_{code}"] is { ResourceNotFound: false } language ? language.Value
            : code;

    /// <summary>
    /// An offer's free places, "5 von 20", or "Belegung unbekannt (20 Plätze)" when nobody told how many are taken; with the places
    /// agreements reserve for partners' staff after them ("; 2 Belegplätze"), as the gaps count those apart from the open ones.
    /// </summary>
    public static string FreePlaces(Offer offer, IStringLocalizer<Texts> texts)
    {
        var places = offer.FreePlaces is { } free
            ? texts["Offers_FreeOf", Formats.Whole(free), Formats.Whole(offer.State.Places)].Value
            : texts["Offers_OccupancyUnknown", Formats.Whole(offer.State.Places)].Value;
        var reserved = offer.State.Reserved?.Sum(r => r.Places) ?? 0;
        return reserved > 0 ? texts["Offers_WithReserved", places, Formats.Whole(reserved)] : places;
    }
}
