using System.Linq;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests.Snapshots
{
    /// <summary>The generated source, file by file, against the verified snapshots beside this file.</summary>
    public sealed class GeneratorSnapshotTests
    {
        [Fact]
        public void Seeds()
        {
            var run = GeneratorHarness.Run(Scenarios.Get("Seeds"));

            Assert.Null(run.Single.Exception);
            Assert.Equal(4, run.Sources.Count); // three records and the catalog
            Snapshot.Verify(run.Sources);
        }

        [Theory]
        [MemberData(nameof(Scenarios.SnapshotCases), MemberType = typeof(Scenarios))]
        public void EdgeCase(string scenario)
        {
            var run = GeneratorHarness.Run(Scenarios.Get(scenario));

            Assert.Null(run.Single.Exception);
            Snapshot.Verify(run.Sources, scenario);
        }
    }
}
