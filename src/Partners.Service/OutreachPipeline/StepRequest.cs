using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>What a planner records with every step: when, who, what was said, and when the next step is due and whose it is.</summary>
/// <param name="Owner">Who took the step, 1 to 200 characters; required.</param>
/// <param name="Note">What was said or agreed, at most 4,000 characters.</param>
/// <param name="NextOwner">Whose the next step is, at most 200 characters; the owner when left out.</param>
/// <param name="Stage">The stage the step moves to (not for a reopen, which returns to the stage held before).</param>
/// <param name="On">The day it happened, not in the future; today when left out.</param>
/// <param name="NextDue">When the next step is due, not before this step; it shows in the due list of <paramref name="NextOwner"/> (the owner when left out).</param>
/// <param name="ContactId">The partner's contact person the step was with; one of this partner's.</param>
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
/// <param name="PartnerId">A partner of the municipality; required.</param>
/// <param name="GapKeys">The open gaps of the municipality the outreach is about; at least one; one already in an active outreach to this partner is refused (409).</param>
/// <param name="Owner">Who starts the outreach, 1 to 200 characters; required.</param>
/// <param name="On">The day it started, not in the future; today when left out.</param>
/// <param name="Note">What was said or planned, at most 4,000 characters.</param>
/// <param name="NextDue">When the next step is due, not before this one.</param>
/// <param name="NextOwner">Whose the next step is, at most 200 characters; the owner when left out.</param>
/// <param name="ContactId">The partner's contact person it was with; one of this partner's.</param>
public sealed record StartRequest(
    Guid? PartnerId = null, IReadOnlyList<string>? GapKeys = null, string? Owner = null, DateOnly? On = null, string? Note = null,
    DateOnly? NextDue = null, string? NextOwner = null, Guid? ContactId = null)
{
    /// <summary>The first step as this request states it; derived, not read from the request.</summary>
    public StepRequest Step => new(Owner, OutreachStage.Identified, On, Note, NextDue, NextOwner, ContactId);
}
