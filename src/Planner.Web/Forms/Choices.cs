using GutAusgestattet.Contracts;
using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Forms;

/// <summary>The lists the planner picks from on several pages, in one order and wording everywhere.</summary>
public static class Choices
{
    public static IReadOnlyList<Option> Categories { get; } = [.. CareCategories.Names.Select(c => new Option(c.Key, c.Value))];

    public static IReadOnlyList<Option> Kinds(IStringLocalizer<Texts> texts) =>
        [.. Enum.GetValues<GapKind>().Select(k => new Option(k.ToString().ToLowerInvariant(), texts[$"Kind_{k}"]))];
}
