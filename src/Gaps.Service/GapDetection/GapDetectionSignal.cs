namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>Wakes the gap detection service when an event marked a category, instead of waiting for its next poll.</summary>
public sealed class GapDetectionSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { /* another notification got there first: one wake-up is enough */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}
