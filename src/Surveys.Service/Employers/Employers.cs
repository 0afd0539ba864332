using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Employers;

/// <summary>An employer a household may name: a partner of the municipality whose staff have places reserved.</summary>
/// <param name="Id">The partner's id, sent back as the answer's <c>employerId</c>.</param>
/// <param name="Name">The partner's name.</param>
public sealed record EmployerChoice(Guid Id, string Name);

/// <summary>The employers the tenant's running agreements reserve places for, by name.</summary>
public static class EmployersQuery
{
    public static async Task<List<EmployerChoice>> ReservingAsync(this SurveysDbContext db, CancellationToken ct) =>
        [.. (await db.ReservingAgreements.AsNoTracking().Where(a => !a.Ended).SelectMany(a => a.Employers).ToListAsync(ct))
            .DistinctBy(e => e.PartnerId).OrderBy(e => e.Name, StringComparer.CurrentCulture).Select(e => new EmployerChoice(e.PartnerId, e.Name))];
}
