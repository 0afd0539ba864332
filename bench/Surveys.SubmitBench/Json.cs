using System.Text.Json;
using System.Text.Json.Serialization;

namespace GutAusgestattet.Surveys.SubmitBench;

internal static class Json
{
    /// <summary>As the services write and read JSON (ServiceDefaults' HTTP setup): camelCase, enums as camelCase strings.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
