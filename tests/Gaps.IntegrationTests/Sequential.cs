// Every test class hosts its own instance, but all of them bind to the same exchanges: one class's
// events reach the other instances too, and would show in the refresh counts IncrementalDetectionTests checks.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
