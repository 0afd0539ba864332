using System.Security.Cryptography;
using System.Text;
using GutAusgestattet.Surveys.Answers;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.Surveys.Invitations;

/// <summary>
/// Codes people type from a letter: 12 characters of Crockford's base 32 (no I, L, O or U, so
/// nothing is mistaken for 1 or 0), 60 random bits, shown in groups of four. Stored as an HMAC under
/// the surveys service's secret: 60 bits hashed without a key could be found again from a leaked table.
/// </summary>
public sealed class InvitationCodes(IOptions<SurveySecretOptions> secret)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 12;

    /// <summary>
    /// Marks the rows stored before the HMAC as plain SHA-256 (migration InvitationCodesHmac): their letters are out, so
    /// they still answer, until their surveys close; a migration cannot recompute them without the secret.
    /// </summary>
    public const string LegacyPrefix = "sha256:";

    public const int MaxStoredLength = 71; // LegacyPrefix and 64 hex digits

    private readonly byte[] _key = secret.Value.InvitationKey;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>What is stored for the code as typed: case, spaces and dashes do not matter, nor do the look-alikes I, L and O.</summary>
    public string Hash(string typed) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Normalized(typed)));

    /// <summary>The invitations stored for the code as typed, whether as HMAC or, from before it, as marked SHA-256.</summary>
    public IQueryable<Invitation> Matching(IQueryable<Invitation> invitations, string typed)
    {
        var hash = Hash(typed);
        var legacy = LegacyPrefix + Convert.ToHexStringLower(SHA256.HashData(Normalized(typed)));
        return invitations.Where(i => i.CodeHash == hash || i.CodeHash == legacy);
    }

    private static byte[] Normalized(string typed)
    {
        var normalized = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            normalized.Append(c switch { 'I' or 'L' => '1', 'O' => '0', _ => c });
        }
        return Encoding.ASCII.GetBytes(normalized.ToString());
    }
}
