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
        public void Articles_larger_than_the_string_literal_heap_compile_whole()
        {
            // Three 3 MB articles: as string literals (9 million UTF-16 characters) they would overflow the 16 MB heap those share
            // (CS8103 at emit), which once made the generator cut them (SEED014). As article data they are metadata constants, whole.
            var paragraph = new string('x', 999) + ".";
            var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 3_000));
            var files = Enumerable.Range(0, 3)
                .Select(i => new TestFile("seeds/huge" + i + ".txt", "Huge story number " + "abc"[i] + "\n\n" + body + "\n"))
                .ToList();

            var run = GeneratorHarness.Run(files);

            AssertClean(run);
            using var generated = new GeneratedAssembly(run.Output);
            var all = (System.Collections.Generic.IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;
            Assert.Equal(3, all.Count);
            foreach (var article in all)
            {
                // The first paragraph under the headline is the standfirst; every other one is a body paragraph.
                Assert.Equal(paragraph, article.Standfirst);
                Assert.Equal(2_999, article.Paragraphs.Count);
                Assert.True(article.Paragraphs.All(p => p == paragraph), article.SourceFile + " holds another paragraph");
            }
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
