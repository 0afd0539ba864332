using GutAusgestattet.Partners.Registry;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Import;

public enum RowOutcome
{
    Created,
    Changed,
    Unchanged,
    Invalid,
}

/// <summary>One partner of the file as it will be stored: its new state and the existing partner it changes, if any.</summary>
public sealed record PlannedPartner(string Key, Partner? Existing, PartnerInput Input, RowOutcome Outcome);

public sealed record PlannedRow(int Line, string? Key, RowOutcome Outcome);

/// <summary>
/// Plans an import against the tenant's partners, changing nothing. A partner is found again by its
/// key (<see cref="PartnerKey"/>: trade-register number, else name); a site by postal code and
/// address. Sites in the file are added or replace the site with the same key; sites missing from
/// the file are kept, so a file of one site does not delete the others. The partner's columns must
/// agree on all its rows.
/// </summary>
public static class PartnerImportPlan
{
    public static (List<PlannedPartner> Partners, List<PlannedRow> Rows, List<ImportError> Errors) Make(PartnerFile file, IReadOnlyDictionary<string, Partner> existing)
    {
        var errors = new List<ImportError>(file.Errors);
        var rows = file.InvalidLines.Select(line => new PlannedRow(line, null, RowOutcome.Invalid)).ToList();
        var partners = new List<PlannedPartner>();
        foreach (var group in file.Rows.GroupBy(r => r.Key))
        {
            var first = group.First();
            var current = existing.GetValueOrDefault(group.Key);
            var sites = current?.Sites.ToList() ?? [];
            var seen = new Dictionary<string, int>();
            var valid = true;
            foreach (var row in group)
            {
                var before = errors.Count;
                foreach (var (column, same) in new[] { ("kind", row.Kind == first.Kind), ("name", row.Name == first.Name), ("sector", row.Sector == first.Sector) })
                    if (!same) errors.Add(new ImportError(row.Line, null, column, $"Differs from line {first.Line} for the same partner; a partner's columns agree on all its rows."));
                var siteKey = PartnerKey.OfSite(row.Site);
                if (seen.TryGetValue(siteKey, out var earlier))
                    errors.Add(new ImportError(row.Line, null, "address", $"The site with this postal code and address occurs already on line {earlier}; each site once per file."));
                seen.TryAdd(siteKey, row.Line);
                if (errors.Count > before)
                {
                    valid = false;
                    rows.Add(new PlannedRow(row.Line, group.Key, RowOutcome.Invalid));
                    continue;
                }

                var index = sites.FindIndex(s => PartnerKey.OfSite(s) == siteKey);
                var outcome = current is null ? RowOutcome.Created : index < 0 || sites[index] != row.Site ? RowOutcome.Changed : RowOutcome.Unchanged;
                if (index < 0) sites.Add(row.Site);
                else sites[index] = row.Site;
                rows.Add(new PlannedRow(row.Line, group.Key, outcome));
            }
            if (!valid) continue;

            var input = new PartnerInput(first.Kind, first.Name, first.TradeRegisterNumber, first.Sector, sites);
            var partnerOutcome = current is null ? RowOutcome.Created : input.DiffersFrom(current) ? RowOutcome.Changed : RowOutcome.Unchanged;
            // A change of the partner's own columns shows on its first row, which states them.
            if (partnerOutcome == RowOutcome.Changed && rows.FindIndex(r => r.Line == first.Line) is var i and >= 0 && rows[i].Outcome == RowOutcome.Unchanged)
                rows[i] = rows[i] with { Outcome = RowOutcome.Changed };
            partners.Add(new PlannedPartner(group.Key, current, input, partnerOutcome));
        }
        return (partners, rows.OrderBy(r => r.Line).ToList(), errors);
    }
}
