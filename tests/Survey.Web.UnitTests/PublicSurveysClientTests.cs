using GutAusgestattet.SurveyWeb.SurveysApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace GutAusgestattet.SurveyWeb.UnitTests;

public sealed class PublicSurveysClientTests
{
    private sealed class Recording(System.Net.HttpStatusCode status = System.Net.HttpStatusCode.NotFound) : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(status));
        }
    }

    /// <summary>The address of a call is in the web app's traces and logs; the receipt code must not be.</summary>
    [Fact]
    public async Task The_receipt_code_goes_to_the_service_in_a_header_never_in_the_address()
    {
        var handler = new Recording();
        var client = new PublicSurveysClient(new HttpClient(handler) { BaseAddress = new Uri("http://surveys") }, NullLogger<PublicSurveysClient>.Instance);

        await client.GetReceiptAsync("K7QM-2XHD-9RTA-WB4C", CancellationToken.None);
        await client.WithdrawAsync("K7QM-2XHD-9RTA-WB4C", CancellationToken.None);

        Assert.Equal([HttpMethod.Get, HttpMethod.Delete], handler.Requests.Select(r => r.Method));
        Assert.All(handler.Requests, request =>
        {
            Assert.Equal("http://surveys/public/receipts", request.RequestUri!.ToString());
            Assert.Equal("K7QM-2XHD-9RTA-WB4C", Assert.Single(request.Headers.GetValues(PublicSurveysClient.ReceiptHeader)));
        });
    }

    /// <summary>A survey switched to invitation-only while a household was answering refuses the answer without a code.</summary>
    [Fact]
    public async Task A_refused_answer_without_a_code_reads_as_invitation_required()
    {
        var client = new PublicSurveysClient(
            new HttpClient(new Recording(System.Net.HttpStatusCode.Forbidden)) { BaseAddress = new Uri("http://surveys") }, NullLogger<PublicSurveysClient>.Instance);

        var sent = await client.SubmitAsync(Guid.NewGuid(), new SubmittedAnswer(), "key-12345678", null, CancellationToken.None);

        Assert.Equal(OutcomeKind.InvitationRequired, sent.Kind);
    }
}
