namespace GutAusgestattet.Contracts.V1;

/// <summary>The facility an offer belongs to.</summary>
/// <param name="FacilityId">The facility's id in the inventory.</param>
/// <param name="Name">The facility's name. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="OperatorType"><c>municipal</c>, <c>welfare</c> (church or welfare association), <c>private</c>, <c>company</c> or <c>other</c>.</param>
/// <param name="Latitude">WGS 84 latitude of the facility.</param>
/// <param name="Longitude">WGS 84 longitude of the facility.</param>
public sealed record FacilityState(Guid FacilityId, string Name, string OperatorType, double Latitude, double Longitude);
