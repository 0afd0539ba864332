namespace GutAusgestattet.Contracts.V1;

/// <summary>An area's name, centre or outline changed; carries its whole new state.</summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="AreaCode">The area's code, its key within the tenant; never changes.</param>
/// <param name="Version">Rises with every change of the area, so a consumer can drop an older event arriving late.</param>
/// <param name="Area">The area as other services need it: its name, and its centre, between which serving distances are measured.</param>
/// <param name="Outline">The area's boundary as GeoJSON text (see <see cref="AreaDefined"/>), null when only the centre is known.</param>
public sealed record AreaChanged(string TenantId, string AreaCode, int Version, AreaState Area, string? Outline = null) : ITenantEvent;
