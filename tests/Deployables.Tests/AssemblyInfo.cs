// Every test here runs the SDK on the deployables; one build at a time keeps them from competing
// for the same obj/ folders and for the machine's cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
