using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedModels.Extraction;
using SeedModels.Generator.Analysis;
using SeedModels.Generator.Tests.Support;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// An exception inside the engine is a bug, and must cost only its own article: the generator still emits every other
    /// article (no CS8785, no missing types) and the analyzer names the failed file with SEED015. The failure is forced
    /// through the engine function the generator and the analyzer take.
    /// </summary>
    public sealed class EngineFailureTests
    {
        private const string Poison = "seeds/poison.txt";

        private static readonly ArticleExtraction FailsOnPoison = (text, sourceFile, decoding) =>
            sourceFile == Poison ? throw new InvalidOperationException("forced failure") : ArticleExtractor.Extract(text, sourceFile, decoding);

        private static readonly TestFile[] Files = Scenarios.Seeds().Append(new TestFile(Poison, "Poisoned article\n\nIt has a body. It has a second sentence.\n")).ToArray();

        [Fact]
        public void The_generator_emits_every_other_article_when_the_engine_fails_on_one()
        {
            var texts = Files.Select(f => new InMemoryAdditionalText(f.FullPath, f.Text)).ToList();
            var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.OptionsFor(Files, GeneratorHarness.GlobalOptions()), generator: new SeedModelsGenerator(FailsOnPoison))
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var generatorDiagnostics);

            Assert.Empty(generatorDiagnostics);
            var result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.Equal(
                new[] { "SeedArticles.g.cs", "seeds.000_36d0c22b3e2a0d4f.txt.g.cs", "seeds.001_5638e6038d5e208a.txt.g.cs", "seeds.002_49b13e417f622695.txt.g.cs" },
                result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
            Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("Poisoned", StringComparison.Ordinal));
            GeneratorHarness.AssertNoWarningsOrErrors(output.GetDiagnostics(), "the compilation with the generated code");
        }

        [Fact]
        public async Task The_analyzer_names_the_failed_file_with_SEED015_and_still_reports_the_others()
        {
            var texts = Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.FullPath, f.Text)).ToImmutableArray();
            var options = new AnalyzerOptions(texts, GeneratorHarness.OptionsFor(Files, GeneratorHarness.GlobalOptions()));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer(FailsOnPoison));
            var diagnostics = await GeneratorHarness.CreateCompilation().WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

            var failure = Assert.Single(diagnostics, d => d.Id == "SEED015");
            Assert.EndsWith(Poison, failure.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Equal(0, failure.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("InvalidOperationException: forced failure", failure.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));

            // The seeds' own findings are still reported: seed 000 carries SEED006 on purpose.
            Assert.Contains(diagnostics, d => d.Id == "SEED006" && d.Location.GetLineSpan().Path.EndsWith("000_36d0c22b3e2a0d4f.txt", StringComparison.Ordinal));
        }
    }
}
