using GutAusgestattet.Inventory.Facilities;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// One row of an offer import (a CSV line or an OSM feature): the facility it names by key and the
/// offer it states, as the JSON API's <see cref="FacilityRequest"/> and <see cref="OfferRequest"/>,
/// so the same rules check both. The offer's facility id is filled in when the import is planned.
/// </summary>
/// <param name="Facility">The facility as stated; an empty <c>AreaCode</c> means "where <see cref="Areas.AreaPlacement"/> puts the point".</param>
/// <param name="Reported">Request fields (JSON names) the reader already reported as unreadable, so their rules are not reported twice.</param>
/// <param name="Names">The request field (JSON name, e.g. <c>openingHours</c>) → the file's field (<c>opening_hours</c>, <c>properties.opening_hours</c>).</param>
public sealed record OfferRow(
    int? Line,
    int? Feature,
    string? FacilityKey,
    FacilityRequest Facility,
    string? OfferKey,
    OfferRequest Offer,
    IReadOnlySet<string> Reported,
    FieldNames Names)
{
    public ImportError Error(string requestField, string rule) => new(Line, Feature, Names.Of(requestField), rule);

    /// <summary>Where the row is, for "occurs already on …".</summary>
    public string Where => Line is { } line ? $"line {line}" : $"feature {Feature}";
}

/// <summary>Maps the JSON field names the request rules use onto the names of a file format.</summary>
public sealed class FieldNames(IReadOnlyDictionary<string, string> facility, IReadOnlyDictionary<string, string> offer)
{
    public const string FacilityPrefix = "facility.";

    /// <summary><paramref name="requestField"/> is an offer field (<c>languages[2]</c>) or a facility field prefixed <c>facility.</c>.</summary>
    public string Of(string requestField)
    {
        if (requestField.StartsWith(FacilityPrefix, StringComparison.Ordinal))
        {
            var field = requestField[FacilityPrefix.Length..];
            return facility.TryGetValue(field, out var name) ? name : field;
        }
        var bracket = requestField.IndexOf('[');
        var root = bracket < 0 ? requestField : requestField[..bracket];
        return offer.TryGetValue(requestField, out var exact) ? exact
            : offer.TryGetValue(root, out var name2) ? name2 + (bracket < 0 ? "" : requestField[bracket..])
            : requestField;
    }
}

/// <summary>An offer import file as read: its rows, and what was wrong with it.</summary>
public sealed record OfferFile(string Format, List<OfferRow> Rows, List<ImportError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>What the reader took in other than written, saying how.</summary>
    public List<ImportWarning> Warnings { get; init; } = [];

    /// <summary>Operators named but not recognised; the reader's facilities got <c>other</c>.</summary>
    public IReadOnlyList<UnknownOperator> UnknownOperators { get; init; } = [];
}
