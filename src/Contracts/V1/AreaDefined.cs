namespace GutAusgestattet.Contracts.V1;

/// <summary>A small area (Ortsteil, district) of the tenant was defined; answers and offers refer to it by code.</summary>
public sealed record AreaDefined(string TenantId, string AreaCode, int Version, AreaState Area) : ITenantEvent;

/// <summary>An area's name or centre changed; carries its whole new state.</summary>
public sealed record AreaChanged(string TenantId, string AreaCode, int Version, AreaState Area) : ITenantEvent;

/// <summary>An area as other services need it: serving distances are measured between centres.</summary>
/// <param name="Name">The area's name as residents know it. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="Latitude">Latitude of the area's centre, WGS 84 degrees.</param>
/// <param name="Longitude">Longitude of the area's centre, WGS 84 degrees.</param>
public sealed record AreaState(string Name, double Latitude, double Longitude);
