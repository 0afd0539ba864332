using GutAusgestattet.Partners.Persistence;

namespace GutAusgestattet.Partners.OutreachPipeline;

/// <summary>Records steps: the case follows its newest step, and the step keeps the history.</summary>
public static class Pipeline
{
    public static OutreachStep Record(PartnersDbContext db, OutreachCase outreach, Transition transition, StepRequest request, bool reopened,
        DateOnly today, DateTimeOffset now, string? user)
    {
        var step = new OutreachStep
        {
            Id = Guid.CreateVersion7(), TenantId = outreach.TenantId, OutreachId = outreach.Id, Number = outreach.Steps + 1,
            From = outreach.Steps == 0 ? null : outreach.Stage, To = transition.Stage, Reopened = reopened,
            On = request.On ?? today, Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), Owner = request.Owner!.Trim(),
            NextDue = request.NextDue, NextOwner = request.NextDue is null ? null : (request.NextOwner ?? request.Owner!).Trim(),
            ContactId = request.ContactId, RecordedAt = now, RecordedBy = user,
        };
        outreach.Stage = transition.Stage;
        outreach.ResumeStage = transition.ResumeStage;
        outreach.Steps = step.Number;
        outreach.NextDue = step.NextDue;
        outreach.NextOwner = step.NextOwner;
        db.OutreachSteps.Add(step);
        return step;
    }
}
