using System.Runtime.InteropServices;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). Other work shares this
/// machine; wall time then includes waiting for a core, CPU time shows what the step itself costs.
/// </summary>
internal static class CpuClock
{
    private const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    public static double ThreadMilliseconds()
    {
        ClockGetTime(ThreadCpuTime, out var time);
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }
}
