namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>The outcome of asking to move an outreach: the new stage, or why not and what is allowed instead.</summary>
public sealed record Transition(bool Allowed, OutreachStage Stage, OutreachStage? ResumeStage, IReadOnlyList<string> AllowedNextSteps);

/// <summary>
/// The rules of the pipeline: forward one stage at a time (identified → contacted → in talks →
/// agreed), or declined / paused from any open stage. Declined and paused are left only by an
/// explicit reopen, which returns to the stage held before, so nothing happens to a partner who
/// said no without a planner deciding to try again. Agreed ends the pipeline for now; the
/// agreement that follows will hang off that step.
/// </summary>
public static class StageMachine
{
    /// <summary>The step name of a reopen in <see cref="Transition.AllowedNextSteps"/>.</summary>
    public const string Reopen = "reopen";

    public static IReadOnlyList<OutreachStage> Next(OutreachStage stage) => stage switch
    {
        OutreachStage.Identified => [OutreachStage.Contacted, OutreachStage.Declined, OutreachStage.Paused],
        OutreachStage.Contacted => [OutreachStage.InTalks, OutreachStage.Declined, OutreachStage.Paused],
        OutreachStage.InTalks => [OutreachStage.Agreed, OutreachStage.Declined, OutreachStage.Paused],
        _ => [],
    };

    public static bool CanReopen(OutreachStage stage) => stage is OutreachStage.Declined or OutreachStage.Paused;

    /// <summary>What may follow <paramref name="stage"/>, as the API names the steps.</summary>
    public static IReadOnlyList<string> AllowedSteps(OutreachStage stage) =>
        CanReopen(stage) ? [Reopen] : Next(stage).Select(Name).ToList();

    /// <summary>Moving to <paramref name="target"/>; <paramref name="resume"/> is the stage a reopen would return to.</summary>
    public static Transition Move(OutreachStage stage, OutreachStage? resume, OutreachStage target)
    {
        if (!Next(stage).Contains(target)) return new Transition(false, stage, resume, AllowedSteps(stage));
        var remembered = target is OutreachStage.Declined or OutreachStage.Paused ? stage : (OutreachStage?)null;
        return new Transition(true, target, remembered, AllowedSteps(target));
    }

    /// <summary>Back from declined or paused to the stage held before (identified if unknown).</summary>
    public static Transition ReopenFrom(OutreachStage stage, OutreachStage? resume)
    {
        if (!CanReopen(stage)) return new Transition(false, stage, resume, AllowedSteps(stage));
        var back = resume ?? OutreachStage.Identified;
        return new Transition(true, back, null, AllowedSteps(back));
    }

    /// <summary>The stage as JSON names it (camelCase), for messages and lists.</summary>
    public static string Name(OutreachStage stage) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(stage.ToString());
}
