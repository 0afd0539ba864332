namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Languages as open data writes them — ISO 639-1 codes (<c>de;da</c>) or German and English names
/// (<c>Dänisch</c>, <c>deutsch/dänisch</c>) — as ISO 639-1 codes. Languages without a two-letter code
/// (North Frisian, Sorbian) and unknown names are left out, each named for a warning.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deutsch"] = "de", ["german"] = "de", ["dänisch"] = "da", ["daenisch"] = "da", ["danish"] = "da", ["dansk"] = "da",
        ["englisch"] = "en", ["english"] = "en", ["französisch"] = "fr", ["french"] = "fr", ["polnisch"] = "pl", ["polish"] = "pl",
        ["türkisch"] = "tr", ["turkish"] = "tr", ["russisch"] = "ru", ["russian"] = "ru", ["ukrainisch"] = "uk", ["ukrainian"] = "uk",
        ["arabisch"] = "ar", ["arabic"] = "ar", ["spanisch"] = "es", ["spanish"] = "es", ["italienisch"] = "it", ["italian"] = "it",
        ["niederländisch"] = "nl", ["dutch"] = "nl", ["portugiesisch"] = "pt", ["portuguese"] = "pt", ["griechisch"] = "el", ["greek"] = "el",
        ["kroatisch"] = "hr", ["serbisch"] = "sr", ["bosnisch"] = "bs", ["albanisch"] = "sq", ["rumänisch"] = "ro", ["bulgarisch"] = "bg",
        ["ungarisch"] = "hu", ["tschechisch"] = "cs", ["persisch"] = "fa", ["farsi"] = "fa", ["kurdisch"] = "ku", ["vietnamesisch"] = "vi",
        ["chinesisch"] = "zh", ["westfriesisch"] = "fy",
    };

    private static readonly char[] Separators = [';', ',', '/', '|', '+', '&', ' '];

    /// <summary>The codes of a field (<c>de;da</c>, <c>Deutsch und Dänisch</c>); <paramref name="unknown"/> names what is none.</summary>
    public static IReadOnlyList<string> Read(string? field, List<string> unknown)
    {
        var codes = new List<string>();
        foreach (var word in (field ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.Equals("und", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            var code = Code(word);
            if (code is null) unknown.Add(word);
            else if (!codes.Contains(code)) codes.Add(code);
        }
        return codes;
    }

    /// <summary>The ISO 639-1 code of a code in any case or a name; null for anything else.</summary>
    public static string? Code(string word) =>
        word.Length == 2 && word.All(char.IsAsciiLetter) ? word.ToLowerInvariant() : Codes.GetValueOrDefault(word);
}
