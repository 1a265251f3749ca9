using Xunit;

// The fuzz measures time (a hang is a failure) and fills both cores by itself: its tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
