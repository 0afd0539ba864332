namespace GutAusgestattet.Contracts.V1;

/// <summary>An area as other services need it: serving distances are measured between centres.</summary>
/// <param name="Name">The area's name as residents know it. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="Latitude">Latitude of the area's centre, WGS 84 degrees.</param>
/// <param name="Longitude">Longitude of the area's centre, WGS 84 degrees.</param>
public sealed record AreaState(string Name, double Latitude, double Longitude);
