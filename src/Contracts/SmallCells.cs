namespace GutAusgestattet.Contracts;

/// <summary>
/// The platform's privacy rule: a figure resting on fewer than <see cref="MinimumResponses"/>
/// responses never leaves the planner's own view — not in events, exports or regional views.
/// </summary>
public static class SmallCells
{
    /// <summary>Responses a figure must rest on before it may be shown to others.</summary>
    public const int MinimumResponses = 5;

    /// <summary>Whether a figure resting on <paramref name="responses"/> responses may be shown to others.</summary>
    public static bool MayShow(int responses) => responses >= MinimumResponses;
}
