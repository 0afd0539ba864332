using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>One announcement in a gap's life, with the figures it announced (the planner's own, unsuppressed).</summary>
public sealed class GapHistoryEntry : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string GapKey { get; init; }

    public int Version { get; init; }

    /// <summary><c>GapDetected</c>, <c>GapChanged</c> or <c>GapResolved</c>.</summary>
    public required string Event { get; init; }

    public DateTimeOffset At { get; init; }

    public double EstimatedPersons { get; init; }

    public double PersonHours { get; init; }

    public required string Intervals { get; init; }

    public double Severity { get; init; }

    public int Responses { get; init; }

    public static GapHistoryEntry Of(Gap gap, string @event, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = gap.TenantId, GapKey = gap.Key, Version = gap.Version, Event = @event, At = at,
        EstimatedPersons = gap.EstimatedPersons, PersonHours = gap.PersonHours, Intervals = gap.Intervals, Severity = gap.Severity, Responses = gap.Responses,
    };
}
