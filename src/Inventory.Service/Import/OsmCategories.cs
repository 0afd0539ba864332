using GutAusgestattet.Contracts;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// How OpenStreetMap tags become our care categories (operators: <see cref="Facilities.Operators"/>). The mapping, also in the README:
/// <list type="table">
/// <item><c>amenity=kindergarten</c> → <c>kita</c>; with <c>max_age</c> ≤ 3 → <c>krippe</c></item>
/// <item><c>amenity=childcare</c> → <c>krippe</c>; with <c>min_age</c> ≥ 6 → <c>hort</c></item>
/// <item><c>amenity=social_facility</c> + <c>social_facility=day_care</c> → <c>tagespflege</c>
/// (with <c>social_facility:for=child</c> → <c>kindertagespflege</c>)</item>
/// <item><c>social_facility=nursing_home</c> → <c>kurzzeitpflege</c> (the places a home offers to households, often "eingestreut")</item>
/// <item><c>social_facility=ambulatory_care</c> → <c>ambulante-pflege</c>; <c>assisted_living</c> or <c>outreach</c> → <c>alltagsbegleitung</c></item>
/// </list>
/// Anything else maps to no category and is a row error naming the tag.
/// </summary>
public static class OsmCategories
{
    public static readonly IReadOnlyDictionary<string, string> SocialFacilities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["day_care"] = CareCategories.SeniorDayCare,
        ["nursing_home"] = CareCategories.ShortTermCare,
        ["ambulatory_care"] = CareCategories.HomeCare,
        ["assisted_living"] = CareCategories.EverydaySupport,
        ["outreach"] = CareCategories.EverydaySupport,
    };

    /// <summary>The category of a feature's tags, or null with the tag (<c>amenity</c>, <c>social_facility</c>) and the rule it broke.</summary>
    public static string? Map(Func<string, string?> tag, out string? field, out string? rule)
    {
        field = null;
        rule = null;
        var amenity = tag("amenity");
        switch (amenity)
        {
            case "kindergarten":
                return Age(tag("max_age")) is <= 3 ? CareCategories.Krippe : CareCategories.Kita;
            case "childcare":
                return Age(tag("min_age")) is >= 6 ? CareCategories.Hort : CareCategories.Krippe;
            case "social_facility":
                var kind = tag("social_facility");
                if (kind == "day_care" && tag("social_facility:for") is "child" or "juvenile") return CareCategories.Childminding;
                if (kind is not null && SocialFacilities.TryGetValue(kind, out var category)) return category;
                field = "social_facility";
                rule = kind is null
                    ? "amenity=social_facility needs a social_facility tag; mapped are " + string.Join(", ", SocialFacilities.Keys.Select(k => "social_facility=" + k)) + "."
                    : $"social_facility={kind} maps to no care category; mapped are {string.Join(", ", SocialFacilities.Keys)}.";
                return null;
            default:
                field = "amenity";
                rule = amenity is null
                    ? "An amenity tag is required: kindergarten, childcare or social_facility."
                    : $"amenity={amenity} maps to no care category; mapped are kindergarten, childcare and social_facility.";
                return null;
        }
    }

    /// <summary>An age in whole years (<c>min_age</c>, <c>max_age</c>); null when it is none.</summary>
    internal static int? Age(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) ? years : null;
}
