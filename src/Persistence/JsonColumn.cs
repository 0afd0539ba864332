using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GutAusgestattet.Persistence;

public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores a value object as one JSON text column, the same on every provider. Compared by its
    /// JSON, so replacing it with an equal value is no change.
    /// </summary>
    /// <param name="immutable">
    /// The value is never changed in place, only replaced (an immutable record): the change tracker
    /// then keeps the instance as its snapshot instead of a deep copy through JSON, which is what
    /// makes tracking many thousands of new rows (a bulk import) slow.
    /// </param>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, bool immutable = false) where T : class? =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            text => JsonSerializer.Deserialize<T>(text, Json)!,
            new ValueComparer<T>(
                (a, b) => ReferenceEquals(a, b) || JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(),
                immutable ? value => value : value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));
}
