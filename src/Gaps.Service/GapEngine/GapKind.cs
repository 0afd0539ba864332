namespace GutAusgestattet.Gaps.GapEngine;

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
