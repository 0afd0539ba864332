using GutAusgestattet.Messaging;
using GutAusgestattet.Partners.Agreements;
using GutAusgestattet.Partners.Areas;
using GutAusgestattet.Partners.Contacts;
using GutAusgestattet.Partners.GapReadModel;
using GutAusgestattet.Partners.Offers;
using GutAusgestattet.Partners.OutreachPipeline;
using GutAusgestattet.Partners.Registry;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Persistence;

public class PartnersDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<OutreachGap> Gaps => Set<OutreachGap>();

    public DbSet<KnownArea> Areas => Set<KnownArea>();

    public DbSet<KnownOffer> Offers => Set<KnownOffer>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<OutreachCase> Outreaches => Set<OutreachCase>();

    public DbSet<OutreachStep> OutreachSteps => Set<OutreachStep>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Every service publishes through its own outbox, so every service model carries its tables.
        modelBuilder.AddOutboxModel();
        modelBuilder.AddAuditModel();
        modelBuilder.Entity<OutreachGap>(gap =>
        {
            gap.HasKey(g => new { g.TenantId, g.GapKey });
            gap.Property(g => g.GapKey).HasMaxLength(120);
            gap.Property(g => g.Category).HasMaxLength(40);
            gap.Property(g => g.AreaCode).HasMaxLength(32);
            gap.Property(g => g.Kind).HasMaxLength(16);
            gap.Property(g => g.Intervals).HasMaxLength(2000);
            // The version read is the UPDATE's condition: of two consumers that read the same older row
            // only one writes, the other is retried and re-reads (no provider-specific SQL needed).
            gap.Property(g => g.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<KnownArea>(area =>
        {
            area.HasKey(a => new { a.TenantId, a.Code });
            area.Property(a => a.Code).HasMaxLength(32);
            area.Property(a => a.Name).HasMaxLength(200);
            // As for gaps: an older centre read by a concurrent consumer cannot overwrite a newer one.
            area.Property(a => a.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<KnownOffer>(offer =>
        {
            offer.HasKey(o => new { o.TenantId, o.OfferId });
            // Agreements naming a facility look it up among the offers.
            offer.HasIndex(o => o.FacilityId);
            offer.Property(o => o.Category).HasMaxLength(40);
            // As for gaps: an older state read by a concurrent consumer cannot overwrite a newer one.
            offer.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Partner>(partner =>
        {
            partner.HasKey(p => p.Id);
            partner.HasIndex(p => new { p.TenantId, p.Key }).IsUnique();
            partner.Property(p => p.Key).HasMaxLength(270);
            partner.Property(p => p.Name).HasMaxLength(200);
            partner.Property(p => p.TradeRegisterNumber).HasMaxLength(60);
            partner.Property(p => p.Sector).HasMaxLength(10);
            partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            partner.Property(p => p.Sites).HasJsonConversion(immutable: true);
        });
        modelBuilder.Entity<Contact>(contact =>
        {
            contact.HasKey(c => c.Id);
            contact.HasIndex(c => c.PartnerId);
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Role).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Phone).HasMaxLength(30);
            contact.Property(c => c.RecordedBy).HasMaxLength(200);
            contact.Property(c => c.LegalBasis).HasConversion<string>().HasMaxLength(24);
        });
        modelBuilder.Entity<OutreachCase>(outreach =>
        {
            outreach.HasKey(o => o.Id);
            outreach.HasIndex(o => o.PartnerId);
            outreach.Property(o => o.GapKeys).HasJsonConversion();
            outreach.Property(o => o.Stage).HasConversion<string>().HasMaxLength(16);
            outreach.Property(o => o.ResumeStage).HasConversion<string>().HasMaxLength(16);
            outreach.Property(o => o.NextOwner).HasMaxLength(200);
        });
        modelBuilder.Entity<OutreachStep>(step =>
        {
            step.HasKey(s => s.Id);
            step.HasIndex(s => new { s.OutreachId, s.Number }).IsUnique();
            step.HasIndex(s => s.ContactId);
            step.Property(s => s.From).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.To).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.Note).HasMaxLength(4000);
            step.Property(s => s.Owner).HasMaxLength(200);
            step.Property(s => s.NextOwner).HasMaxLength(200);
            step.Property(s => s.RecordedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<Agreement>(agreement =>
        {
            agreement.HasKey(a => a.Id);
            agreement.HasIndex(a => a.OutreachId);
            agreement.Property(a => a.Kind).HasMaxLength(24);
            agreement.Property(a => a.PartnerIds).HasJsonConversion();
            agreement.Property(a => a.GapKeys).HasJsonConversion();
            // Kept as announced: the terms are read back whole, never queried by their parts.
            agreement.Property(a => a.Terms).HasJsonConversion(immutable: true);
            agreement.Property(a => a.Status).HasConversion<string>().HasMaxLength(8);
            agreement.Property(a => a.Rejection).HasJsonConversion(immutable: true);
            agreement.Property(a => a.CreatedBy).HasMaxLength(200);
        });
    }
}

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgreSqlPartnersDbContext(DbContextOptions<PostgreSqlPartnersDbContext> options, TenantContext tenant)
    : PartnersDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations.</summary>
public sealed class SqlServerPartnersDbContext(DbContextOptions<SqlServerPartnersDbContext> options, TenantContext tenant)
    : PartnersDbContext(options, tenant);

internal sealed class PostgreSqlDesignTimeFactory : PostgreSqlDesignTimeFactory<PostgreSqlPartnersDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerPartnersDbContext>;
