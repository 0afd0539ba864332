using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Forms;

public static class InputRules
{
    /// <summary>A service's refusal as rules at the form's controls, its own words kept as the detail of <paramref name="text"/>.</summary>
    public static IEnumerable<InputRule> Of(ServiceProblem problem, Func<string, string> fieldIdOf, string text = "Inventory_Refused") =>
        problem.FieldErrors.Count == 0
            ? [new InputRule(fieldIdOf(""), text, problem.Detail ?? problem.Title ?? "")]
            : problem.FieldErrors.Select(e => new InputRule(fieldIdOf(e.Key), text, string.Join(" ", e.Value)));

    /// <summary>The rule in the page's language, for the field and the error summary.</summary>
    public static FieldMessage Message(this InputRule rule, IStringLocalizer<Texts> texts) =>
        new(rule.FieldId, rule.Detail is null ? texts[rule.Text] : texts[rule.Text, rule.Detail]);
}
