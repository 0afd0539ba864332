namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Folds the demand of answers past their retention period into anonymous totals: one row per group of items alike in
/// everything the gap engine reads, persons summed, under a new demand id and a new response id that stands for the
/// group, not for any household. Weighted persons, needed hours and a gap's count of responses stay the same: the row
/// says how many responses it stands for.
/// </summary>
public static class RetiredDemand
{
    public static IReadOnlyList<DemandRecord> Fold(IEnumerable<DemandRecord> retired) =>
        [.. retired.GroupBy(d => new Key(d)).Select(group =>
        {
            var first = group.First();
            return new DemandRecord
            {
                DemandId = Guid.CreateVersion7(), TenantId = first.TenantId, ResponseId = Guid.CreateVersion7(), SurveyId = first.SurveyId,
                HouseholdType = first.HouseholdType, Category = first.Category, AreaCode = first.AreaCode, Persons = group.Sum(d => d.Persons),
                Windows = [.. first.Windows], From = first.From, Until = first.Until, Temporary = first.Temporary,
                Languages = [.. first.Languages], Weight = first.Weight, Unweighted = first.Unweighted, EmployerId = first.EmployerId,
                Responses = group.GroupBy(d => d.ResponseId).Sum(response => response.Max(d => d.Responses)),
            };
        })];

    /// <summary>What makes two items alike; the lists joined, since lists compare by reference.</summary>
    private sealed record Key(string TenantId, Guid? SurveyId, string HouseholdType, string Category, string AreaCode, string Windows,
        DateOnly? From, DateOnly? Until, bool Temporary, string Languages, double Weight, bool Unweighted, Guid? EmployerId)
    {
        public Key(DemandRecord d) : this(d.TenantId, d.SurveyId, d.HouseholdType, d.Category, d.AreaCode, string.Join(";", d.Windows),
            d.From, d.Until, d.Temporary, string.Join(";", d.Languages), d.Weight, d.Unweighted, d.EmployerId)
        {
        }
    }
}
