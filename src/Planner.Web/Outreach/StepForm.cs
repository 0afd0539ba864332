using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Outreach;

/// <summary>
/// The step form of an outreach's page as typed. Partners keeps notes and owners only with a step — there is no note on
/// its own — so a note, a new owner or the next date is recorded with the step it belongs to.
/// </summary>
public sealed record StepForm(string Stage, string On, string Owner, string Note, string NextDue, string NextOwner)
{
    /// <summary>A new step is the signed-in planner's, today, unless they say otherwise.</summary>
    public static StepForm For(string owner) => new("", "", owner, "", "", "");

    public static StepForm Read(IFormCollection form) =>
        new(form["stage"].ToString(), form["on"].ToString(), form["owner"].ToString(), form["note"].ToString(), form["nextDue"].ToString(), form["nextOwner"].ToString());

    /// <summary>The step, or the rules what was typed breaks; the rest (days in the future, lengths) is Partners' to check.</summary>
    public OutreachStep? ToStep(out List<InputRule> rules)
    {
        rules = [];
        if (Stage.Length == 0) rules.Add(new InputRule("stage", "Outreach_StageMissing"));
        var (on, nextDue) = (Day(On, "on", rules), Day(NextDue, "nextDue", rules));
        if (string.IsNullOrWhiteSpace(Owner)) rules.Add(new InputRule("owner", "Outreach_OwnerMissing"));
        return rules.Count > 0 ? null : new OutreachStep(Stage, Owner.Trim(), on, Optional(Note), nextDue, Optional(NextOwner));
    }

    /// <summary>The control a field of Partners' refusal belongs to; the contact person, which the form does not offer, lies with the stage.</summary>
    public static string FieldIdOf(string field) => field is "on" or "owner" or "note" or "nextDue" or "nextOwner" ? field : "stage";

    private static DateOnly? Day(string text, string field, List<InputRule> rules)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TypedInput.Day(text) is { } day) return day;
        rules.Add(new InputRule(field, "Outreach_DayRule"));
        return null;
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
