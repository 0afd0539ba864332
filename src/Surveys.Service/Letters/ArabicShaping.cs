namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// Arabic contextual shaping for PDF text. PDFsharp maps each character to one glyph through the
/// font's character map and applies none of the font's shaping tables, so an Arabic letter would
/// always show its isolated form. Here each letter becomes the presentation form (Unicode's
/// Arabic Presentation Forms-B) it takes in its word — isolated, final, initial or medial — and
/// lam followed by alef becomes the obligatory lam-alef ligature. The result is still in logical
/// order; <see cref="Bidi"/> puts it in visual order.
/// </summary>
public static class ArabicShaping
{
    private enum Joining { None, Right, Dual, Causing, Transparent }

    private sealed record Letter(Joining Joining, char Isolated)
    {
        // Presentation Forms-B lists a letter's forms one after another: isolated, final, initial, medial.
        public char Form(bool joinsBefore, bool joinsAfter) => (char)(Isolated + (joinsBefore, joinsAfter) switch
        {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        });
    }

    private static readonly Dictionary<char, Letter> Letters = new()
    {
        ['\u0621'] = new(Joining.None, '\uFE80'),  // hamza
        ['\u0622'] = new(Joining.Right, '\uFE81'), // alef with madda
        ['\u0623'] = new(Joining.Right, '\uFE83'), // alef with hamza above
        ['\u0624'] = new(Joining.Right, '\uFE85'), // waw with hamza
        ['\u0625'] = new(Joining.Right, '\uFE87'), // alef with hamza below
        ['\u0626'] = new(Joining.Dual, '\uFE89'),  // yeh with hamza
        ['\u0627'] = new(Joining.Right, '\uFE8D'), // alef
        ['\u0628'] = new(Joining.Dual, '\uFE8F'),  // beh
        ['\u0629'] = new(Joining.Right, '\uFE93'), // teh marbuta
        ['\u062A'] = new(Joining.Dual, '\uFE95'),  // teh
        ['\u062B'] = new(Joining.Dual, '\uFE99'),  // theh
        ['\u062C'] = new(Joining.Dual, '\uFE9D'),  // jeem
        ['\u062D'] = new(Joining.Dual, '\uFEA1'),  // hah
        ['\u062E'] = new(Joining.Dual, '\uFEA5'),  // khah
        ['\u062F'] = new(Joining.Right, '\uFEA9'), // dal
        ['\u0630'] = new(Joining.Right, '\uFEAB'), // thal
        ['\u0631'] = new(Joining.Right, '\uFEAD'), // reh
        ['\u0632'] = new(Joining.Right, '\uFEAF'), // zain
        ['\u0633'] = new(Joining.Dual, '\uFEB1'),  // seen
        ['\u0634'] = new(Joining.Dual, '\uFEB5'),  // sheen
        ['\u0635'] = new(Joining.Dual, '\uFEB9'),  // sad
        ['\u0636'] = new(Joining.Dual, '\uFEBD'),  // dad
        ['\u0637'] = new(Joining.Dual, '\uFEC1'),  // tah
        ['\u0638'] = new(Joining.Dual, '\uFEC5'),  // zah
        ['\u0639'] = new(Joining.Dual, '\uFEC9'),  // ain
        ['\u063A'] = new(Joining.Dual, '\uFECD'),  // ghain
        ['\u0641'] = new(Joining.Dual, '\uFED1'),  // feh
        ['\u0642'] = new(Joining.Dual, '\uFED5'),  // qaf
        ['\u0643'] = new(Joining.Dual, '\uFED9'),  // kaf
        ['\u0644'] = new(Joining.Dual, '\uFEDD'),  // lam
        ['\u0645'] = new(Joining.Dual, '\uFEE1'),  // meem
        ['\u0646'] = new(Joining.Dual, '\uFEE5'),  // noon
        ['\u0647'] = new(Joining.Dual, '\uFEE9'),  // heh
        ['\u0648'] = new(Joining.Right, '\uFEED'), // waw
        // Alef maksura joins on both sides in Unicode, but Forms-B has only its isolated and final
        // forms; in Arabic it ends words, so it is shaped as joining to the right only.
        ['\u0649'] = new(Joining.Right, '\uFEEF'),
        ['\u064A'] = new(Joining.Dual, '\uFEF1'),  // yeh
    };

    private const char Lam = '\u0644';

    /// <summary>Alef (with madda, hamza above, hamza below, plain) → the isolated lam-alef ligature; its final form follows it.</summary>
    private static readonly Dictionary<char, char> LamAlef = new()
    {
        ['\u0622'] = '\uFEF5', ['\u0623'] = '\uFEF7', ['\u0625'] = '\uFEF9', ['\u0627'] = '\uFEFB',
    };

    private static Joining JoiningOf(char c) => c switch
    {
        _ when Letters.TryGetValue(c, out var letter) => letter.Joining,
        '\u0640' or '\u200D' => Joining.Causing, // tatweel, zero width joiner
        // Harakat and other Arabic marks sit on their letter and do not break the joining.
        >= '\u0610' and <= '\u061A' or >= '\u064B' and <= '\u065F' or '\u0670' => Joining.Transparent,
        _ => Joining.None,
    };

    public static string Shape(string text)
    {
        if (!text.Any(Letters.ContainsKey)) return text;
        var shaped = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!Letters.TryGetValue(text[i], out var letter))
            {
                shaped.Append(text[i]);
                continue;
            }
            var before = Neighbour(text, i, -1);
            var after = Neighbour(text, i, +1);
            var joinsBefore = letter.Joining != Joining.None && before >= 0 && JoiningOf(text[before]) is Joining.Dual or Joining.Causing;
            if (text[i] == Lam && after >= 0 && LamAlef.TryGetValue(text[after], out var ligature))
            {
                // The ligature joins like the alef it ends with: to the right only.
                shaped.Append(joinsBefore ? (char)(ligature + 1) : ligature);
                shaped.Append(text, i + 1, after - i - 1); // marks between lam and alef stay with the pair
                i = after;
                continue;
            }
            var joinsAfter = letter.Joining == Joining.Dual && after >= 0 && JoiningOf(text[after]) is Joining.Dual or Joining.Right or Joining.Causing;
            shaped.Append(letter.Form(joinsBefore, joinsAfter));
        }
        return shaped.ToString();
    }

    /// <summary>The nearest character in <paramref name="step"/>'s direction that is not a transparent mark; −1 at the text's end.</summary>
    private static int Neighbour(string text, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < text.Length; i += step)
            if (JoiningOf(text[i]) != Joining.Transparent) return i;
        return -1;
    }
}
