using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.Gaps.Regions;
using GutAusgestattet.Gaps.SchoolHolidays;
using GutAusgestattet.Messaging;
using GutAusgestattet.Persistence;
using GutAusgestattet.Persistence.Audit;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Persistence;

public class GapsDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<OfferSupply> Offers => Set<OfferSupply>();

    public DbSet<DemandRecord> Demand => Set<DemandRecord>();

    public DbSet<StratumWeight> StratumWeights => Set<StratumWeight>();

    public DbSet<PlannedOfferChange> PlannedChanges => Set<PlannedOfferChange>();

    public DbSet<ReportedResponse> Responses => Set<ReportedResponse>();

    public DbSet<SurveyWave> SurveyWaves => Set<SurveyWave>();

    /// <summary>
    /// The demand that counts in the gaps: every item but those of a superseded survey wave (<see cref="SurveyWave"/>), so that a household
    /// that answered two waves of a population counts once. Demand recorded without a survey always counts.
    /// </summary>
    public IQueryable<DemandRecord> CountingDemand =>
        Demand.Where(d => d.SurveyId == null || !SurveyWaves.Any(w => w.SurveyId == d.SurveyId && w.Superseded));

    public DbSet<AreaCentre> Areas => Set<AreaCentre>();

    public DbSet<ServingDistance> ServingDistances => Set<ServingDistance>();

    public DbSet<SchoolHoliday> SchoolHolidays => Set<SchoolHoliday>();

    public DbSet<GapHistoryEntry> GapHistory => Set<GapHistoryEntry>();

    public DbSet<Gap> Gaps => Set<Gap>();

    public DbSet<GapCell> Cells => Set<GapCell>();

    public DbSet<PendingChange> PendingChanges => Set<PendingChange>();

    public DbSet<ImportProgress> Imports => Set<ImportProgress>();

    public DbSet<RegionalConsent> RegionalConsents => Set<RegionalConsent>();

    public DbSet<RegionalSnapshot> RegionalSnapshots => Set<RegionalSnapshot>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Every service publishes through its own outbox, so every service model carries its tables.
        modelBuilder.AddOutboxModel();
        modelBuilder.AddAuditModel();
        modelBuilder.Entity<OfferSupply>(offer =>
        {
            offer.HasKey(o => o.OfferId);
            offer.Property(o => o.Category).HasMaxLength(40);
            offer.Property(o => o.AreaCode).HasMaxLength(32);
            offer.HasIndex(o => new { o.TenantId, o.Category, o.AreaCode });
            offer.Property(o => o.State).HasJsonConversion(immutable: true);
            // The version read is the UPDATE's condition: two consumers that read the same older row
            // cannot both write, the loser is retried and re-reads. A conditional ExecuteUpdate alone
            // would not do: the categories to recalculate depend on the state that was replaced.
            offer.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PlannedOfferChange>(change =>
        {
            change.HasKey(c => c.ChangeId);
            change.Property(c => c.Planned).HasJsonConversion(immutable: true);
            change.HasIndex(c => new { c.TenantId, c.OfferId });
        });
        modelBuilder.Entity<ReportedResponse>(response =>
        {
            response.HasKey(r => r.ResponseId);
            response.Property(r => r.Claims).IsConcurrencyToken();
        });
        modelBuilder.Entity<SurveyWave>(wave =>
        {
            wave.HasKey(w => w.SurveyId);
            wave.Property(w => w.Population).HasMaxLength(120); // Surveys' SurveyPopulation.MaxNameLength
        });
        modelBuilder.Entity<AreaCentre>(area =>
        {
            area.HasKey(a => new { a.TenantId, a.Code });
            area.Property(a => a.Code).HasMaxLength(32);
            area.Property(a => a.Name).HasMaxLength(200); // Inventory's AreaRules.MaxNameLength
            // No length: a boundary may have up to 50,000 corners (text on PostgreSQL, nvarchar(max) on SQL Server).
            area.Property(a => a.Outline);
            // As for offers: an older centre read by a concurrent consumer cannot overwrite a newer one.
            area.Property(a => a.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<SchoolHoliday>(holiday =>
        {
            holiday.HasIndex(h => new { h.TenantId, h.From });
            holiday.Property(h => h.Name).HasMaxLength(HolidayPeriod.MaxName);
        });
        modelBuilder.Entity<ServingDistance>(distance =>
        {
            distance.HasKey(d => new { d.TenantId, d.Category });
            distance.Property(d => d.Category).HasMaxLength(40);
        });
        modelBuilder.Entity<GapHistoryEntry>(entry =>
        {
            entry.Property(e => e.GapKey).HasMaxLength(120);
            entry.Property(e => e.Event).HasMaxLength(16);
            entry.HasIndex(e => new { e.TenantId, e.GapKey, e.Version });
            // "What changed since" reads a municipality's history after a moment; without it, every row of its history.
            entry.HasIndex(e => new { e.TenantId, e.At });
        });
        modelBuilder.Entity<DemandRecord>(demand =>
        {
            demand.HasKey(d => d.DemandId);
            demand.Property(d => d.Category).HasMaxLength(40);
            demand.Property(d => d.AreaCode).HasMaxLength(32);
            demand.HasIndex(d => new { d.TenantId, d.Category, d.AreaCode });
            demand.HasIndex(d => new { d.TenantId, d.ResponseId });
            demand.Property(d => d.HouseholdType).HasMaxLength(16);
            demand.Property(d => d.Windows).HasJsonConversion();
            demand.Property(d => d.Languages).HasJsonConversion();
            demand.HasIndex(d => new { d.TenantId, d.SurveyId, d.AreaCode, d.HouseholdType });
            demand.Property(d => d.WorkplaceAgs).HasMaxLength(8);
            // The receiving municipality looks for demand naming it across the others.
            demand.HasIndex(d => d.WorkplaceAgs);
        });
        modelBuilder.Entity<StratumWeight>(stratum =>
        {
            stratum.HasKey(s => new { s.TenantId, s.SurveyId, s.AreaCode, s.HouseholdType });
            stratum.Property(s => s.AreaCode).HasMaxLength(32);
            stratum.Property(s => s.HouseholdType).HasMaxLength(16);
            stratum.Property(s => s.Claims).IsConcurrencyToken();
        });
        modelBuilder.Entity<Gap>(gap =>
        {
            gap.Property(g => g.Key).HasMaxLength(120);
            gap.Property(g => g.Category).HasMaxLength(40);
            gap.Property(g => g.AreaCode).HasMaxLength(32);
            gap.Property(g => g.Kind).HasConversion<string>().HasMaxLength(16);
            gap.Property(g => g.Intervals).HasMaxLength(2000);
            // "short-term" and up to a few dozen two-letter language codes.
            gap.Property(g => g.Missing).HasMaxLength(400);
            gap.Property(g => g.Version).IsConcurrencyToken();
            gap.HasIndex(g => new { g.TenantId, g.Key, g.Version }).IsUnique();
        });
        modelBuilder.Entity<GapCell>(cell =>
        {
            cell.HasKey(c => new { c.TenantId, c.Category });
            cell.Property(c => c.Category).HasMaxLength(40);
            cell.HasIndex(c => new { c.Dirty, c.Week });
        });
        modelBuilder.Entity<PendingChange>(change =>
        {
            change.Property(c => c.Category).HasMaxLength(40);
            change.Property(c => c.Item).HasConversion<string>().HasMaxLength(8);
            change.Property(c => c.AreaCode).HasMaxLength(32);
            change.Property(c => c.HouseholdType).HasMaxLength(16);
            change.HasIndex(c => new { c.TenantId, c.Category });
        });
        modelBuilder.Entity<ImportProgress>(import =>
        {
            import.HasKey(i => new { i.TenantId, i.ImportId, i.Event });
            import.Property(i => i.Event).HasMaxLength(48);
        });
        modelBuilder.Entity<RegionalConsent>(consent => consent.HasKey(c => c.TenantId));
        modelBuilder.Entity<RegionalSnapshot>(snapshot =>
        {
            snapshot.HasKey(s => new { s.District, s.Week });
            snapshot.Property(s => s.District).HasMaxLength(5);
            snapshot.Property(s => s.Gaps).HasJsonConversion(immutable: true);
        });
    }
}

/// <summary>The PostgreSQL flavour, with its own migrations.</summary>
public sealed class PostgreSqlGapsDbContext(DbContextOptions<PostgreSqlGapsDbContext> options, TenantContext tenant)
    : GapsDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations.</summary>
public sealed class SqlServerGapsDbContext(DbContextOptions<SqlServerGapsDbContext> options, TenantContext tenant)
    : GapsDbContext(options, tenant);

internal sealed class PostgreSqlDesignTimeFactory : PostgreSqlDesignTimeFactory<PostgreSqlGapsDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerGapsDbContext>;
