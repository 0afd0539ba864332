namespace GutAusgestattet.Contracts.V1;

/// <summary>A small area (Ortsteil, district) of the tenant was defined; answers and offers refer to it by code.</summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AreaCode">The area's code, its key within the tenant; never changes.</param>
/// <param name="Version">Rises with every change of the area, so a consumer can drop an older event arriving late.</param>
/// <param name="Area">The area as other services need it: its name, and its centre, between which serving distances are measured.</param>
/// <param name="Outline">The area's boundary as GeoJSON text (a Polygon or MultiPolygon geometry, WGS 84), null when only the
/// centre is known. Up to 50,000 corners (Inventory refuses larger), so an event may reach about 1–2 MB: consumers that only
/// measure between centres ignore it. Added compatibly: events published before it have none.</param>
public sealed record AreaDefined(string TenantId, string AreaCode, int Version, AreaState Area, string? Outline = null) : ITenantEvent;
