using System.Text.Json.Serialization;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Import;

/// <summary>What the import did, or (dry run, or refused) would do, to one row.</summary>
public sealed record ImportedRow(
    int Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PartnerKey,
    RowOutcome Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? PartnerId);

public sealed record PartnerCounts(int Created, int Changed, int Unchanged);

public sealed record PartnerImportReport(
    string Format, bool DryRun, bool Stored, int Total, int Created, int Changed, int Unchanged, int Invalid,
    PartnerCounts Partners, IReadOnlyList<string> IgnoredColumns, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportError> Errors);
