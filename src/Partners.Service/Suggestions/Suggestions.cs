using GutAusgestattet.Partners.GapReadModel;
using GutAusgestattet.Partners.OutreachPipeline;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.Partners.Registry;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Suggestions;

/// <summary>The ranking for one gap, with the outreach already running for each partner about it.</summary>
public sealed record GapSuggestions(string GapKey, bool Open, string Category, string Kind, string AreaCode, bool AreaCentreKnown, IReadOnlyList<SuggestedPartner> Suggestions);

public sealed record SuggestedPartner(int Rank, Guid PartnerId, string Name, PartnerKind Kind, double Score, IReadOnlyList<Reason> Reasons, Guid? OutreachId);

/// <summary>
/// Suggestions are computed when read, from the gap, the area centres and the partners as they are
/// then: nothing to keep in step when a gap, an area or a partner changes, and a resolved gap
/// simply has none. A municipality has hundreds of partners at most, so a ranking is cheap.
/// </summary>
public static class SuggestionsQuery
{
    public static async Task<GapSuggestions> ForAsync(PartnersDbContext db, OutreachGap gap, CancellationToken ct)
    {
        var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == gap.AreaCode, ct);
        if (!gap.Open) return new GapSuggestions(gap.GapKey, false, gap.Category, gap.Kind, gap.AreaCode, area is not null, []);

        var agreed = (await db.OutreachSteps.AsNoTracking().Where(s => s.To == OutreachStage.Agreed)
            .Join(db.Outreaches, s => s.OutreachId, o => o.Id, (s, o) => o.PartnerId).Distinct().ToListAsync(ct)).ToHashSet();
        var partners = await db.Partners.AsNoTracking().ToListAsync(ct);
        var running = (await db.Outreaches.AsNoTracking().Where(o => o.Stage != OutreachStage.Declined).ToListAsync(ct))
            .Where(o => o.GapKeys.Contains(gap.GapKey)).GroupBy(o => o.PartnerId).ToDictionary(g => g.Key, g => g.First().Id);

        var target = new GapToFill(gap.Category, gap.Kind, gap.AreaCode, area is null ? null : (area.Latitude, area.Longitude));
        var ranked = SuggestionScore.Rank(target, partners.Select(p => new Candidate(p.Id, p.Name, p.Kind, p.Sector, p.Sites, agreed.Contains(p.Id))));
        return new GapSuggestions(gap.GapKey, true, gap.Category, gap.Kind, gap.AreaCode, area is not null,
            ranked.Select(s => new SuggestedPartner(s.Rank, s.PartnerId, s.Name, s.Kind,
                s.Score, s.Reasons, running.TryGetValue(s.PartnerId, out var id) ? id : null)).ToList());
    }
}
