using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Receipt codes let a respondent without an account see and withdraw their answer. A code is an
/// HMAC of the response id under the surveys service's own secret (<see cref="SurveySecretOptions"/>), so it can be
/// shown again on a repeated submit without being stored; the database holds only its hash.
/// </summary>
public sealed class ReceiptCodes(IOptions<SurveySecretOptions> secret)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

    private readonly byte[] _key = secret.Value.ReceiptKey;

    /// <summary>16 characters in four groups, e.g. <c>K7QM-2XHD-9RTA-WB4C</c> (80 bits).</summary>
    public string For(Guid responseId)
    {
        var mac = HMACSHA256.HashData(_key, responseId.ToByteArray());
        var code = new StringBuilder(19);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 8 or 12) code.Append('-');
            code.Append(Alphabet[mac[i] % Alphabet.Length]);
        }
        return code.ToString();
    }

    /// <summary>The hash a code is looked up by; spacing, dashes and case do not matter.</summary>
    public static string Hash(string code)
    {
        var normal = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }
}
