using System.Security.Cryptography;
using System.Text;

namespace GutAusgestattet.Surveys.Invitations;

/// <summary>
/// Codes people type from a letter: 12 characters of Crockford's base 32 (no I, L, O or U, so
/// nothing is mistaken for 1 or 0), 60 random bits, shown in groups of four.
/// </summary>
public static class InvitationCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 12;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Hash of the code as typed: case, spaces and dashes do not matter, nor do the look-alikes I, L and O.</summary>
    public static string Hash(string typed)
    {
        var normalized = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            normalized.Append(c switch { 'I' or 'L' => '1', 'O' => '0', _ => c });
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized.ToString())));
    }
}
