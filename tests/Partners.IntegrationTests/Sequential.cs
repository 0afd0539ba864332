// Every test class hosts its own instance, but all of them bind to the same exchanges: one class's
// published events reach the other instances too, and the load of two at once only slows both down.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
