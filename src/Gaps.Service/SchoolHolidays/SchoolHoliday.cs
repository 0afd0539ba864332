using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.SchoolHolidays;

/// <summary>
/// One period of the municipality's school holidays, both dates inclusive, as its planners keep them (imported from the
/// ministry's calendar or entered): offers with <c>SH off</c> are closed on its days.
/// </summary>
public sealed class SchoolHoliday : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>e.g. "Sommerferien 2027".</summary>
    public required string Name { get; set; }
}
