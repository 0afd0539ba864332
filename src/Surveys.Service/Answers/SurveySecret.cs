using System.Security.Cryptography;
using System.Text;
using GutAusgestattet.Surveys.Invitations;
using Microsoft.Extensions.Options;

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

    /// <summary>Why the service cannot start with this secret; null when it can.</summary>
    public string? Refusal()
    {
        if (ReceiptKey.Length >= MinBytes) return null;
        return $"Set Surveys:ReceiptSecret to a random secret of at least {MinBytes} bytes, known to the surveys service only.";
    }
}

public static class SurveySecret
{
    /// <summary>
    /// Checked when the service starts, in every environment and with no fallback; the migration run (<c>--migrate</c>)
    /// does not start the service and needs no secret.
    /// </summary>
    public static IServiceCollection AddSurveySecret(this IServiceCollection services)
    {
        services.AddOptions<SurveySecretOptions>().BindConfiguration("Surveys").ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveySecretOptions>, Check>();
        services.AddSingleton<ReceiptCodes>();
        services.AddSingleton<InvitationCodes>();
        return services;
    }

    private sealed class Check : IValidateOptions<SurveySecretOptions>
    {
        public ValidateOptionsResult Validate(string? name, SurveySecretOptions options) =>
            options.Refusal() is { } refusal ? ValidateOptionsResult.Fail(refusal) : ValidateOptionsResult.Success;
    }
}
