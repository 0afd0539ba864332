using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.ServiceClients;

/// <summary>The four services the pages read from, named so a page can say which one failed.</summary>
public enum PlatformService
{
    Surveys,
    Inventory,
    Gaps,
    Partners,
}

public enum ServiceOutcome
{
    Ok,

    /// <summary>The service answered 404: unknown, or another municipality's — the two look the same on purpose.</summary>
    NotFound,

    /// <summary>The service refused what the planner sent (400, 409, 415) and said why in <see cref="ServiceResult{T}.Problem"/>.</summary>
    Refused,

    /// <summary>The service could not be reached, failed, or refused: the page shows a message where the figures would be.</summary>
    Unavailable,
}

/// <summary>A service's answer as a page needs it; never an exception, so one failing service cannot take the page down.</summary>
public sealed record ServiceResult<T>(PlatformService Service, ServiceOutcome Outcome, T? Value = default, ServiceProblem? Problem = null) where T : class
{
    public bool IsOk => Outcome == ServiceOutcome.Ok && Value is not null;
}

/// <summary>What a call answered with 204 (no content) carries: only that it was done.</summary>
public sealed record Done
{
    public static readonly Done Instance = new();

    private Done()
    {
    }
}
