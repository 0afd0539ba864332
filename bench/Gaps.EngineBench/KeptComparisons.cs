using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>What one change did to a tenant's lists: the offer now standing, or the answer whose items changed.</summary>
internal sealed record Edit(string Category, OfferInput? Offer, Guid? Response);

/// <summary>
/// The read model's side of the incremental path: one <see cref="IncrementalComparison"/> per category of a
/// tenant, built once, then told of each change. Each answer's items are indexed once, as a read model keeps them.
/// </summary>
internal sealed class KeptComparisons
{
    private readonly SyntheticTenant _tenant;
    private readonly Dictionary<string, IncrementalComparison> _states;
    private readonly Dictionary<Guid, int[]> _answers;

    public KeptComparisons(SyntheticTenant tenant)
    {
        _tenant = tenant;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        _states = tenant.Needs.Select(n => n.Category).Concat(tenant.Offers.Select(o => o.Category)).Distinct()
            .ToDictionary(c => c, c => new IncrementalComparison(tenant.Input, c));
        Built = watch.Elapsed;
        Bytes = GC.GetTotalMemory(forceFullCollection: true) - heap;
        _answers = Enumerable.Range(0, tenant.Needs.Count).GroupBy(i => tenant.Needs[i].ResponseId).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Building the states of all categories (a full compute each).</summary>
    public TimeSpan Built { get; }

    /// <summary>Managed memory the states hold, inputs not counted.</summary>
    public long Bytes { get; }

    /// <summary>Tells the changed category's state and returns its gaps.</summary>
    public List<GapFinding> Apply(Edit edit)
    {
        var state = _states[edit.Category];
        if (edit.Offer is { } offer) state.SetOffer(offer);
        if (edit.Response is { } response) state.SetAnswer(response, _answers[response].Select(i => _tenant.Needs[i]));
        return state.Findings();
    }

    /// <summary>Whether the category's kept gaps are bit for bit those a full compute of the changed input finds.</summary>
    public bool MatchesFullCompute(string category) =>
        Digest.Of([_states[category].Findings()]) == Digest.Of([SlotComparison.Compute(_tenant.Input, category)]);
}
