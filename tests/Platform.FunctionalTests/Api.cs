using System.Net.Http.Json;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The shapes the tests read back from the services' JSON, as a consuming client would declare them.</summary>
public sealed record Offer(Guid Id, string Name, string Category, string AreaCode, int Places, int OccupiedPlaces, int FreePlaces, string Status, int Version);

public sealed record Response(Guid Id, string HouseholdType);

public sealed record Gap(Guid Id, string Key, string Category, string AreaCode, string Kind, double EstimatedPersons, int Responses, bool Open, int Version);

public sealed record OutreachGap(string GapKey, string Kind, double? EstimatedPersons, int Responses, bool Open, int Version);

public static class Api
{
    public static object OfferBody(string area, int places, int occupied, string category = "kita") =>
        new { name = $"Kita {area}", category, areaCode = area, places, occupiedPlaces = occupied };

    public static object NeedBody(string area, int persons, string category = "kita") =>
        new { householdType = "incoming", needs = new[] { new { category, areaCode = area, persons } } };

    public static async Task<T> Created<T>(this Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task<List<T>> List<T>(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<T>>(path))!;
}
