using System.Net.Http.Json;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The shapes the tests read back from the services' JSON, as a consuming client would declare them.</summary>
/// <param name="FreePlaces">Null when the offer's occupancy is unknown.</param>
public sealed record OfferView(Guid Id, int Version, int? FreePlaces, OfferState Offer);

public sealed record OfferState(string Name, string Category, string AreaCode, int Places, int OccupiedPlaces, string OpeningHours, string Status);

public sealed record Facility(Guid Id, string Name, string AreaCode);

public sealed record Response(Guid Id, string HouseholdType);

/// <summary>What a household gets back for an answer.</summary>
public sealed record Receipt(Guid ResponseId, Guid SurveyId, int SurveyVersion, string ReceiptCode);

public sealed record Gap(Guid Id, string Key, string Category, string AreaCode, string Kind, double EstimatedPersons, int Responses, bool Open, int Version, double Severity, int UnweightedResponses = 0);

public sealed record OutreachGap(string GapKey, string Kind, double? EstimatedPersons, int? Responses, bool Open, int Version);

public static class Api
{
    /// <summary>Defines the area (if new) and a facility in it, as a planner would before registering offers.</summary>
    public static async Task<Guid> Facility(this HttpClient inventory, string area)
    {
        (await inventory.PutAsJsonAsync($"/api/areas/{area}", new { name = $"Ortsteil {area}", latitude = 48.14, longitude = 11.58 })).EnsureSuccessStatusCode();
        var facility = await inventory.PostAsJsonAsync("/api/facilities",
            new { name = $"Haus {area}", operatorType = "Municipal", latitude = 48.14, longitude = 11.58, areaCode = area }).Created<Facility>();
        return facility.Id;
    }

    public static object OfferBody(Guid facilityId, int places, int occupied, string category = "kita", string openingHours = "Mo-Fr 07:00-17:00") =>
        new { facilityId, name = "Gruppe Igel", category, places, occupiedPlaces = occupied, openingHours };

    public static object NeedBody(string area, int persons, string category = "kita") =>
        new { householdType = "incoming", needs = new[] { new { category, areaCode = area, persons } } };

    public static async Task<T> Created<T>(this Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>A household looks at (GET) or withdraws (DELETE) its answer: the receipt code in its header, never in the path.</summary>
    public static Task<HttpResponseMessage> Receipt(this HttpClient surveys, HttpMethod method, string code)
    {
        var request = new HttpRequestMessage(method, "/public/receipts");
        request.Headers.Add("Receipt-Code", code);
        return surveys.SendAsync(request);
    }

    /// <summary>What the code from a letter opens: the code in its header, never in the path.</summary>
    public static Task<HttpResponseMessage> Invitation(this HttpClient surveys, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/public/invitations");
        request.Headers.Add("Invitation-Code", code);
        return surveys.SendAsync(request);
    }

    public static async Task<List<T>> List<T>(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<T>>(path))!;
}
