using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// Recomputes the weights of strata of one survey and announces every change (NeedsReweighted).
/// Bumping the stratum row's revision first locks it, so two units of work reweighting the same
/// stratum take turns and the later one counts the earlier one's committed answers — the last
/// published weight is exact. Answers do not reweigh: they <see cref="Queue"/> their strata for
/// <see cref="StratumReweighing"/>, which holds the lock for one reweigh of many answers instead of
/// every answer holding it until its request ends.
/// </summary>
public sealed class StratumWeights(SurveysDbContext db, IPublishEndpoint events)
{
    /// <summary>What a stratum without a row weighs: no answer of it was reweighed yet, nothing was published.</summary>
    private static readonly StratumWeight Unpublished = new(1, 0, Unweighted: true);

    /// <summary>
    /// The weights last published for the strata, read without waiting for a reweigh under way. An answer's
    /// NeedsReported carries them: the reweigh its queued stratum gets announces a newer revision, which
    /// every consumer gives the answer's demand whichever of the two it takes first.
    /// </summary>
    public async Task<Dictionary<Stratum, StratumWeight>> PublishedAsync(Guid surveyId, IReadOnlyCollection<Stratum> strata, CancellationToken ct)
    {
        var areas = strata.Select(s => s.AreaCode).Distinct().ToList();
        var types = strata.Select(s => s.HouseholdType).Distinct().ToList();
        var held = await db.Strata.AsNoTracking()
            .Where(s => s.SurveyId == surveyId && areas.Contains(s.AreaCode) && types.Contains(s.HouseholdType))
            .ToDictionaryAsync(s => new Stratum(s.AreaCode, s.HouseholdType), s => new StratumWeight(s.Weight, s.Revision, s.Unweighted), ct);
        return strata.Distinct().ToDictionary(s => s, s => held.GetValueOrDefault(s, Unpublished));
    }

    /// <summary>Asks <see cref="StratumReweighing"/> to reweigh the strata once the caller's unit of work is committed.</summary>
    public void Queue(Guid surveyId, IEnumerable<Stratum> strata) =>
        db.ReweighRequests.AddRange(strata.Distinct().Select(s => new ReweighRequest
        {
            TenantId = db.CurrentTenantId!, SurveyId = surveyId, AreaCode = s.AreaCode, HouseholdType = s.HouseholdType,
        }));

    /// <summary>Reweighs the strata in the caller's transaction, which holds their rows' locks until it commits.</summary>
    public async Task ReweighAsync(Guid surveyId, IEnumerable<Stratum> strata, CancellationToken ct)
    {
        // One order for every unit of work, so two of them never wait for each other's locks in a circle.
        foreach (var stratum in strata.Distinct().OrderBy(s => s.AreaCode, StringComparer.Ordinal).ThenBy(s => s.HouseholdType, StringComparer.Ordinal))
            await ReweighAsync(surveyId, stratum, ct);
    }

    private async Task ReweighAsync(Guid surveyId, Stratum stratum, CancellationToken ct)
    {
        var rows = db.Strata.Where(s => s.SurveyId == surveyId && s.AreaCode == stratum.AreaCode && s.HouseholdType == stratum.HouseholdType);
        if (await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.Revision, x => x.Revision + 1), ct) == 0)
        {
            // A new stratum: a second unit of work inserting it at once fails on the key and is run again.
            db.Strata.Add(new SurveyStratum { TenantId = db.CurrentTenantId!, SurveyId = surveyId, AreaCode = stratum.AreaCode, HouseholdType = stratum.HouseholdType, Revision = 1 });
            await db.SaveChangesAsync(ct);
        }
        // What the weight depends on, in one round trip (while holding the stratum's lock).
        var held = await rows.AsNoTracking().Select(s => new
        {
            s.TenantId,
            s.Weight,
            s.Unweighted,
            s.Revision,
            Responses = db.Answers.Count(a => a.SurveyId == s.SurveyId && a.AreaCode == s.AreaCode && a.HouseholdType == s.HouseholdType),
            Known = db.KnownCounts.Where(c => c.AreaCode == s.AreaCode && c.HouseholdType == s.HouseholdType).Select(c => (int?)c.Households).SingleOrDefault(),
        }).SingleAsync(ct);
        var weight = PostStratification.Weight(held.Responses, held.Known);
        var unweighted = PostStratification.Unweighted(held.Known);

        await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.Responses, held.Responses).SetProperty(x => x.Weight, weight)
            .SetProperty(x => x.Unweighted, unweighted), ct);
        // A count equal to the responses keeps the weight at 1 but makes the stratum weighted: that is news too.
        if (weight != held.Weight || unweighted != held.Unweighted)
            await events.Publish(new NeedsReweighted(held.TenantId, surveyId, stratum.AreaCode, stratum.HouseholdType, weight, held.Revision, unweighted), ct);
    }

    /// <summary>Every stratum of the tenant's surveys that has answers or a known count: what a change of counts may move.</summary>
    public async Task ReweighAllAsync(CancellationToken ct)
    {
        var answered = await db.Answers.Select(a => new { a.SurveyId, a.AreaCode, a.HouseholdType }).Distinct().ToListAsync(ct);
        var held = await db.Strata.Select(s => new { s.SurveyId, s.AreaCode, s.HouseholdType }).ToListAsync(ct);
        foreach (var survey in answered.Concat(held).GroupBy(s => s.SurveyId))
            await ReweighAsync(survey.Key, survey.Select(s => new Stratum(s.AreaCode, s.HouseholdType)), ct);
    }
}
