// The SDK tests and the smoke test build and run the deployables; one at a time keeps them from competing for the
// same obj/ folders and for the machine's cores. The manifest tests are quick enough not to need parallelism.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
