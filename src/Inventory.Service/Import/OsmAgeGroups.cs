using System.Globalization;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Inventory.Import;

/// <summary>One offer of a feature: its category, places, ages, and what its key adds to the feature's (null: the feature's key itself).</summary>
public sealed record AgeGroupOffer(string Category, int Places, AgeRange? Ages, string? KeySuffix);

/// <summary>
/// One Kita with U3 groups is two offers, Krippe and Kita. A feature of category <c>krippe</c> or <c>kita</c> is
/// split when it states places per age group — <c>capacity:krippe</c>, <c>capacity:u3</c> or <c>capacity:under_3</c>;
/// <c>capacity:kita</c>, <c>capacity:kindergarten</c>, <c>capacity:ue3</c> or <c>capacity:over_3</c> — or ages on
/// both sides of three years (<c>min_age=1</c>, <c>max_age=6</c>): Krippe from <c>min_age</c> to 35 months, Kita from
/// 36 months to <c>max_age</c> (72 months without one). The category the tags give alone keeps the feature's key,
/// so offers imported before stay the same offers; the other is keyed <c>osm:node/123#krippe</c> (or <c>#kita</c>).
/// Places of a group without a capacity of its own are the rest of <c>capacity</c>; without that, all places stay
/// with the main category and the other offer has 0, with a warning.
/// </summary>
public static class OsmAgeGroups
{
    public static readonly string[] KrippeTags = ["capacity:krippe", "capacity:u3", "capacity:under_3"];
    public static readonly string[] KitaTags = ["capacity:kita", "capacity:kindergarten", "capacity:ue3", "capacity:over_3"];

    private const int KitaFromMonths = 36;

    /// <param name="warn">Gets the field (<c>properties.capacity:krippe</c>) and what was assumed.</param>
    /// <param name="error">Gets the field and the rule of an unreadable capacity.</param>
    public static IReadOnlyList<AgeGroupOffer> Split(string category, int places, Func<string, string?> tag, Action<string, string> warn, Action<string, string> error)
    {
        var single = new[] { new AgeGroupOffer(category, places, null, null) };
        if (category is not (CareCategories.Krippe or CareCategories.Kita)) return single;
        var krippe = Capacity(KrippeTags, tag, error, out var krippeTag);
        var kita = Capacity(KitaTags, tag, error, out var kitaTag);
        var minAge = OsmCategories.Age(tag("min_age"));
        var maxAge = OsmCategories.Age(tag("max_age"));
        if (krippe is null && kita is null && !(minAge < 3 && maxAge > 3)) return single;

        var total = tag("capacity") is { Length: > 0 } ? places : (int?)null;
        if (krippe is null && kita is null)
        {
            var other = category == CareCategories.Kita ? CareCategories.Krippe : CareCategories.Kita;
            warn("properties.capacity", $"min_age={minAge} and max_age={maxAge} span Krippe and Kita, but no places per group are given: all {places} places "
                + $"counted as {category}, the {other} offer with 0; give {KrippeTags[0]} and {KitaTags[0]}");
            (krippe, kita) = category == CareCategories.Kita ? (0, places) : (places, 0);
        }
        else if (krippe is null || kita is null)
        {
            var (given, missing) = krippe is null ? (kitaTag!, KrippeTags[0]) : (krippeTag!, KitaTags[0]);
            var rest = total - (krippe ?? kita);
            if (rest is >= 0)
                warn("properties." + missing, $"no {missing}: the rest of capacity={total} after {given}, {rest} places");
            else
                warn("properties." + missing, $"no {missing}{(total is null ? " nor capacity" : $" and capacity={total} is below {given}")}: 0 places");
            krippe ??= Math.Max(rest ?? 0, 0);
            kita ??= Math.Max(rest ?? 0, 0);
        }

        var krippeAges = new AgeRange((minAge is < 3 and >= 0 ? minAge.Value : 0) * 12, KitaFromMonths - 1);
        var kitaAges = new AgeRange(KitaFromMonths, (maxAge is > 3 ? maxAge.Value : 6) * 12);
        return
        [
            new AgeGroupOffer(CareCategories.Krippe, krippe.Value, krippeAges, category == CareCategories.Krippe ? null : "#krippe"),
            new AgeGroupOffer(CareCategories.Kita, kita.Value, kitaAges, category == CareCategories.Kita ? null : "#kita"),
        ];
    }

    private static int? Capacity(string[] tags, Func<string, string?> tag, Action<string, string> error, out string? found)
    {
        found = tags.FirstOrDefault(t => !string.IsNullOrEmpty(tag(t)));
        if (found is null) return null;
        var value = tag(found)!;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var places)) return places;
        error("properties." + found, $"{found}={value} is not a whole number of places.");
        return null;
    }
}
