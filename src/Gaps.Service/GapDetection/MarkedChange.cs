namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// A category to recalculate, naming the offer, answer or stratum that changed in it, or none when the category changed as a
/// whole. A stratum is named by its survey (<paramref name="ItemId"/>), <paramref name="AreaCode"/> and <paramref name="HouseholdType"/>.
/// </summary>
public readonly record struct MarkedChange(string Category, ChangedItem? Item = null, Guid? ItemId = null, string? AreaCode = null, string? HouseholdType = null)
{
    public static MarkedChange Stratum(string category, Guid survey, string areaCode, string householdType) =>
        new(category, ChangedItem.Stratum, survey, areaCode, householdType);
}
