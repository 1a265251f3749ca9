using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// README "Hostile input" and "Using the package": whatever the articles, the generated code compiles with zero warnings in a strict consumer
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
            // With the symbols the SDK defines for the target, as the catalog's lookups test them (#if).
            var run = GeneratorHarness.Run(Scenarios.Everything(), references: ReferenceSets.Get(target), parseOptions: ParseOptionsFor(target));

            AssertClean(run);
        }

        [Theory]
        [InlineData("net8.0", true)]
        [InlineData("net10.0", true)]
        [InlineData("netstandard2.0", false)]
        [InlineData("net472", false)]
        public void A_consumer_uses_the_lookups_with_nullable_flow_where_the_framework_has_its_attributes(string target, bool annotated)
        {
            // TryGet's article is not null when it returns true: [NotNullWhen(true)], which netstandard2.0 and net472 lack.
            const string Consumer = "namespace App { internal static class Lookups { " +
                                    "internal static string ById(string id) => Demo.Seeds.SeedArticles.TryGet(id, out var a) ? a.Headline : Demo.Seeds.SeedArticles.Get(id).Headline; " +
                                    "internal static string ByFile(string path) => Demo.Seeds.SeedArticles.TryGetBySourceFile(path, out var a) ? a.Id : Demo.Seeds.SeedArticles.GetBySourceFile(path).Id; } }";

            var run = GeneratorHarness.Run(Scenarios.Seeds(), references: ReferenceSets.Get(target), parseOptions: ParseOptionsFor(target), sources: new[] { Consumer });

            var warnings = GeneratorHarness.WarningsAndErrors(run.Output.GetDiagnostics());
            if (annotated)
            {
                Assert.Empty(warnings);
            }
            else
            {
                // Documented in the README: check the article for null there, or use Get.
                Assert.Equal(2, warnings.Count);
                Assert.All(warnings, w => Assert.Contains("CS8602", w, System.StringComparison.Ordinal));
            }
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

        /// <summary>The harness's parse options with the preprocessor symbols the .NET SDK defines for <paramref name="target"/> (those the generated code tests).</summary>
        private static Microsoft.CodeAnalysis.CSharp.CSharpParseOptions ParseOptionsFor(string target) =>
            GeneratorHarness.ParseOptions.WithPreprocessorSymbols(target switch
            {
                "netstandard2.0" => new[] { "NETSTANDARD", "NETSTANDARD2_0", "NETSTANDARD2_0_OR_GREATER" },
                "net472" => new[] { "NETFRAMEWORK", "NET472", "NET472_OR_GREATER" },
                "net8.0" => new[] { "NET", "NET8_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET8_0_OR_GREATER" },
                "net10.0" => new[] { "NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER" },
                _ => throw new System.ArgumentOutOfRangeException(nameof(target), target, null),
            });

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
