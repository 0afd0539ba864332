using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Responses;

/// <summary>One household's answer: what care it needs, where. Never a name or an address.</summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string HouseholdType { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public List<Need> Needs { get; init; } = [];
}

/// <summary>One demand item of a response: persons of one category in one area.</summary>
public sealed class Need
{
    public Guid Id { get; init; }

    public required string Category { get; init; }

    public required string AreaCode { get; init; }

    public int Persons { get; init; }
}
