using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// SPEC §3 and §5: whatever the articles, the generated code compiles with zero warnings in a strict consumer
    /// (nullable enabled, documentation checked, every warning wave) on every supported target.
    /// </summary>
    public sealed class CompilationTests
    {
        [Theory]
        [MemberData(nameof(Scenarios.AllCases), MemberType = typeof(Scenarios))]
        public void Generated_code_has_no_warnings_or_errors(string scenario)
        {
            var run = GeneratorHarness.Run(Scenarios.Get(scenario));

            AssertClean(run);
        }

        [Fact]
        public void Every_scenario_at_once_has_no_warnings_or_errors()
        {
            var run = GeneratorHarness.Run(Scenarios.Everything());

            AssertClean(run);
        }

        [Theory]
        [InlineData("netstandard2.0")]
        [InlineData("net472")]
        [InlineData("net8.0")]
        [InlineData("net10.0")]
        public void Generated_code_has_no_warnings_or_errors_on_every_target(string target)
        {
            var run = GeneratorHarness.Run(Scenarios.Everything(), references: ReferenceSets.Get(target));

            AssertClean(run);
        }

        [Fact]
        public void Articles_larger_than_an_assembly_can_hold_are_cut_and_still_compile()
        {
            // Three 10 MB articles: 60 MB of UTF-16 string literals would overflow the 16 MB heap (CS8103 at emit).
            var paragraph = new string('x', 999) + ".";
            var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 10_000));
            var files = Enumerable.Range(0, 3)
                .Select(i => new TestFile("seeds/huge" + i + ".txt", "Huge story number " + "abc"[i] + "\n\n" + body + "\n"))
                .ToList();

            var run = GeneratorHarness.Run(files);

            AssertClean(run);
            var literalCharacters = run.Sources.Sum(source => source.Text.Length);
            Assert.InRange(literalCharacters, 2_000_000, 8_000_000);
        }

        [Fact]
        public void The_check_sees_documentation_and_nullable_warnings()
        {
            // The harness's compilation must report what a consumer's build would, or the tests above prove nothing.
            var compilation = GeneratorHarness.CreateCompilation(new[] { "public class Undocumented { public string Name = null; }" });

            var ids = compilation.GetDiagnostics().Select(d => d.Id).ToList();

            Assert.Contains("CS1591", ids);
            Assert.Contains("CS8625", ids);
        }

        private static void AssertClean(GeneratorRun run)
        {
            Assert.Null(run.Single.Exception);
            GeneratorHarness.AssertNoWarningsOrErrors(run.GeneratorDiagnostics, "The generator run");
            Assert.NotEmpty(run.Sources);
            GeneratorHarness.AssertNoWarningsOrErrors(run.Output.GetDiagnostics(), "The compilation");

            // Emitting, with the documentation file a GenerateDocumentationFile build writes, adds its own checks.
            using var peStream = new MemoryStream();
            using var xmlStream = new MemoryStream();
            var emit = run.Output.Emit(peStream, xmlDocumentationStream: xmlStream);
            GeneratorHarness.AssertNoWarningsOrErrors(emit.Diagnostics, "Emitting the compilation");
            Assert.True(emit.Success);
        }
    }
}
