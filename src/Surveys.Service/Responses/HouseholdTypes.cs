namespace GutAusgestattet.Surveys.Responses;

/// <summary>How a household lives in more than one place (see the domain glossary).</summary>
public static class HouseholdTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string> { "incoming", "outgoing", "both", "other" };
}
