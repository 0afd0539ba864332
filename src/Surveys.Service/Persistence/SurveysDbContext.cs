using GutAusgestattet.ServiceDefaults.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Responses;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Persistence;

public class SurveysDbContext(DbContextOptions options, TenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
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
