namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>Why an opening_hours text was refused.</summary>
/// <param name="Position">0-based index of the offending character in the input.</param>
/// <param name="Message">What was expected or is not supported, ending with the position.</param>
public sealed record OpeningHoursError(int Position, string Message)
{
    internal static OpeningHoursError At(int position, string description) => new(position, $"{description} at position {position}");
}
