using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>What a planner records with every step: when, who, what was said, and when the next step is due and whose it is.</summary>
/// <param name="Stage">The stage the step moves to (not for a reopen, which returns to the stage held before).</param>
/// <param name="On">The day it happened; today when left out.</param>
/// <param name="NextDue">When the next step is due; it shows in the due list of <paramref name="NextOwner"/> (the owner when left out).</param>
/// <param name="ContactId">The partner's contact person the step was with.</param>
public sealed record StepRequest(
    string? Owner = null, OutreachStage? Stage = null, DateOnly? On = null, string? Note = null, DateOnly? NextDue = null, string? NextOwner = null, Guid? ContactId = null)
{
    public RequestValidation Validate(DateOnly latest) => new RequestValidation()
        .Require(Owner?.Trim() is { Length: > 0 and <= 200 }, "owner", "The owner of the step is required, at most 200 characters.")
        .Require(NextOwner is null || NextOwner.Trim() is { Length: > 0 and <= 200 }, "nextOwner", "At most 200 characters.")
        .Require(Note is null || Note.Length <= 4000, "note", "A note has at most 4,000 characters.")
        .Require(On is null || On <= latest, "on", "The step cannot lie in the future.")
        .Require(NextDue is null || NextDue >= (On ?? latest.AddDays(-1)), "nextDue", "The next step cannot be due before this one happened.");
}

/// <summary>Starts an outreach to a partner about one or more open gaps (stage identified).</summary>
public sealed record StartRequest(
    Guid? PartnerId = null, IReadOnlyList<string>? GapKeys = null, string? Owner = null, DateOnly? On = null, string? Note = null,
    DateOnly? NextDue = null, string? NextOwner = null, Guid? ContactId = null)
{
    public StepRequest Step => new(Owner, OutreachStage.Identified, On, Note, NextDue, NextOwner, ContactId);
}
