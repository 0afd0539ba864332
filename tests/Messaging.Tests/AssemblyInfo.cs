// The classes share message types, and so the exchanges those are published to: run them one
// after the other so no class's consumer ever sees another class's messages.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
