namespace GutAusgestattet.PlannerWeb.Imports;

/// <summary>A rule a file broke, as the import pages list it: where (line or feature, in the page's words), the field, the rule.</summary>
public sealed record ReportedError(string Where, string Field, string Rule);

/// <summary>What the import does, or would do, with one row: where, its key, the outcome in the page's words, and why (offer imports).</summary>
public sealed record ReportedRow(string Where, string Key, string Outcome, IReadOnlyList<ReportedReason>? Reasons = null);

/// <summary>One reason of a row as the page shows it; <paramref name="English"/> when the page did not know its code and shows the service's text.</summary>
public sealed record ReportedReason(string Text, bool English = false);
