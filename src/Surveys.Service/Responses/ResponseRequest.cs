using GutAusgestattet.Contracts;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Surveys.Responses;

/// <summary>
/// Needs a planner records for a household, e.g. from a consultation or a paper questionnaire: checked like a survey answer's
/// needs (a known category, one of the municipality's areas, 1 to 20 persons), counted unweighted (×1, flagged as such in every
/// figure), because no survey's stratum stands behind them.
/// </summary>
/// <param name="HouseholdType">One of <c>incoming</c>, <c>outgoing</c>, <c>both</c>, <c>other</c>.</param>
/// <param name="Needs">The household's needs, 1 to 50.</param>
public sealed record ResponseRequest(string HouseholdType, IReadOnlyList<NeedRequest> Needs)
{
    /// <param name="knownAreas">The municipality's area codes as Surveys knows them from the inventory.</param>
    public RequestValidation Validate(IReadOnlySet<string> knownAreas)
    {
        var validation = new RequestValidation()
            .Require(HouseholdTypes.All.Contains(HouseholdType), "householdType", $"Household type must be one of: {string.Join(", ", HouseholdTypes.All)}.")
            .Require(Needs.Count is > 0 and <= 50, "needs", "Between 1 and 50 needs are required.");
        for (var i = 0; i < Needs.Count; i++)
        {
            var need = Needs[i];
            validation
                .Require(CareCategories.IsKnown(need.Category), $"needs[{i}].category", "Unknown category.")
                .Require(knownAreas.Contains(need.AreaCode?.Trim() ?? ""), $"needs[{i}].areaCode", "Unknown area: choose one of the municipality's areas.")
                .Require(need.Persons is >= 1 and <= 20, $"needs[{i}].persons", "Persons must be between 1 and 20.");
        }
        return validation;
    }
}

/// <summary>One need: care of a category, in an area, for a number of persons.</summary>
/// <param name="Category">A known care category code.</param>
/// <param name="AreaCode">The area the care is needed in: one of the municipality's areas (<c>GET /api/areas</c>).</param>
/// <param name="Persons">Persons needing it, 1 to 20.</param>
public sealed record NeedRequest(string Category, string AreaCode, int Persons);
