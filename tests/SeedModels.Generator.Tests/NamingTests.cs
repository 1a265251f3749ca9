using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// README "Using the package" and issue 13, item 6: the type name of each article — Id metadata, id annotation, then the headline or, with
    /// <c>SeedModelsTypeNames</c> set to <c>FileName</c>, the file name; collisions suffixed by path order.
    /// </summary>
    public sealed class NamingTests
    {
        [Theory]
        [InlineData("Seeds", "PoliceOfficerFilmedPosingForSelfie", "PoliceOfficerAccusedOfSickeningAct", "DCCopTookSelfieWithCapitolRioters")]
        [InlineData("NoHeadline", "UntitledWireCopy")]
        [InlineData("IdAnnotation", "CapitolSelfie")]
        [InlineData("IdMetadata", "MayorOpensNewBridge", "EditorsPick")] // picked-bad.txt sorts first; its Id "class" is not usable
        [InlineData("Collision", "CapitolRiot", "CapitolRiot2")]
        [InlineData("KeywordHeadline", "Class", "ReturnStaticVoid")]
        [InlineData("DigitsHeadline", "Article2021RiotShakesWashington")]
        [InlineData("Unreadable", "AReadableStory")] // empty, blank and binary files make no type
        public void Articles_get_these_type_names_in_source_file_order(string scenario, params string[] expected)
        {
            var run = GeneratorHarness.Run(Scenarios.Get(scenario));

            Assert.Equal(expected, CatalogSyntax.ArticleProperties(run));
            Assert.Equal(expected.Length + 1, run.Sources.Count);
        }

        [Fact]
        public void The_first_file_in_path_order_keeps_the_plain_name()
        {
            var run = GeneratorHarness.Run(Scenarios.Get("Collision"));

            Assert.Contains("public sealed record CapitolRiot ", run.Source("seeds.a-first.txt.g.cs"), System.StringComparison.Ordinal);
            Assert.Contains("public sealed record CapitolRiot2 ", run.Source("seeds.b-second.txt.g.cs"), System.StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Scenarios.AllCases), MemberType = typeof(Scenarios))]
        public void Every_type_name_is_a_distinct_CSharp_identifier_that_is_not_a_keyword(string scenario)
        {
            var run = GeneratorHarness.Run(Scenarios.Get(scenario));
            // The records, and the catalog's classes (partial over every file, so each is counted once).
            var declared = run.Single.GeneratedSources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                .ToList();
            var names = declared.OfType<RecordDeclarationSyntax>().Select(t => t.Identifier.Text)
                .Concat(declared.OfType<ClassDeclarationSyntax>().Select(t => t.Identifier.Text).Distinct(System.StringComparer.Ordinal))
                .ToList();

            Assert.NotEmpty(names);
            Assert.Equal(names.Count, names.Distinct(System.StringComparer.Ordinal).Count());
            Assert.All(names, n =>
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(n), n);
                Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(n));
                Assert.Equal(SyntaxKind.None, SyntaxFacts.GetContextualKeywordKind(n));
            });
        }

        [Fact]
        public void With_type_names_from_file_names_a_file_is_named_after_itself_unless_pinned()
        {
            var run = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after storms"), GeneratorHarness.GlobalOptions(typeNames: "FileName"));

            // Path order: annotated.txt (id: wins), harbour-wall.txt (its file name), picked.txt (Id metadata wins).
            Assert.Equal(new[] { "CapitolSelfie", "HarbourWall", "EditorsPick" }, CatalogSyntax.ArticleProperties(run));

            // The article's Id says the same at run time.
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;
            Assert.Equal(new[] { "CapitolSelfie", "HarbourWall", "EditorsPick" }, all.Select(a => a.Id));
        }

        [Fact]
        public void With_type_names_from_file_names_editing_a_headline_renames_nothing()
        {
            var before = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after storms"), GeneratorHarness.GlobalOptions(typeNames: "FileName"));
            var after = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after winter storms"), GeneratorHarness.GlobalOptions(typeNames: "FileName"));

            Assert.Equal(CatalogSyntax.ArticleProperties(before), CatalogSyntax.ArticleProperties(after));

            // By default the headline names the type, so the same edit renames it: the instability the property is for.
            var byHeadline = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after storms"));
            var byEditedHeadline = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after winter storms"));
            Assert.Equal(new[] { "CapitolSelfie", "HarbourWallRebuiltAfterStorms", "EditorsPick" }, CatalogSyntax.ArticleProperties(byHeadline));
            Assert.Equal(new[] { "CapitolSelfie", "HarbourWallRebuiltAfterWinterStorms", "EditorsPick" }, CatalogSyntax.ArticleProperties(byEditedHeadline));
        }

        [Theory]
        [InlineData("FileName", "HarbourWall")]
        [InlineData(" filename ", "HarbourWall")]
        [InlineData("Headline", "HarbourWallRebuiltAfterStorms")]
        [InlineData("Title", "HarbourWallRebuiltAfterStorms")] // not a source SeedModels knows: the default
        [InlineData("", "HarbourWallRebuiltAfterStorms")]
        public void The_property_takes_FileName_in_any_case_and_anything_else_means_the_headline(string value, string expected)
        {
            var run = GeneratorHarness.Run(NamingArticles("Harbour wall rebuilt after storms"), GeneratorHarness.GlobalOptions(typeNames: value));

            Assert.Equal(expected, CatalogSyntax.ArticleProperties(run)[1]);
        }

        [Fact]
        public void With_type_names_from_file_names_two_files_of_one_name_collide_by_path_order()
        {
            var files = new[]
            {
                new TestFile("seeds/harbour/story.txt", "Harbour wall rebuilt\n\nThe wall was rebuilt over the winter.\n"),
                new TestFile("seeds/bridge/story.txt", "Bridge reopens to traffic\n\nThe bridge reopened on Monday.\n"),
            };

            var run = GeneratorHarness.Run(files, GeneratorHarness.GlobalOptions(typeNames: "FileName"));

            Assert.Equal(new[] { "Story", "Story2" }, CatalogSyntax.ArticleProperties(run));
            Assert.Contains("sourceFile: seeds/harbour/story.txt", run.Source("seeds.harbour.story.txt.g.cs"), System.StringComparison.Ordinal);
            Assert.Contains("public sealed record Story2 ", run.Source("seeds.harbour.story.txt.g.cs"), System.StringComparison.Ordinal);
        }

        /// <summary>An article named by its headline or file name, one pinned by <c>id:</c> and one by <c>Id</c> metadata.</summary>
        private static IReadOnlyList<TestFile> NamingArticles(string headline) => new[]
        {
            new TestFile("seeds/harbour-wall.txt", headline + "\n\nThe harbour wall was rebuilt over the winter.\n"),
            new TestFile("seeds/annotated.txt", "---\nid: CapitolSelfie\n---\nPolice officer filmed posing for selfie\n\nThe footage spread quickly.\n"),
            new TestFile("seeds/picked.txt", "Council approves new budget\n\nThe council approved the budget.\n", Id: "EditorsPick"),
        };
    }
}
