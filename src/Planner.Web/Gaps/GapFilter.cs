using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Gaps;

public enum GapSort
{
    /// <summary>Most persons without care first: where the most people are affected.</summary>
    Persons,

    /// <summary>Highest share of the needed care hours left uncovered first: where the offer fails worst.</summary>
    Severity,
}

/// <summary>
/// The gaps list's filters and order, read from the query of its plain GET form (it works without
/// script and each view has an address to share). Values that name nothing are ignored rather than refused.
/// </summary>
public sealed record GapFilter(string? Area, string? Category, GapKind? Kind, GapSort Sort)
{
    public static GapFilter Read(string? area, string? category, string? kind, string? sort) => new(
        string.IsNullOrWhiteSpace(area) ? null : area.Trim(),
        CareCategories.IsKnown(category) ? category : null,
        Enum.TryParse<GapKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k : null,
        Enum.TryParse<GapSort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(sort, out _) ? s : GapSort.Persons);

    public IEnumerable<Gap> Apply(IEnumerable<Gap> gaps)
    {
        var chosen = gaps.Where(g => (Area is null || g.AreaCode == Area) && (Category is null || g.Category == Category) && (Kind is null || g.Kind == Kind));
        var sorted = Sort == GapSort.Severity
            ? chosen.OrderByDescending(g => g.Severity).ThenByDescending(g => g.EstimatedPersons)
            : chosen.OrderByDescending(g => g.EstimatedPersons).ThenByDescending(g => g.Severity);
        return sorted.ThenBy(g => g.Category, StringComparer.Ordinal).ThenBy(g => g.AreaCode, StringComparer.Ordinal).ThenBy(g => g.Kind);
    }
}
