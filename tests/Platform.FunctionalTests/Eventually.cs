namespace GutAusgestattet.FunctionalTests;

/// <summary>Waits for a condition that events make true, failing with the last observation after a timeout.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> observe, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await observe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out after {seconds} s waiting for {what}; last seen: {System.Text.Json.JsonSerializer.Serialize(value)}");
            await Task.Delay(100);
        }
    }
}
