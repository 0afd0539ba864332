using System.Text.Json;
using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Outreach;

/// <summary>
/// The pipeline's stages as Partners names them, in the board's order, and its refusals in the planner's words. The rules
/// themselves stay with Partners: the pages offer every stage and show what Partners answers.
/// </summary>
public static class OutreachStages
{
    public const string Agreed = "agreed";

    /// <summary>The step back from declined or paused to the stage held before: a step, not a stage.</summary>
    public const string Reopen = "reopen";

    /// <summary>Forward one at a time (identified → contacted → in talks → agreed), then the two ways out.</summary>
    public static readonly IReadOnlyList<string> All = ["identified", "contacted", "inTalks", Agreed, "declined", "paused"];

    /// <summary>What "move to" offers a card: every other stage, and a reopen where Partners allows one.</summary>
    public static IReadOnlyList<string> MoveTargets(OutreachCase outreach) =>
        [.. All.Where(stage => stage != outreach.Stage), .. outreach.AllowedNextSteps.Where(step => step == Reopen)];

    /// <summary>A stage or step in the page's words ("im Gespräch", "wieder aufnehmen").</summary>
    public static string Name(string step, IStringLocalizer<Texts> texts) => texts[$"Stage_{step}"];

    /// <summary>Steps as one choice in words: "vereinbart, abgelehnt oder pausiert".</summary>
    public static string Either(IReadOnlyList<string> steps, IStringLocalizer<Texts> texts)
    {
        var names = steps.Select(step => Name(step, texts)).ToList();
        return names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} {texts["Or"]} {names[^1]}";
    }

    /// <summary>
    /// Partners' refusal of a step as messages at the form's fields: a step the rules forbid (409 with <c>currentStage</c> and
    /// <c>allowedNextSteps</c>) at <paramref name="stageField"/>, naming what may follow; any other refusal in Partners' words.
    /// </summary>
    public static IEnumerable<FieldMessage> Refusal(ServiceProblem problem, string requested, string stageField, Func<string, string> fieldIdOf, IStringLocalizer<Texts> texts)
    {
        if (problem.Extensions is not { } attached || !attached.TryGetValue("currentStage", out var current)
            || !attached.TryGetValue("allowedNextSteps", out var allowed) || allowed.ValueKind != JsonValueKind.Array)
            return InputRules.Of(problem, fieldIdOf, "Partners_Refused").Select(rule => rule.Message(texts));
        var steps = allowed.EnumerateArray().Select(step => step.GetString() ?? "").ToList();
        var (stage, step) = (Name(current.GetString() ?? "", texts), Name(requested, texts));
        return [new FieldMessage(stageField, steps.Count == 0 ? texts["Outreach_NoNextStep", step, stage] : texts["Outreach_NotAllowed", step, stage, Either(steps, texts)])];
    }
}
