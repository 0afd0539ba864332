using GutAusgestattet.Contracts;
using GutAusgestattet.Partners.Registry;

namespace GutAusgestattet.Partners.Suggestions;

/// <summary>
/// How well a partner's line of business suits a care category, 0–1: health and social
/// businesses know senior care and may run or co-fund it; social work (88, incl. Kitas 88.91)
/// and education (85) know childcare. Other sectors may still co-fund places — their fit is 0
/// here, and nearness and affected employees speak for them instead.
/// </summary>
public static class SectorFit
{
    private static readonly HashSet<string> SeniorCare = [CareCategories.SeniorDayCare, CareCategories.ShortTermCare, CareCategories.NightCare, CareCategories.HomeCare, CareCategories.EverydaySupport];

    public static (double Fit, string? Reason) Of(string sector, string category)
    {
        var section = WzCodes.SectionOf(sector);
        var division = WzCodes.DivisionOf(sector.Trim());
        var senior = SeniorCare.Contains(category);
        var fit = (senior, section, division) switch
        {
            (true, _, 87 or 88) => 1.0,
            (true, _, 86) => 0.8,
            (true, "Q", null) => 0.8,
            (false, _, 88) => 1.0,
            (false, _, 85) => 0.8,
            (false, "P", null) => 0.8,
            (false, "Q", _) => 0.5,
            _ => 0.0,
        };
        return fit == 0 ? (0, null) : (fit, $"sector {sector} ({WzCodes.Title(sector)}) suits {(senior ? "senior care" : "childcare")}");
    }
}
