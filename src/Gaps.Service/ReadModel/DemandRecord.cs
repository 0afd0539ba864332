using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>One demand item of one response, kept from the survey's events alone.</summary>
public sealed class DemandRecord : ITenantOwned
{
    public Guid DemandId { get; init; }

    public required string TenantId { get; init; }

    public Guid ResponseId { get; init; }

    /// <summary>The survey answered, with <see cref="HouseholdType"/> and the area naming the weighting stratum; null when a planner recorded the need.</summary>
    public Guid? SurveyId { get; init; }

    public required string HouseholdType { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public int Persons { get; init; }

    public List<DemandWindow> Windows { get; init; } = [];

    /// <summary>
    /// The municipality (AGS) of the multilocal member's workplace, when some window's care is needed near it: there, if it is another
    /// municipality sharing the platform, that window is demand of people who work there (<see cref="Incoming.IncomingDemand"/>).
    /// </summary>
    public string? WorkplaceAgs { get; init; }

    /// <summary>The partner the household named as employer: places reserved for its staff serve this need first; null when none was named.</summary>
    public Guid? EmployerId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? Until { get; init; }

    public bool Temporary { get; init; }

    public List<string> Languages { get; init; } = [];

    /// <summary>
    /// How many responses the row stands for: 1, or the number of answers folded into it once past their retention
    /// (<see cref="RetiredDemand"/>), so that a gap's count of responses stays what it was.
    /// </summary>
    public int Responses { get; init; } = 1;

    /// <summary>How many households the response stands for: the newest weight known for its stratum.</summary>
    public double Weight { get; set; }

    /// <summary>No household count is known for its stratum: <see cref="Weight"/> is 1 and the response stands only for itself.</summary>
    public bool Unweighted { get; set; }
}
