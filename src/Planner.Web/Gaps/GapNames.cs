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
}
