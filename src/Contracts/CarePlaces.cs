namespace GutAusgestattet.Contracts;

/// <summary>
/// Where a multilocal household needs care on a day: near home, near the workplace of the member who lives in more than one
/// place, or either — the places a demand window names (<see cref="V1.DemandWindow.Place"/>).
/// </summary>
public static class CarePlaces
{
    /// <summary>Near the household's home (its area): the place when none is named.</summary>
    public const string Home = "home";

    /// <summary>Near the multilocal member's workplace.</summary>
    public const string Workplace = "workplace";

    /// <summary>Near home or near the workplace, whichever serves.</summary>
    public const string Either = "either";

    /// <summary>Every place, in the order the survey offers them.</summary>
    public static readonly IReadOnlyList<string> All = [Home, Workplace, Either];
}
