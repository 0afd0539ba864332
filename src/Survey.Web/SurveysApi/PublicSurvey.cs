namespace GutAusgestattet.SurveyWeb.SurveysApi;

/// <summary>A published survey in one language, as Surveys.Service's <c>GET /public/surveys/{id}</c> gives it.</summary>
/// <param name="InvitationRequired">Only the codes from the letters answer it: the open link explains and leads to the code entry.</param>
/// <param name="Employers">The employers a household may name: the municipality's partners with places reserved for their staff. None
/// (or a service that predates them): the question is not asked.</param>
/// <param name="Workplaces">The other municipalities sharing the platform that a workplace may lie in, with their areas; none (or a
/// service that predates them): only the own <see cref="Areas"/> are offered.</param>
public sealed record PublicSurvey(
    Guid Id, int Version, string TenantId, string Language, IReadOnlyList<string> Languages, string Title, string ConsentVersion, string ConsentText,
    IReadOnlyList<PublicQuestion> Questions, IReadOnlyList<PublicChoice> Areas, IReadOnlyList<PublicChoice> Categories,
    IReadOnlyList<string> AgeBands, IReadOnlyList<string> Urgencies, IReadOnlyList<string> MetToday,
    Responsible? Responsible, int RetentionDays, bool InvitationRequired = false, IReadOnlyList<Employer>? Employers = null,
    IReadOnlyList<WorkplaceMunicipality>? Workplaces = null)
{
    public PublicQuestion? Question(string id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>The planner's own questions, after the template's.</summary>
    public IEnumerable<PublicQuestion> CustomQuestions => Questions.Where(q => !StandardQuestionIds.Contains(q.Id));

    public static readonly IReadOnlySet<string> StandardQuestionIds = new HashSet<string> { "householdType", "areaCode", "awayDays", "needs", "languages" };
}

public sealed record PublicQuestion(string Id, string Type, bool Required, string Text, IReadOnlyList<PublicChoice>? Choices);

public sealed record PublicChoice(string Value, string Text);

/// <summary>A partner whose staff have places reserved: its id is the answer's <c>employerId</c>.</summary>
public sealed record Employer(Guid Id, string Name);

/// <summary>Another municipality sharing the platform, named as its own survey names the municipality responsible, with its areas.</summary>
public sealed record WorkplaceMunicipality(string Ags, string Name, IReadOnlyList<PublicChoice> Areas);

/// <summary>Who is responsible for the processing (Art. 13 GDPR).</summary>
public sealed record Responsible(string Municipality, string Office, string Address, string Email, string? Phone, string? DataProtectionOfficer);

/// <summary>What an invitation code stands for (<c>GET /public/invitations</c> with the code in its header).</summary>
public sealed record InvitationInfo(Guid SurveyId, string TenantId, bool Used, string SurveyStatus);

/// <summary>The receipt of a stored answer.</summary>
public sealed record Receipt(Guid ResponseId, Guid SurveyId, int SurveyVersion, string ReceiptCode, DateTimeOffset ReceivedAt);

/// <summary>A stored answer as its respondent may see it (Art. 15 GDPR); <see cref="Answers"/> is null once the retention period removed the raw answer.</summary>
public sealed record ReceiptView(Guid ResponseId, Guid SurveyId, int SurveyVersion, string Language, DateTimeOffset ReceivedAt, SubmittedAnswer? Answers, DateTimeOffset? RawDeletedAt);
