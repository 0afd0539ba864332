using System.Diagnostics.Metrics;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// <c>gaps.detection</c>: category refreshes by how they were computed — <c>full</c> (the category
/// loaded and compared anew) or <c>incremental</c> (a kept state given the changed items). Many full
/// ones for big categories mean the kept states are too few or lost (instances taking turns, restarts).
/// </summary>
public sealed class GapDetectionMetrics
{
    public const string MeterName = "GutAusgestattet.Gaps";

    private readonly Counter<long> _refreshes;

    public GapDetectionMetrics(IMeterFactory meters) =>
        _refreshes = meters.Create(MeterName).CreateCounter<long>("gaps.detection", "{refresh}", "Category refreshes, by mode (full, incremental)");

    public void Refreshed(bool incremental) => _refreshes.Add(1, new KeyValuePair<string, object?>("mode", incremental ? "incremental" : "full"));
}
