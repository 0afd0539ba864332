using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Partners;

/// <summary>
/// The gaps Partners names by key (<c>kita:mitte:time</c>: category, area, kind, as Gaps forms it), named as the gap
/// pages name them, with the gap itself where Gaps knows it: its page to link and whether it is still open.
/// </summary>
public sealed class GapKeys(IReadOnlyDictionary<string, Gap> gaps, AreaNames areas, IStringLocalizer<Texts> texts)
{
    /// <summary>The gaps of the municipality by key; a key that came back after it resolved stands for its latest life.</summary>
    public static GapKeys From(IEnumerable<Gap>? gaps, AreaNames areas, IStringLocalizer<Texts> texts) =>
        new((gaps ?? []).GroupBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(gap => gap.DetectedAt)!, StringComparer.Ordinal), areas, texts);

    /// <summary>The gap Gaps holds under the key; null when Gaps did not answer or no longer keeps it.</summary>
    public Gap? Find(string key) => gaps.GetValueOrDefault(key);

    /// <summary>"Kita (Ü3) in Altstadt: zeitlich"; the key itself when it is not one Gaps forms.</summary>
    public string Title(string key) =>
        Parse(key) is { } gap ? GapNames.Title(gap.Category, gap.AreaCode, gap.Kind, areas, texts) : key;

    /// <summary>The category, area and kind a gap key names; null for a key of another form.</summary>
    public static (string Category, string AreaCode, GapKind Kind)? Parse(string key) =>
        key.Split(':') is [{ Length: > 0 } category, { Length: > 0 } area, var kind] && Enum.TryParse<GapKind>(kind, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed) && kind.All(char.IsLetter)
            ? (category, area, parsed)
            : null;
}
