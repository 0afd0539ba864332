using System.Diagnostics;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// The peak working set and GC heap while a phase runs, sampled every 10 ms (the process-wide
/// <see cref="Process.PeakWorkingSet64"/> cannot tell the generation phase from the compute phase).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Timer _timer;
    private long _peakWorkingSet;
    private long _peakHeap;

    public MemorySampler()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, 10, 10);
    }

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    public long PeakHeap => Interlocked.Read(ref _peakHeap);

    private void Sample()
    {
        lock (_process)
        {
            _process.Refresh();
            _peakWorkingSet = Math.Max(_peakWorkingSet, _process.WorkingSet64);
            _peakHeap = Math.Max(_peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }

    public static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:N0} MiB";

    /// <summary>Live managed memory after a full blocking collection: what the phase keeps.</summary>
    public static long Live() => GC.GetTotalMemory(forceFullCollection: true);

    public static long ProcessPeak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
