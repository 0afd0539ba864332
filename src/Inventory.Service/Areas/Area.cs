using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GutAusgestattet.Inventory.Areas;

/// <summary>
/// One small area of the municipality (Ortsteil, district): offers and survey answers refer to it
/// by <see cref="Code"/>, and serving distances are measured between the areas' centres.
/// </summary>
public sealed class Area : ITenantOwned
{
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>Stable key within the tenant (see <see cref="AreaRules.CodePattern"/>); never changes.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>Latitude of the centre, WGS 84 degrees.</summary>
    public double Latitude { get; set; }

    /// <summary>Longitude of the centre, WGS 84 degrees.</summary>
    public double Longitude { get; set; }

    /// <summary>
    /// The boundary as <see cref="AreaOutline"/> text (GeoJSON Polygon or MultiPolygon, WGS 84); null when only the centre
    /// is known. Only Inventory keeps it: the other services measure between centres and never draw an area.
    /// </summary>
    public string? Outline { get; set; }

    /// <summary>Rises with every change, so consumers can drop a stale event that arrives late.</summary>
    public int Version { get; set; } = 1;

    public AreaState ToState() => new(Name, Latitude, Longitude);

    /// <summary>Whether <paramref name="input"/> would leave the area exactly as it is.</summary>
    public bool Matches(AreaInput input) => ToState() == input.State && Outline == input.OutlineOf(this);

    /// <summary>Takes over <paramref name="input"/> as a new version; the caller has seen that it does not <see cref="Matches"/>.</summary>
    public void Change(AreaInput input)
    {
        Outline = input.OutlineOf(this);
        Name = input.State.Name;
        Latitude = input.State.Latitude;
        Longitude = input.State.Longitude;
        Version++;
    }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.Property(a => a.Code).HasMaxLength(AreaRules.MaxCodeLength);
        area.Property(a => a.Name).HasMaxLength(AreaRules.MaxNameLength);
        area.Property(a => a.Version).IsConcurrencyToken();
        // No length: a boundary may have thousands of corners (text on PostgreSQL, nvarchar(max) on SQL Server).
        area.Property(a => a.Outline);
        // The code is the key planners and imports use; the tenant makes it unique.
        area.HasIndex(a => new { a.TenantId, a.Code }).IsUnique();
    }
}
