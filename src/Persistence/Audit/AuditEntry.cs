using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Persistence.Audit;

/// <summary>
/// Who did what to personal data or to its protection, and when: written in the same transaction as the act itself,
/// so an act without its entry cannot happen. Read by the municipality's data steward; never changed by the service.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public const int ActorLength = 200;
    public const int SubjectLength = 200;
    public const int DetailLength = 1000;

    public long Id { get; init; }

    public required string TenantId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The signed-in staff member: display name and subject from the token, e.g. <c>Erika Muster (4f1c…)</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What was acted on, e.g. <c>survey 0193…</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>What changed or why, e.g. <c>180 → 90 days</c> or the reason given for an erasure.</summary>
    public string? Detail { get; init; }
}

/// <summary>The acts the audit log records; one name per act in every service.</summary>
public static class AuditActions
{
    public const string AnswersExported = "answers-exported";
    public const string AnswerErased = "answer-erased";
    public const string RetentionChanged = "retention-changed";
    public const string ConsentChanged = "consent-changed";
    public const string ContactExported = "contact-exported";
    public const string ContactErased = "contact-erased";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
        { AnswersExported, AnswerErased, RetentionChanged, ConsentChanged, ContactExported, ContactErased };
}

public static class AuditModel
{
    /// <summary>The audit table of a service that keeps one; tenant-owned like the data it is about.</summary>
    public static ModelBuilder AddAuditModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.Actor).HasMaxLength(AuditEntry.ActorLength);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectLength);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
            entry.HasIndex(e => new { e.TenantId, e.At });
        });
        return modelBuilder;
    }
}
