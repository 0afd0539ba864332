using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the demand side of the read model: one row per demand item, weighted with the newest
/// weight of its stratum, gone when withdrawn.
/// </summary>
public sealed class NeedsEventsConsumer(GapsDbContext db, GapRecalculation gaps)
    : IConsumer<NeedsReported>, IConsumer<NeedsWithdrawn>, IConsumer<NeedsReweighted>
{
    public async Task Consume(ConsumeContext<NeedsReported> context)
    {
        var message = context.Message;
        var ids = message.Items.Select(i => i.DemandId).ToList();
        var known = await db.Demand.Where(d => ids.Contains(d.DemandId)).Select(d => d.DemandId).ToListAsync(context.CancellationToken);
        var added = message.Items.Where(i => !known.Contains(i.DemandId)).ToList();
        foreach (var item in added)
        {
            var weight = message.SurveyId is { } survey
                ? await NewestWeightAsync(survey, item.AreaCode, item.HouseholdType, item.Weight, message.WeightRevision, context.CancellationToken)
                : item.Weight;
            db.Demand.Add(new DemandRecord
            {
                DemandId = item.DemandId, TenantId = message.TenantId, ResponseId = message.ResponseId, SurveyId = message.SurveyId,
                HouseholdType = item.HouseholdType, Category = item.Category, AreaCode = item.AreaCode, Persons = item.Persons, Weight = weight,
            });
        }
        await gaps.RecalculateAsync(added.Select(i => (i.Category, i.AreaCode)), context, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<NeedsWithdrawn> context)
    {
        var withdrawn = await db.Demand.Where(d => d.ResponseId == context.Message.ResponseId).ToListAsync(context.CancellationToken);
        db.Demand.RemoveRange(withdrawn);
        await gaps.RecalculateAsync(withdrawn.Select(d => (d.Category, d.AreaCode)), context, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<NeedsReweighted> context)
    {
        var m = context.Message;
        var held = await HeldAsync(m.SurveyId, m.AreaCode, m.HouseholdType, context.CancellationToken);
        if (held is not null && held.Revision >= m.Revision) return;
        Hold(held, m.SurveyId, m.AreaCode, m.HouseholdType, m.Weight, m.Revision);

        var demand = await db.Demand.Where(d => d.SurveyId == m.SurveyId && d.AreaCode == m.AreaCode && d.HouseholdType == m.HouseholdType)
            .ToListAsync(context.CancellationToken);
        foreach (var record in demand) record.Weight = m.Weight;
        await gaps.RecalculateAsync(demand.Select(d => (d.Category, d.AreaCode)), context, context.CancellationToken);
    }

    /// <summary>The reported weight, unless a newer one is held for the stratum; a newer reported one is held from now on.</summary>
    private async Task<double> NewestWeightAsync(Guid survey, string area, string householdType, double weight, long revision, CancellationToken ct)
    {
        var held = await HeldAsync(survey, area, householdType, ct);
        if (held is not null && held.Revision >= revision) return held.Weight;
        if (revision > 0) Hold(held, survey, area, householdType, weight, revision);
        return weight;
    }

    /// <remarks>Looks at the unit of work first: the items of one response share their stratum.</remarks>
    private async Task<StratumWeight?> HeldAsync(Guid survey, string area, string householdType, CancellationToken ct) =>
        db.StratumWeights.Local.SingleOrDefault(s => s.SurveyId == survey && s.AreaCode == area && s.HouseholdType == householdType)
        ?? await db.StratumWeights.SingleOrDefaultAsync(s => s.SurveyId == survey && s.AreaCode == area && s.HouseholdType == householdType, ct);

    private void Hold(StratumWeight? held, Guid survey, string area, string householdType, double weight, long revision)
    {
        if (held is null)
        {
            held = new StratumWeight { TenantId = db.CurrentTenantId!, SurveyId = survey, AreaCode = area, HouseholdType = householdType };
            db.StratumWeights.Add(held);
        }
        held.Weight = weight;
        held.Revision = revision;
    }
}
