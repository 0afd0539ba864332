using System.Text;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Http;
using GutAusgestattet.Surveys.Invitations;
using GutAusgestattet.Surveys.Letters;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Apis;

/// <summary>
/// What a planner prints or shows to reach households: invitation letters, each with its own
/// one-time code and QR code, and a poster and a QR code for the open link. All of them link to
/// the public survey web, whose address is the setting <see cref="PublicLinks.Setting"/>; without
/// it they answer 503. Another tenant's survey answers 404 like a missing one.
/// </summary>
public static class LettersApi
{
    public static IEndpointRouteBuilder MapLettersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/surveys/{id:guid}").RequireAuthorization(Policies.Planner).WithTags("Surveys");
        api.MapPost("/invitations/letters", PrintLetters).ProducesProblem(StatusCodes.Status503ServiceUnavailable).Produces(StatusCodes.Status200OK, typeof(Stream), "application/pdf")
            .WithDescription("Issues a batch of one-time codes as POST /invitations does and returns them as letters, one A4 page per code "
                + "in the chosen language (one of the newest version's languages): why the survey is done, that it is voluntary and anonymous, "
                + "the link {PublicBaseUrl}/i/{code} printed and as a QR code, the code, and whom to ask. The codes are shown only in this PDF.");
        api.MapGet("/poster.pdf", PrintPoster).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable).Produces(StatusCodes.Status200OK, typeof(Stream), "application/pdf")
            .WithDescription("An A4 poster for the open link {PublicBaseUrl}/{ags}/{id} with a large QR code; language=de (default) or another "
                + "of the published version's languages. The survey must be published.");
        api.MapGet("/qr.svg", OpenLinkQr).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable).Produces(StatusCodes.Status200OK, typeof(Stream), "image/svg+xml")
            .WithDescription("The open link's QR code as a scalable SVG. The survey must be published.");
        return app;
    }

    /// <summary>The planner prints invitation letters as one PDF: a batch of new one-time codes, one A4 page per code.</summary>
    /// <response code="400">The count is out of range, or a language the newest version does not have.</response>
    /// <response code="404">No such survey.</response>
    /// <response code="503">The public link address is not configured.</response>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> PrintLetters(
        Guid id, LetterBatchRequest request, SurveysDbContext db, InvitationCodes invitations, IConfiguration configuration, TimeProvider clock,
        CancellationToken ct)
    {
        if (PublicLinks.FromSetting(configuration[PublicLinks.Setting]) is not { } links) return NotConfigured();
        if (await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        var newest = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == id && v.Version == survey.LatestVersion, ct);
        var validation = new RequestValidation().RequireBatchSize(request.Count);
        var text = TextIn(request.Language, newest.Definition, validation);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var codes = InvitationsApi.AddBatch(survey, request.Count, db, invitations, clock);
        var pdf = InvitationLetters.Render(TitleIn(request.Language, newest.Definition), newest.Definition.Responsible, text!,
            codes.Select(code => (code, links.Invitation(code))).ToList());
        // The codes' hashes are stored only once the letters are made: a failed PDF leaves no codes nobody has.
        await db.SaveChangesAsync(ct);
        return TypedResults.File(pdf, "application/pdf", $"einladungen-{id}.pdf");
    }

    /// <summary>The planner prints a poster inviting every household to the survey's open link.</summary>
    /// <response code="400">A language the published version does not have.</response>
    /// <response code="404">No such survey.</response>
    /// <response code="409">The survey is not published.</response>
    /// <response code="503">The public link address is not configured.</response>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> PrintPoster(
        Guid id, SurveysDbContext db, IConfiguration configuration, CancellationToken ct, string language = "de")
    {
        if (PublicLinks.FromSetting(configuration[PublicLinks.Setting]) is not { } links) return NotConfigured();
        if (await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (NotOpen(survey) is { } refusal) return refusal;
        var published = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == id && v.Version == survey.PublishedVersion, ct);
        var validation = new RequestValidation();
        var text = TextIn(language, published.Definition, validation);
        if (!validation.IsValid) return TypedResults.ValidationProblem(validation.Errors);

        var pdf = SurveyPoster.Render(TitleIn(language, published.Definition), published.Definition.Responsible, text!, links.OpenLink(survey.TenantId, id));
        return TypedResults.File(pdf, "application/pdf", $"plakat-{id}.pdf");
    }

    /// <summary>The planner gets the open link's QR code, e.g. for their own flyer.</summary>
    /// <response code="404">No such survey.</response>
    /// <response code="409">The survey is not published.</response>
    /// <response code="503">The public link address is not configured.</response>
    public static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> OpenLinkQr(
        Guid id, SurveysDbContext db, IConfiguration configuration, CancellationToken ct)
    {
        if (PublicLinks.FromSetting(configuration[PublicLinks.Setting]) is not { } links) return NotConfigured();
        if (await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } survey) return TypedResults.NotFound();
        if (NotOpen(survey) is { } refusal) return refusal;
        return TypedResults.Text(QrCodes.Svg(links.OpenLink(survey.TenantId, id)), "image/svg+xml", Encoding.UTF8);
    }

    private static ProblemHttpResult NotConfigured() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The survey web's public address is not configured.",
        detail: $"Set {PublicLinks.Setting} to the public address of the survey web, an absolute http(s) URL such as https://umfrage.example.de: "
            + "letters, posters and QR codes link to it.",
        extensions: new Dictionary<string, object?> { ["setting"] = PublicLinks.Setting });

    /// <summary>The open link answers only while the survey is published: a poster for any other state would lead nowhere.</summary>
    private static ProblemHttpResult? NotOpen(Survey survey) => survey.Status == SurveyStatus.Published ? null : TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"The survey is {survey.Status.ToString().ToLowerInvariant()}.",
        detail: "The open link takes answers only while the survey is published: publish it first; a closed survey has no open link.");

    /// <summary>The letter wording in <paramref name="language"/>, which must be a language of the survey and one letters are written in.</summary>
    private static LetterText? TextIn(string language, SurveyDefinition definition, RequestValidation validation)
    {
        if (!definition.Languages.Contains(language))
            validation.Add("language", $"The survey is not in '{language}'; its languages are {string.Join(", ", definition.Languages)}.");
        else if (!LetterTexts.ByLanguage.ContainsKey(language))
            validation.Add("language", $"There is no letter text in '{language}' yet; letters are written in {string.Join(", ", LetterTexts.ByLanguage.Keys)}.");
        return LetterTexts.ByLanguage.GetValueOrDefault(language);
    }

    /// <summary>Every text of a survey is given in each of its languages; German is the fallback the public view uses too.</summary>
    private static string TitleIn(string language, SurveyDefinition definition) =>
        definition.Title.GetValueOrDefault(language) ?? definition.Title["de"];
}

/// <param name="Count">How many letters, each with its own code: 1 to 10,000.</param>
/// <param name="Language">The letters' language, one of the survey's languages; German when not given.</param>
public sealed record LetterBatchRequest(int Count, string Language = "de");
