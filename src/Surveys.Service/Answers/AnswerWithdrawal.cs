using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Weighting;
using MassTransit;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Takes an answer back (Art. 17 GDPR), whoever asks: the respondent with the receipt code or the data steward on a
/// written request. The row goes, NeedsWithdrawn tells every derived store, and the other answers of the stratum, which
/// now stand for more households, are queued for reweighing.
/// </summary>
public sealed class AnswerWithdrawal(SurveysDbContext db, IPublishEndpoint events, StratumWeights weights)
{
    /// <summary>Runs in the caller's transaction, which also writes whatever the caller added before (e.g. an audit entry).</summary>
    public async Task WithdrawAsync(Answer answer, CancellationToken ct)
    {
        db.Answers.Remove(answer);
        await events.Publish(new NeedsWithdrawn(answer.TenantId, answer.Id), ct);
        weights.Queue(answer.SurveyId, [new Stratum(answer.AreaCode, answer.HouseholdType)]);
        await db.SaveChangesAsync(ct);
    }
}
