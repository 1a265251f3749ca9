using System;
using System.IO;
using System.Linq;
using SeedModels.Generator.Emitting;
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

        [Fact]
        public void Another_generator_version_matches_the_same_snapshots()
        {
            // Issue 13, item 16: a new package version must not touch the snapshots. The generator names its version in every
            // [GeneratedCode]; the same run under another version number verifies against the Seeds snapshots unchanged.
            var run = GeneratorHarness.Run(Scenarios.Get("Seeds"));
            var attribute = "GeneratedCode(\"SeedModels.Generator\", \"" + Header.Version + "\")";
            Assert.All(run.Sources, s => Assert.Contains(attribute, s.Text, StringComparison.Ordinal));
            var otherVersion = run.Sources
                .Select(s => (s.HintName, s.Text.Replace(attribute, "GeneratedCode(\"SeedModels.Generator\", \"98.7.6.5\")", StringComparison.Ordinal)))
                .ToList();
            Assert.All(otherVersion, s => Assert.DoesNotContain(Header.Version, s.Item2, StringComparison.Ordinal));

            Snapshot.Verify(otherVersion, testMethod: nameof(Seeds));

            // The verified files hold the placeholder, not a version.
            var verified = Directory.GetFiles(SnapshotFolder(), nameof(GeneratorSnapshotTests) + "." + nameof(Seeds) + "#*.verified.cs");
            Assert.Equal(run.Sources.Count, verified.Length);
            Assert.All(verified, f => Assert.Contains("GeneratedCode(\"SeedModels.Generator\", \"" + Snapshot.VersionPlaceholder + "\")", File.ReadAllText(f), StringComparison.Ordinal));
        }

        [Fact]
        public void The_scrub_leaves_article_text_that_quotes_the_attribute_alone()
        {
            const string Generated = "    [global::System.CodeDom.Compiler.GeneratedCode(\"SeedModels.Generator\", \"1.2.3.4\")]\n" +
                                     "- text: [global::System.CodeDom.Compiler.GeneratedCode(\"SeedModels.Generator\", \"1.2.3.4\")]\n";

            Assert.Equal(
                "    [global::System.CodeDom.Compiler.GeneratedCode(\"SeedModels.Generator\", \"" + Snapshot.VersionPlaceholder + "\")]\n" +
                "- text: [global::System.CodeDom.Compiler.GeneratedCode(\"SeedModels.Generator\", \"1.2.3.4\")]\n",
                Snapshot.Scrub(Generated));
        }

        private static string SnapshotFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Snapshot.SourceDirectory(path);
    }
}
