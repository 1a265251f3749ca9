using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>SPEC §5: the type name of each article — id annotation, Id metadata, headline, file name; collisions suffixed by path order.</summary>
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

            Assert.Equal(expected, CatalogProperties(run));
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
            var names = run.Single.GeneratedSources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                .Select(t => t.Identifier.Text)
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

        private static string[] CatalogProperties(GeneratorRun run) =>
            run.Single.GeneratedSources.Single(s => s.HintName == "SeedArticles.g.cs").SyntaxTree.GetRoot()
                .DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "SeedArticles")
                .Members.OfType<PropertyDeclarationSyntax>()
                .Select(p => p.Identifier.Text)
                .Where(n => n != "All")
                .ToArray();
    }
}
