namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// The first, simple comparison of demand and offer for one category in one area: no offer at
/// all is a content gap; offers whose free places fall short of the estimated persons are a
/// capacity gap. Time windows, catchments and scenarios refine this later.
/// </summary>
public static class GapRule
{
    public static GapFinding? Evaluate(CellDemand demand, CellSupply supply)
    {
        if (demand.EstimatedPersons <= 0) return null;
        if (supply.Offers == 0) return new GapFinding(GapKind.Content, demand.EstimatedPersons, demand.Responses);
        var shortfall = demand.EstimatedPersons - supply.FreePlaces;
        return shortfall > 0 ? new GapFinding(GapKind.Capacity, shortfall, demand.Responses) : null;
    }
}

/// <summary>Weighted persons needing care in one cell and the number of responses behind them.</summary>
public sealed record CellDemand(double EstimatedPersons, int Responses);

public sealed record CellSupply(int Offers, int FreePlaces);

public sealed record GapFinding(GapKind Kind, double EstimatedPersons, int Responses);

public enum GapKind
{
    /// <summary>No offer of the category serves the area.</summary>
    Content,

    /// <summary>Serving offers are open, but their shared free places fall short.</summary>
    Capacity,

    /// <summary>Serving offers exist, but none is open when the care is needed.</summary>
    Time,

    /// <summary>Needed short-term places or languages no serving offer provides.</summary>
    Feature,
}
