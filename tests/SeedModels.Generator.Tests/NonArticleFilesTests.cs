using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Generator.Tests.Support;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>README "Configuration": only additional files marked <c>SeedModelsArticle=true</c> are articles; others are never read.</summary>
    public sealed class NonArticleFilesTests
    {
        [Fact]
        public void Additional_files_not_marked_as_articles_are_never_read()
        {
            var seeds = Scenarios.Seeds();
            var articleLike = "Looks like an article\n\nBut nobody marked it as one, so it is not.\n";
            var others = new[]
            {
                new TestFile("stylecop.json", "{ \"settings\": { } }", IsArticle: false),
                new TestFile("notes/todo.txt", articleLike, IsArticle: false),
                new TestFile("seeds/unmarked.txt", articleLike, IsArticle: false),
                new TestFile("seeds/marked-false.txt", articleLike, IsArticle: false),
                new TestFile("seeds/marked-other.txt", articleLike, IsArticle: false),
            };
            var files = seeds.Concat(others).ToList();
            var texts = files.Select(f => new InMemoryAdditionalText(f.FullPath, f.Text)).ToList();

            // The metadata as MSBuild would pass it: absent, or present with a value other than true.
            var metadata = files.Select(f => new KeyValuePair<string, DictionaryOptions>(f.FullPath, new DictionaryOptions(
                f.IsArticle ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedModelsArticle"] = "true" }
                : f.RelativePath == "seeds/marked-false.txt" ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedModelsArticle"] = "false" }
                : f.RelativePath == "seeds/marked-other.txt" ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedModelsArticle"] = string.Empty, ["build_metadata.AdditionalFiles.Id"] = "Sneaky" }
                : new Dictionary<string, string>())));
            var options = new PathOptionsProvider(GeneratorHarness.GlobalOptions(), metadata);
            var driver = GeneratorHarness.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out _);
            var result = driver.GetRunResult().Results.Single();

            // Not read at all: the generator looks at metadata only.
            Assert.All(texts.Skip(seeds.Count), t => Assert.True(t.Reads == 0, t.Path + " was read " + t.Reads + " time(s)"));
            Assert.All(texts.Take(seeds.Count), t => Assert.True(t.Reads > 0, t.Path + " was not read"));

            // One source per article and the catalog; the catalog lists the three articles and nothing else.
            Assert.Equal(
                new[] { "SeedArticles.g.cs", "seeds.000_36d0c22b3e2a0d4f.txt.g.cs", "seeds.001_5638e6038d5e208a.txt.g.cs", "seeds.002_49b13e417f622695.txt.g.cs" },
                result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
            Assert.Equal(
                new[] { "PoliceOfficerFilmedPosingForSelfie", "PoliceOfficerAccusedOfSickeningAct", "DCCopTookSelfieWithCapitolRioters" },
                CatalogSyntax.ArticleProperties(result.GeneratedSources.Select(s => s.SyntaxTree)));
            Assert.DoesNotContain("Sneaky", string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())), System.StringComparison.Ordinal);
            GeneratorHarness.AssertNoWarningsOrErrors(output.GetDiagnostics(), "The compilation");
        }

        [Fact]
        public void No_articles_still_gives_a_catalog_that_compiles()
        {
            var run = GeneratorHarness.Run(new[] { new TestFile("stylecop.json", "{ }", IsArticle: false) });

            var source = Assert.Single(run.Sources);
            Assert.Equal("SeedArticles.g.cs", source.HintName);
            Assert.Equal(0, run.Texts.Single().Reads);
            GeneratorHarness.AssertNoWarningsOrErrors(run.Output.GetDiagnostics(), "The compilation");
        }
    }
}
