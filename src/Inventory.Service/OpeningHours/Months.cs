namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>The month names of the OSM <c>opening_hours</c> grammar: Jan..Dec, numbered 1..12.</summary>
internal static class Months
{
    private static readonly string[] Names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static int? Number(string word) => Array.IndexOf(Names, word) is var index and >= 0 ? index + 1 : null;

    public static string Name(int month) => Names[month - 1];
}
