using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Areas;
using GutAusgestattet.Surveys.Employers;
using GutAusgestattet.Surveys.Invitations;
using GutAusgestattet.Surveys.Responses;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Waves;
using GutAusgestattet.Surveys.Weighting;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Persistence;

public class SurveysDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();

    public DbSet<KnownArea> Areas => Set<KnownArea>();

    public DbSet<ReservingAgreement> ReservingAgreements => Set<ReservingAgreement>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyVersion> SurveyVersions => Set<SurveyVersion>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<KnownCount> KnownCounts => Set<KnownCount>();

    public DbSet<SurveyStratum> Strata => Set<SurveyStratum>();

    public DbSet<ReweighRequest> ReweighRequests => Set<ReweighRequest>();

    public DbSet<SurveyPopulation> Populations => Set<SurveyPopulation>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Every service publishes through its own outbox, so every service model carries its tables.
        modelBuilder.AddOutboxModel();
        modelBuilder.AddAuditModel();
        modelBuilder.Entity<Invitation>(invitation =>
        {
            invitation.Property(i => i.CodeHash).HasMaxLength(InvitationCodes.MaxStoredLength);
            invitation.HasIndex(i => new { i.SurveyId, i.CodeHash }).IsUnique();
            // The public look-up knows only the code.
            invitation.HasIndex(i => i.CodeHash);
            invitation.Property(i => i.UsedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.Property(r => r.HouseholdType).HasMaxLength(16);
            response.OwnsMany(r => r.Needs, need =>
            {
                need.ToTable("Needs");
                need.WithOwner().HasForeignKey("ResponseId");
                need.HasKey(n => n.Id);
                need.Property(n => n.Category).HasMaxLength(40);
                need.Property(n => n.AreaCode).HasMaxLength(32);
            });
        });

        modelBuilder.Entity<KnownArea>(area =>
        {
            area.HasKey(a => new { a.TenantId, a.Code });
            area.Property(a => a.Code).HasMaxLength(32);
            area.Property(a => a.Name).HasMaxLength(200);
            // The version read is the UPDATE's condition: of two consumers that read the same older row
            // only one writes, the other is retried and re-reads (no provider-specific SQL needed).
            area.Property(a => a.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<ReservingAgreement>(agreement =>
        {
            agreement.HasKey(a => a.AgreementId);
            agreement.OwnsMany(a => a.Employers, employer =>
            {
                employer.ToTable("ReservingEmployers");
                employer.WithOwner().HasForeignKey("AgreementId");
                employer.HasKey("AgreementId", nameof(ReservingEmployer.PartnerId));
                employer.Property(e => e.Name).HasMaxLength(200);
            });
        });

        modelBuilder.Entity<Survey>(survey =>
        {
            survey.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            survey.Property(s => s.Population).HasMaxLength(SurveyPopulation.MaxNameLength);
            survey.HasIndex(s => new { s.TenantId, s.Population });
        });
        modelBuilder.Entity<SurveyPopulation>(population =>
        {
            population.HasKey(p => new { p.TenantId, p.Name });
            population.Property(p => p.Name).HasMaxLength(SurveyPopulation.MaxNameLength);
            population.Property(p => p.Revision).IsConcurrencyToken();
        });

        modelBuilder.Entity<SurveyVersion>(version =>
        {
            version.HasKey(v => new { v.SurveyId, v.Version });
            version.HasOne<Survey>().WithMany().HasForeignKey(v => v.SurveyId).OnDelete(DeleteBehavior.Cascade);
            version.Property(v => v.Definition).HasJsonConversion();
            version.Ignore(v => v.IsFrozen);
        });

        modelBuilder.Entity<Answer>(answer =>
        {
            answer.HasOne<Survey>().WithMany().HasForeignKey(a => a.SurveyId).OnDelete(DeleteBehavior.Restrict);
            answer.Property(a => a.AreaCode).HasMaxLength(32);
            answer.Property(a => a.HouseholdType).HasMaxLength(16);
            answer.HasIndex(a => new { a.SurveyId, a.AreaCode, a.HouseholdType });
            answer.Property(a => a.Language).HasMaxLength(2);
            answer.Property(a => a.ConsentVersion).HasMaxLength(40);
            answer.Property(a => a.ConsentLanguage).HasMaxLength(2);
            answer.Property(a => a.IdempotencyKey).HasMaxLength(100);
            answer.Property(a => a.RequestHash).HasMaxLength(64);
            answer.Property(a => a.ReceiptHash).HasMaxLength(64);
            answer.HasIndex(a => new { a.SurveyId, a.IdempotencyKey }).IsUnique();
            answer.HasIndex(a => a.ReceiptHash).IsUnique();
            answer.Property(a => a.Payload).HasJsonConversion();
        });

        modelBuilder.Entity<KnownCount>(count =>
        {
            count.HasKey(c => new { c.TenantId, c.AreaCode, c.HouseholdType });
            count.Property(c => c.AreaCode).HasMaxLength(32);
            count.Property(c => c.HouseholdType).HasMaxLength(16);
        });

        modelBuilder.Entity<SurveyStratum>(stratum =>
        {
            stratum.HasKey(s => new { s.SurveyId, s.AreaCode, s.HouseholdType });
            stratum.HasOne<Survey>().WithMany().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Restrict);
            stratum.Property(s => s.AreaCode).HasMaxLength(32);
            stratum.Property(s => s.HouseholdType).HasMaxLength(16);
        });
        modelBuilder.Entity<ReweighRequest>(request =>
        {
            request.Property(r => r.AreaCode).HasMaxLength(32);
            request.Property(r => r.HouseholdType).HasMaxLength(16);
        });
    }
}

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgreSqlSurveysDbContext(DbContextOptions<PostgreSqlSurveysDbContext> options, TenantContext tenant)
    : SurveysDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations.</summary>
public sealed class SqlServerSurveysDbContext(DbContextOptions<SqlServerSurveysDbContext> options, TenantContext tenant)
    : SurveysDbContext(options, tenant);

internal sealed class PostgreSqlDesignTimeFactory : PostgreSqlDesignTimeFactory<PostgreSqlSurveysDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerSurveysDbContext>;
