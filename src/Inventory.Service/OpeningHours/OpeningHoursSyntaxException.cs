namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>Thrown by <see cref="OpeningHours.Parse"/> for text outside the supported opening_hours subset.</summary>
public sealed class OpeningHoursSyntaxException(OpeningHoursError error) : FormatException(error.Message)
{
    public OpeningHoursError Error { get; } = error;

    /// <summary>0-based index of the offending character in the input.</summary>
    public int Position => Error.Position;
}
