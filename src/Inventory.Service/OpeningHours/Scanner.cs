namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>Character-level reading shared by the parser and <see cref="UnsupportedSyntax"/>.</summary>
internal static class Scanner
{
    /// <summary>The run of ASCII letters starting at <paramref name="position"/>; empty when there is none.</summary>
    public static string WordAt(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text[position..end];
    }
}
