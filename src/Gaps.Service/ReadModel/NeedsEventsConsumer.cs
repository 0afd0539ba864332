using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the demand side of the read model: one row per demand item, weighted with the newest
/// weight of its stratum, gone when withdrawn, folded into totals once its answer is retired.
/// Answers, withdrawals and reweightings come in batches (one transaction, one marking of the categories),
/// each kind in its own; a withdrawal consumed before its answer leaves the answer withdrawn all the same.
/// </summary>
public sealed class NeedsEventsConsumer(GapsDbContext db, GapDetector gaps)
    : IConsumer<Batch<NeedsReported>>, IConsumer<Batch<NeedsWithdrawn>>, IConsumer<Batch<NeedsReweighted>>, IConsumer<AnswersRetired>, IConsumer<AnswersImported>,
    IConsumer<NeedsImported>
{
    public Task Consume(ConsumeContext<AnswersImported> context) =>
        gaps.CloseImportAsync(context.Message.ImportId, context.Message.Events, context.CancellationToken);

    /// <summary>
    /// A batch of answers in three round trips however many it holds — their responses and known demand read at once, their
    /// rows written by one save — because a campaign or an import brings thousands; each answer still applied in order.
    /// </summary>
    public Task Consume(ConsumeContext<Batch<NeedsReported>> context) =>
        ReportAllAsync([.. context.Message.Select(m => m.Message)], context.CancellationToken);

    /// <summary>Part of an import: its answers as one batch.</summary>
    public Task Consume(ConsumeContext<NeedsImported> context) =>
        context.Message.Answers.All(a => a.TenantId == context.Message.TenantId)
            ? ReportAllAsync(context.Message.Answers, context.CancellationToken)
            : throw new InvalidOperationException($"An import of tenant {context.Message.TenantId} holds answers of another tenant.");

    private async Task ReportAllAsync(IReadOnlyList<NeedsReported> messages, CancellationToken ct)
    {
        var strata = await ClaimStrataAsync(messages.SelectMany(m => m.SurveyId is { } survey
            ? m.Items.Select(i => new Stratum(survey, i.AreaCode, i.HouseholdType)) : []), ct);
        // A unit of work that collided runs again in the same scope, with this consumer.
        _reweighed.Clear();
        var responses = await ClaimAllAsync(messages.Select(m => m.ResponseId), ct);
        var ids = messages.SelectMany(m => m.Items.Select(i => i.DemandId)).ToList();
        var known = (await db.Demand.Where(d => ids.Contains(d.DemandId)).Select(d => d.DemandId).ToListAsync(ct)).ToHashSet();
        var changes = messages.SelectMany(m => Report(m, responses[m.ResponseId], known, strata)).ToList();
        await db.SaveChangesAsync(ct);
        foreach (var held in _reweighed)
            changes.AddRange(await ReweighDemandAsync(held, ct));
        await gaps.MarkAsync(changes, ct);
    }

    public Task Consume(ConsumeContext<Batch<NeedsWithdrawn>> context) => ConsumeInOrderAsync(context, WithdrawAsync);

    public async Task Consume(ConsumeContext<Batch<NeedsReweighted>> context)
    {
        await ClaimStrataAsync(context.Message.Select(m => new Stratum(m.Message.SurveyId, m.Message.AreaCode, m.Message.HouseholdType)), context.CancellationToken);
        await ConsumeInOrderAsync(context, ReweighAsync);
    }

    /// <summary>Strata the batch gave a newer weight: their demand takes it once, at the end, not once per answer.</summary>
    private readonly HashSet<StratumWeight> _reweighed = [];

    /// <summary>
    /// The batch's events one after the other in the order they came, each saved before the next: the next one's queries
    /// read the database and must see its rows (a response reported twice). Then the newer weights, and one marking.
    /// </summary>
    private async Task ConsumeInOrderAsync<T>(ConsumeContext<Batch<T>> context, Func<T, CancellationToken, Task<IEnumerable<MarkedChange>>> consume)
        where T : class
    {
        // A unit of work that collided runs again in the same scope, with this consumer.
        _reweighed.Clear();
        var changes = new List<MarkedChange>();
        foreach (var message in context.Message)
        {
            changes.AddRange(await consume(message.Message, context.CancellationToken));
            await db.SaveChangesAsync(context.CancellationToken);
        }
        foreach (var held in _reweighed)
            changes.AddRange(await ReweighDemandAsync(held, context.CancellationToken));
        await gaps.MarkAsync(changes, context.CancellationToken);
    }

    /// <summary>Adds the answer's demand items not held yet (<paramref name="known"/> grows by them: an answer reported twice adds nothing).</summary>
    private List<MarkedChange> Report(NeedsReported message, ReportedResponse response, HashSet<Guid> known, Dictionary<Stratum, StratumWeight> strata)
    {
        gaps.CountImported(message.ImportId, message.ResponseId.ToString("N"));
        // Nothing to add, but an import still counts the answer as arrived.
        if (response is { Withdrawn: true } or { Retired: true }) return [];
        var added = message.Items.Where(i => known.Add(i.DemandId)).ToList();
        foreach (var item in added)
        {
            var (weight, unweighted) = (item.Weight, item.Unweighted);
            if (message.SurveyId is { } survey)
            {
                var held = strata[new Stratum(survey, item.AreaCode, item.HouseholdType)];
                if (held.Revision >= message.WeightRevision) (weight, unweighted) = (held.Weight, held.Unweighted);
                else if (message.WeightRevision > 0) Hold(held, weight, unweighted, message.WeightRevision);
            }
            db.Demand.Add(new DemandRecord
            {
                DemandId = item.DemandId, TenantId = message.TenantId, ResponseId = message.ResponseId, SurveyId = message.SurveyId,
                HouseholdType = item.HouseholdType, Category = item.Category, AreaCode = item.AreaCode, Persons = item.Persons, Weight = weight, Unweighted = unweighted,
                Windows = [.. item.Windows ?? []], From = item.From, Until = item.Until, Temporary = item.Temporary == true,
                Languages = [.. item.PreferredLanguages ?? []], WorkplaceAgs = item.WorkplaceAgs, EmployerId = item.EmployerId,
            });
        }
        // A newer weight moves the stratum's other responses too: the batch names them at its end (ReweighDemandAsync).
        return [.. added.Select(i => new MarkedChange(i.Category, ChangedItem.Answer, message.ResponseId))];
    }

    private async Task<IEnumerable<MarkedChange>> WithdrawAsync(NeedsWithdrawn message, CancellationToken ct)
    {
        (await ClaimAsync(message.ResponseId, ct)).Withdrawn = true;
        var withdrawn = await db.Demand.Where(d => d.ResponseId == message.ResponseId).ToListAsync(ct);
        db.Demand.RemoveRange(withdrawn);
        return withdrawn.Select(d => new MarkedChange(d.Category, ChangedItem.Answer, message.ResponseId));
    }

    private async Task<IEnumerable<MarkedChange>> ReweighAsync(NeedsReweighted m, CancellationToken ct)
    {
        var held = await HeldAsync(m.SurveyId, m.AreaCode, m.HouseholdType, ct);
        if (held.Revision < m.Revision) Hold(held, m.Weight, m.Unweighted, m.Revision);
        // The categories it moves are marked with the batch's newer weights.
        return [];
    }

    /// <summary>
    /// Replaces the retired responses' demand items by their totals (<see cref="RetiredDemand"/>); the figures stay, so the
    /// categories are recalculated as a whole. A withdrawal afterwards finds nothing of theirs left to remove.
    /// </summary>
    public async Task Consume(ConsumeContext<AnswersRetired> context)
    {
        var ids = context.Message.ResponseIds.Distinct().ToList();
        var known = await db.Responses.Where(r => ids.Contains(r.ResponseId)).ToListAsync(context.CancellationToken);
        foreach (var response in known)
        {
            response.Retired = true;
            response.Claims++;
        }
        // Not heard of yet: a NeedsReported arriving after its retirement must not bring single answers back.
        db.Responses.AddRange(ids.Except(known.Select(r => r.ResponseId))
            .Select(id => new ReportedResponse { ResponseId = id, TenantId = db.CurrentTenantId!, Retired = true }));
        var retired = await db.Demand.Where(d => ids.Contains(d.ResponseId)).ToListAsync(context.CancellationToken);
        // Claims the strata's weights: a reweighting consumed at once would otherwise set the weight of the rows
        // removed here and miss their totals; now one of the two waits for the other and sees its rows.
        await ClaimStrataAsync(retired.Where(d => d.SurveyId is not null).Select(d => new Stratum(d.SurveyId!.Value, d.AreaCode, d.HouseholdType)),
            context.CancellationToken);
        db.Demand.RemoveRange(retired);
        db.Demand.AddRange(RetiredDemand.Fold(retired));
        await gaps.MarkAsync(retired.Select(d => d.Category), context.CancellationToken);
    }

    /// <summary>The responses' rows, each claimed once for this unit of work (see <see cref="ReportedResponse.Claims"/>), by one query.</summary>
    private async Task<Dictionary<Guid, ReportedResponse>> ClaimAllAsync(IEnumerable<Guid> responseIds, CancellationToken ct)
    {
        var ids = responseIds.Distinct().ToList();
        var responses = await db.Responses.Where(r => ids.Contains(r.ResponseId)).ToDictionaryAsync(r => r.ResponseId, ct);
        foreach (var response in responses.Values) response.Claims++;
        foreach (var id in ids.Where(id => !responses.ContainsKey(id)))
            db.Responses.Add(responses[id] = new ReportedResponse { ResponseId = id, TenantId = db.CurrentTenantId! });
        return responses;
    }

    /// <summary>The response's row, claimed for this unit of work (see <see cref="ReportedResponse.Claims"/>).</summary>
    private async Task<ReportedResponse> ClaimAsync(Guid responseId, CancellationToken ct)
    {
        var response = await db.Responses.SingleOrDefaultAsync(r => r.ResponseId == responseId, ct);
        if (response is null) db.Responses.Add(response = new ReportedResponse { ResponseId = responseId, TenantId = db.CurrentTenantId! });
        else response.Claims++;
        return response;
    }

    /// <summary>
    /// Claims the strata's weights up front, in one order: two units of work claiming some of the same strata — two batches
    /// of a campaign's answers — wait for each other instead of deadlocking and running again.
    /// </summary>
    private async Task<Dictionary<Stratum, StratumWeight>> ClaimStrataAsync(IEnumerable<Stratum> strata, CancellationToken ct)
    {
        var held = new Dictionary<Stratum, StratumWeight>();
        foreach (var stratum in strata.Distinct().OrderBy(s => s.Survey).ThenBy(s => s.Area, StringComparer.Ordinal)
            .ThenBy(s => s.HouseholdType, StringComparer.Ordinal).ToList())
            held[stratum] = await HeldAsync(stratum.Survey, stratum.Area, stratum.HouseholdType, ct);
        return held;
    }

    private sealed record Stratum(Guid Survey, string Area, string HouseholdType);

    /// <summary>The stratum's weight, claimed for this unit of work (see <see cref="SharedRows.ClaimStratumAsync"/>).</summary>
    /// <remarks>Looks at the unit of work first: the items of one response share their stratum, claimed once.</remarks>
    private async Task<StratumWeight> HeldAsync(Guid survey, string area, string householdType, CancellationToken ct) =>
        db.StratumWeights.Local.SingleOrDefault(s => s.SurveyId == survey && s.AreaCode == area && s.HouseholdType == householdType)
        ?? await SharedRows.ClaimStratumAsync(db, survey, area, householdType, ct);

    /// <summary>
    /// Holds a newer weight for the stratum; the stratum's demand held so far takes it at the end of the batch
    /// (<see cref="ReweighDemandAsync"/>) — it applies to every response of the stratum, whichever event brought it first.
    /// </summary>
    private void Hold(StratumWeight held, double weight, bool unweighted, long revision)
    {
        held.Weight = weight;
        held.Unweighted = unweighted;
        held.Revision = revision;
        _reweighed.Add(held);
    }

    /// <summary>
    /// Gives the stratum's demand the weight held for it; returns the stratum in each category it moved, so that a kept
    /// comparison applies just its answers instead of reloading the category (retired totals stand under a response id of their own).
    /// </summary>
    private async Task<IEnumerable<MarkedChange>> ReweighDemandAsync(StratumWeight held, CancellationToken ct)
    {
        var (weight, unweighted) = (held.Weight, held.Unweighted);
        // One statement in the consumer's transaction instead of loading and updating row by row: a
        // stratum's weight changes with nearly every answer, and its demand grows with the survey.
        var stratum = db.Demand.Where(d => d.SurveyId == held.SurveyId && d.AreaCode == held.AreaCode && d.HouseholdType == held.HouseholdType);
        await stratum.ExecuteUpdateAsync(s => s.SetProperty(d => d.Weight, weight).SetProperty(d => d.Unweighted, unweighted), ct);
        return (await stratum.Select(d => d.Category).Distinct().ToListAsync(ct))
            .Select(c => MarkedChange.Stratum(c, held.SurveyId, held.AreaCode, held.HouseholdType));
    }
}
