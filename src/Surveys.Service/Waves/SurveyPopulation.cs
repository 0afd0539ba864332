using GutAusgestattet.Contracts;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Waves;

/// <summary>
/// The households a repeated survey asks again — one population of a municipality, named by its planners — and which of its
/// surveys (waves) is current: only the current wave's demand counts in the gaps, so a household that answered two waves counts
/// once. A survey that was never made a wave of any population is a population of its own and counts as it always did.
/// </summary>
public sealed class SurveyPopulation : ITenantOwned
{
    public required string TenantId { get; init; }

    /// <summary>The planners' name, trimmed; compared exactly (case included).</summary>
    public required string Name { get; init; }

    public Guid CurrentSurveyId { get; set; }

    /// <summary>
    /// Counts the markings in the population (1 for the first); carried by <c>SurveyWaveMadeCurrent</c>, whose consumers keep the newest
    /// per survey. The version read is the write's condition, so two planners marking at once cannot both win.
    /// </summary>
    public long Revision { get; set; }

    public const int MaxNameLength = 120;

    public const string NameRule = "The population's name: 1 to 120 characters, e.g. \"Haushalte mit Zweitwohnsitz\".";

    /// <summary>The name as kept (trimmed), or null with the rule it breaks in <paramref name="error"/>.</summary>
    public static string? ReadName(string? name, out string? error)
    {
        var trimmed = name?.Trim();
        error = string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl) ? NameRule : PublicText.Check(trimmed);
        return error is null ? trimmed : null;
    }
}
