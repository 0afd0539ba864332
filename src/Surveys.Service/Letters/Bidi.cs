namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// Visual order for mixed right-to-left and left-to-right text. A PDF shows glyphs in the order
/// they are drawn, left to right, and PDFsharp does not reorder, so a line of Arabic must be drawn
/// reversed while numbers and Latin runs such as a link keep their own order. This follows the
/// Unicode Bidirectional Algorithm (UAX #9) for one paragraph without explicit embeddings: weak
/// types (W1–W7), neutrals (N1–N2), implicit levels (I1–I2), isolates (LRI, RLI, FSI … PDI, which
/// the letter texts put around every inserted value such as a phone number or an address), line
/// reordering (L2) and mirrored brackets (L4). Bidi control characters are dropped from the result.
/// </summary>
public sealed class Bidi
{
    private enum Type { L, R, AL, EN, AN, ES, ET, CS, NSM, WS, ON, Isolate, Pdi, Control }

    private const char Lri = '\u2066', Rli = '\u2067', Fsi = '\u2068', Pdi = '\u2069';

    private readonly string _text;
    private readonly byte _paragraphLevel;
    private readonly byte[] _levels;

    /// <param name="text">One paragraph in logical order (Arabic already shaped).</param>
    /// <param name="rightToLeft">The paragraph's base direction.</param>
    public Bidi(string text, bool rightToLeft)
    {
        _text = text;
        _paragraphLevel = (byte)(rightToLeft ? 1 : 0);
        _levels = new byte[text.Length];
        Resolve(0, text.Length, _paragraphLevel);
    }

    /// <summary>The line <c>[start, start + length)</c> of the paragraph in visual order, left to right.</summary>
    public string Line(int start, int length)
    {
        var order = Enumerable.Range(start, length).ToArray();
        var levels = _levels.AsSpan(start, length).ToArray();
        // L1: whitespace at the line's end takes the paragraph's level, so it stays at the end.
        for (var i = length - 1; i >= 0 && (char.IsWhiteSpace(_text[start + i]) || TypeOf(_text[start + i]) is Type.Control or Type.Isolate or Type.Pdi); i--)
            levels[i] = _paragraphLevel;
        if (levels.Length == 0) return "";

        // L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
        var lowestOdd = (byte)(levels.Min() | 1);
        for (var level = levels.Max(); level >= lowestOdd; level--)
        {
            for (var i = 0; i < length;)
            {
                if (levels[i] < level) { i++; continue; }
                var end = i;
                while (end < length && levels[end] >= level) end++;
                Array.Reverse(order, i, end - i);
                Array.Reverse(levels, i, end - i);
                i = end;
            }
        }

        var visual = new System.Text.StringBuilder(length);
        foreach (var index in order)
        {
            var c = _text[index];
            if (TypeOf(c) is Type.Control or Type.Isolate or Type.Pdi) continue;
            visual.Append(_levels[index] % 2 == 1 ? Mirrored(c) : c); // L4
        }
        return visual.ToString();
    }

