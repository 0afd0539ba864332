using System.Security.Cryptography;
using System.Text;
using GutAusgestattet.Surveys.Invitations;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// The secret behind receipt codes and stored invitation codes (<c>Surveys:ReceiptSecret</c>). Only the surveys service
/// has it: a key taken from another service (the tokens' signing key above all) opens no household's answers.
/// </summary>
public sealed class SurveySecretOptions
{
    public const string Setting = "Surveys:ReceiptSecret";

    /// <summary>As long as the HMAC-SHA256 output: a shorter secret is easier to guess than the codes it derives.</summary>
    public const int MinBytes = 32;

    public string ReceiptSecret { get; set; } = "";

    /// <summary>The secret itself, as before the invitations used it too, so receipt codes already handed out stay the same.</summary>
    public byte[] ReceiptKey => Encoding.UTF8.GetBytes(ReceiptSecret);

    /// <summary>A sub-key, so that no invitation hash is ever a receipt code or the other way round.</summary>
    public byte[] InvitationKey => HMACSHA256.HashData(ReceiptKey, "invitation"u8);
}

public static class SurveySecret
{
    /// <summary>
    /// Checked when the service starts, in every environment and with no fallback; the migration run (<c>--migrate</c>)
    /// does not start the service and needs no secret.
    /// </summary>
    public static IServiceCollection AddSurveySecret(this IServiceCollection services)
    {
        services.AddOptions<SurveySecretOptions>().BindConfiguration("Surveys")
            .Validate(o => o.ReceiptKey.Length >= SurveySecretOptions.MinBytes,
                $"Set {SurveySecretOptions.Setting} to a random secret of at least {SurveySecretOptions.MinBytes} bytes, known to the surveys service only.")
            .ValidateOnStart();
        services.AddSingleton<ReceiptCodes>();
        services.AddSingleton<InvitationCodes>();
        return services;
    }
}
