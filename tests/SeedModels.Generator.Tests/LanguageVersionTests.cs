using Microsoft.CodeAnalysis.CSharp;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>README "Using the package": a consumer whose C# cannot compile records gets one diagnostic (SEED013, the analyzer's), not a cascade of errors.</summary>
    public sealed class LanguageVersionTests
    {
        [Theory]
        [InlineData(LanguageVersion.CSharp8)]
        public void With_CSharp8_the_generator_adds_no_source(LanguageVersion version)
        {
            var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);

            var run = GeneratorHarness.Run(Scenarios.Seeds(), parseOptions: parseOptions, sources: new[] { "/// <summary>An app.</summary>\npublic class App { }" });

            Assert.Null(run.Single.Exception);
            Assert.Empty(run.Single.GeneratedSources);
            GeneratorHarness.AssertNoWarningsOrErrors(run.GeneratorDiagnostics, "The generator run");
            GeneratorHarness.AssertNoWarningsOrErrors(run.Output.GetDiagnostics(), "The consumer's compilation");
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp9)]
        [InlineData(LanguageVersion.CSharp10)]
        [InlineData(LanguageVersion.Latest)]
        public void From_CSharp9_the_records_are_generated_and_compile(LanguageVersion version)
        {
            var parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);

            var run = GeneratorHarness.Run(Scenarios.Seeds(), parseOptions: parseOptions);

            Assert.Equal(4, run.Single.GeneratedSources.Length);
            GeneratorHarness.AssertNoWarningsOrErrors(run.Output.GetDiagnostics(), "The compilation");
        }
    }
}
