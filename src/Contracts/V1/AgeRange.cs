namespace GutAusgestattet.Contracts.V1;

/// <summary>Ages an offer takes, in months, both inclusive.</summary>
/// <param name="FromMonths">Youngest age taken, in months.</param>
/// <param name="ToMonths">Oldest age taken, in months.</param>
public sealed record AgeRange(int FromMonths, int ToMonths);
