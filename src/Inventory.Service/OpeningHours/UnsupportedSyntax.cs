namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// Recognises the parts of the full OSM grammar that this subset refuses, so that the error says
/// "not supported" instead of a misleading "expected a time".
/// </summary>
internal static class UnsupportedSyntax
{
    private static readonly HashSet<string> VariableTimes = ["sunrise", "sunset", "dawn", "dusk"];

    public static string? At(string text, int position)
    {
        if (position >= text.Length)
        {
            return null;
        }

        var rest = text.AsSpan(position);
        return rest[0] switch
        {
            '"' => "comments are not supported",
            '+' => "open end '+' is not supported",
            '|' when rest.StartsWith("||") => "fallback rules '||' are not supported",
            '[' => "nth weekday '[…]' is not supported",
            '(' => "variable times '(…)' are not supported",
            _ when char.IsAsciiLetter(rest[0]) => Word(Scanner.WordAt(text, position)),
            _ when IsYear(rest) => $"year selector '{rest[..4]}' is not supported",
            _ => null,
        };
    }

    private static string? Word(string word) => word switch
    {
        _ when VariableTimes.Contains(word) => $"variable time '{word}' is not supported",
        "week" => "week numbers ('week') are not supported",
        "easter" => "'easter' is not supported",
        "open" or "unknown" => $"rule modifier '{word}' is not supported, only 'off'",
        "PH" => "public holidays are supported only as a rule of their own, 'PH off'",
        "SH" => "school holidays are supported only as a rule of their own, 'SH off'",
        _ => null,
    };

    // Four digits not followed by ':' start a year range (2024 Mo-Fr …) rather than a time.
    private static bool IsYear(ReadOnlySpan<char> rest) =>
        rest.Length >= 4
        && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
        && int.Parse(rest[..4]) is >= 1900 and <= 2999;
}
