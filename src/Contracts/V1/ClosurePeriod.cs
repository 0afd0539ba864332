namespace GutAusgestattet.Contracts.V1;

/// <summary>A period an offer is closed, both dates inclusive.</summary>
/// <param name="From">First closed day.</param>
/// <param name="To">Last closed day.</param>
/// <param name="Reason">Why, e.g. "Sommerschließung"; null when not given. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
public sealed record ClosurePeriod(DateOnly From, DateOnly To, string? Reason = null);
