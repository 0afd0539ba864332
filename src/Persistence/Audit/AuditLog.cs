using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.Persistence.Audit;

/// <summary>
/// Adds an entry for the current request's staff member to the unit of work; the caller's SaveChanges (the one that
/// carries the act) writes it. Scoped, like the request.
/// </summary>
public sealed class AuditLog(TenantContext tenant, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(TenantDbContext db, string action, string subject, string? detail = null)
    {
        if (!AuditActions.All.Contains(action)) throw new ArgumentException($"Unknown audit action '{action}'.", nameof(action));
        db.AddRow(new AuditEntry
        {
            TenantId = tenant.Required.Value, At = clock.GetUtcNow(), Actor = Actor(), Action = action,
            Subject = Fit(subject, AuditEntry.SubjectLength), Detail = detail is null ? null : Fit(detail, AuditEntry.DetailLength),
        });
    }

    private string Actor()
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("Audited acts are done by a signed-in staff member in a request.");
        var subject = user.FindFirst("sub")?.Value ?? throw new InvalidOperationException("The staff member's token names no subject.");
        var name = user.FindFirst("name")?.Value;
        return Fit(string.IsNullOrWhiteSpace(name) ? subject : $"{name} ({subject})", AuditEntry.ActorLength);
    }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