    /// <summary>Resolves the levels of one isolating run sequence <c>[start, end)</c> at <paramref name="level"/>, its isolates recursively.</summary>
    private void Resolve(int start, int end, byte level)
    {
        // The sequence's own characters; an isolate counts as one neutral (its initiator and PDI), its content apart.
        var indices = new List<int>();
        for (var i = start; i < end; i++)
        {
            indices.Add(i);
            if (TypeOf(_text[i]) != Type.Isolate) continue;
            var close = MatchingPdi(i, end);
            var inner = _text[i] == Rli || _text[i] == Fsi && FirstStrongIsRightToLeft(i + 1, close)
                ? (byte)(level + 1 | 1)          // least odd level above
                : (byte)((level + 2) & ~1);      // least even level above
            Resolve(i + 1, close, inner);
            if (close < end) indices.Add(close);
            i = close;
        }

        var types = indices.Select(i => TypeOf(_text[i])).ToArray();
        var embedding = level % 2 == 1 ? Type.R : Type.L;
        var n = types.Length;

        // W1: a mark takes the type of what it sits on (a neutral after an isolate's ends).
        for (var i = 0; i < n; i++)
            if (types[i] == Type.NSM) types[i] = i == 0 ? embedding : types[i - 1] is Type.Isolate or Type.Pdi ? Type.ON : types[i - 1];
        // W2: a European number after Arabic letters is an Arabic number. W3: Arabic letters are R.
        var lastStrong = embedding;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is Type.L or Type.R or Type.AL) lastStrong = types[i];
            else if (types[i] == Type.EN && lastStrong == Type.AL) types[i] = Type.AN;
        }
        for (var i = 0; i < n; i++)
            if (types[i] == Type.AL) types[i] = Type.R;
        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i < n - 1; i++)
        {
            if (types[i] == Type.ES && types[i - 1] == Type.EN && types[i + 1] == Type.EN) types[i] = Type.EN;
            else if (types[i] == Type.CS && types[i - 1] is Type.EN or Type.AN && types[i + 1] == types[i - 1]) types[i] = types[i - 1];
        }
        // W5: terminators (%, €, #) next to a European number belong to it.
        for (var i = 0; i < n; i++)
        {
            if (types[i] != Type.ET) continue;
            var runEnd = i;
            while (runEnd < n && types[runEnd] == Type.ET) runEnd++;
            if (i > 0 && types[i - 1] == Type.EN || runEnd < n && types[runEnd] == Type.EN)
                for (var j = i; j < runEnd; j++) types[j] = Type.EN;
            i = runEnd - 1;
        }
        // W6: remaining separators and terminators are neutral. W7: a European number after L text is L.
        lastStrong = embedding;
        for (var i = 0; i < n; i++)
        {
            if (types[i] is Type.ES or Type.ET or Type.CS) types[i] = Type.ON;
            if (types[i] is Type.L or Type.R) lastStrong = types[i];
            else if (types[i] == Type.EN && lastStrong == Type.L) types[i] = Type.L;
        }
        // N1: neutrals between text of one direction take it (numbers count as R); N2: else the embedding direction.
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(types[i])) continue;
            var runEnd = i;
            while (runEnd < n && IsNeutral(types[runEnd])) runEnd++;
            var before = i == 0 ? embedding : Direction(types[i - 1]);
            var after = runEnd == n ? embedding : Direction(types[runEnd]);
            for (var j = i; j < runEnd; j++) types[j] = before == after ? before : embedding;
            i = runEnd - 1;
        }
        // I1, I2: implicit levels.
        for (var k = 0; k < n; k++)
        {
            _levels[indices[k]] = (level % 2, types[k]) switch
            {
                (0, Type.R) => (byte)(level + 1),
                (0, Type.AN or Type.EN) => (byte)(level + 2),
                (1, Type.L or Type.EN or Type.AN) => (byte)(level + 1),
                _ => level,
            };
        }
    }

    private static bool IsNeutral(Type type) => type is Type.WS or Type.ON or Type.Isolate or Type.Pdi or Type.Control;

    private static Type Direction(Type type) => type is Type.L ? Type.L : Type.R;

    private int MatchingPdi(int initiator, int end)
    {
        var depth = 0;
        for (var i = initiator + 1; i < end; i++)
        {
            if (TypeOf(_text[i]) == Type.Isolate) depth++;
            else if (_text[i] == Pdi && depth-- == 0) return i;
        }
        return end;
    }

    /// <summary>FSI: the isolate is right-to-left when its first strong character (outside nested isolates) is.</summary>
    private bool FirstStrongIsRightToLeft(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var type = TypeOf(_text[i]);
            if (type == Type.Isolate) i = MatchingPdi(i, end);
            else if (type == Type.L) return false;
            else if (type is Type.R or Type.AL) return true;
        }
        return false;
    }

    private static Type TypeOf(char c) => c switch
    {
        Lri or Rli or Fsi => Type.Isolate,
        Pdi => Type.Pdi,
        '\u200E' => Type.L, // left-to-right mark
        '\u200F' => Type.R, // right-to-left mark
        >= '\u202A' and <= '\u202E' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => Type.Control,
        >= '0' and <= '9' => Type.EN,
        '+' or '-' or '\u2212' => Type.ES,
        '#' or '$' or '%' or '°' or '€' or '£' or '\u2030' => Type.ET,
        ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' => Type.CS,
        ' ' or '\t' => Type.WS,
        >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C' => Type.AN,
        >= '\u06F0' and <= '\u06F9' => Type.EN, // extended Arabic-Indic digits (Persian, Urdu)
        >= '\u0590' and <= '\u05FF' => Type.R,
        >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE'
            => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark ? Type.NSM : Type.AL,
        _ when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => Type.NSM,
        _ when char.IsLetter(c) => Type.L,
        _ => Type.ON,
    };

    private static char Mirrored(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        _ => c,
    };
}
