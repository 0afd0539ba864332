using GutAusgestattet.Contracts.V2;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Partners.GapReadModel;

/// <summary>
/// A gap as outreach sees it: the starting point for approaching companies. Figures arrive
/// already suppressed for small cells, since they left the planner's own view.
/// </summary>
public sealed class OutreachGap : ITenantOwned
{
    public required string TenantId { get; init; }

    public required string GapKey { get; init; }

    public int Version { get; set; }

    public required string Category { get; set; }

    public required string AreaCode { get; set; }

    public required string Kind { get; set; }

    public double? EstimatedPersons { get; set; }

    /// <summary>Responses behind the gap; null when fewer than 5 (then every figure is withheld).</summary>
    public int? Responses { get; set; }

    public bool Open { get; set; }

    /// <summary>When in the week care is missing, e.g. <c>Mo–Do 06:00–07:00</c>; null when suppressed.</summary>
    public string? Intervals { get; set; }

    public double? PersonHours { get; set; }

    /// <summary>0–100, the share of needed care hours the gap leaves uncovered; null when suppressed.</summary>
    public double? Severity { get; set; }

    /// <summary>0–1 from the responses behind the gap; null when withheld, as it gives the responses away.</summary>
    public double? Confidence { get; set; }

    public void Apply(int version, GapState state, bool open)
    {
        Version = version;
        Category = state.Category;
        AreaCode = state.AreaCode;
        Kind = state.Kind;
        EstimatedPersons = state.EstimatedPersons;
        Responses = state.Responses;
        Intervals = state.Intervals;
        PersonHours = state.PersonHours;
        Severity = state.Severity;
        Confidence = state.Confidence;
        Open = open;
    }
}
