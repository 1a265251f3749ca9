using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>README "Using the package": the catalog class — a typed property per article and <c>All</c>, in source-file order — at run time.</summary>
    public sealed class CatalogTests
    {
        [Fact]
        public void All_lists_every_article_in_source_file_order()
        {
            // Handed over in reverse: the order of All comes from the paths, not from the compiler.
            var seeds = Scenarios.Seeds();
            var run = GeneratorHarness.Run(seeds.Reverse());
            using var generated = new GeneratedAssembly(run.Output);

            var all = Assert.IsAssignableFrom<IReadOnlyList<Article>>(generated.StaticProperty("Demo.Seeds.SeedArticles", "All"));

            Assert.Equal(
                new[] { "seeds/000_36d0c22b3e2a0d4f.txt", "seeds/001_5638e6038d5e208a.txt", "seeds/002_49b13e417f622695.txt" },
                all.Select(a => a.SourceFile));
            Assert.Equal(
                new[]
                {
                    "Police officer filmed posing for selfie with pro-Trump rioter inside US Capitol",
                    "Police officer accused of 'sickening' act with Trump protester",
                    "DC cop took selfie with Capitol rioters",
                },
                all.Select(a => a.Headline));
            Assert.Same(all, generated.StaticProperty("Demo.Seeds.SeedArticles", "All"));
        }

        [Fact]
        public void Each_typed_property_returns_the_instance_in_All()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;

            Assert.Equal(3, all.Count);
            foreach (var article in all)
            {
                var type = article.GetType();
                Assert.Equal("Demo.Seeds", type.Namespace);
                Assert.True(type.IsSealed);
                Assert.Same(article, generated.StaticProperty("Demo.Seeds.SeedArticles", type.Name));
                Assert.Same(article, generated.StaticProperty(type.FullName!, "Instance"));
                Assert.Equal(type, generated.Assembly.GetType("Demo.Seeds.SeedArticles")!.GetProperty(type.Name)!.PropertyType);
            }
        }

        [Fact]
        public void The_generated_records_hold_what_the_runtime_reader_reads()
        {
            // One engine: a generated record and ArticleReader agree on every field of every seed.
            var seeds = Scenarios.Seeds();
            var run = GeneratorHarness.Run(seeds);
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;

            for (var i = 0; i < seeds.Count; i++)
            {
                var read = ArticleReader.Parse(seeds[i].Text, seeds[i].RelativePath).Article;
                Assert.NotNull(read);

                // Same values; only the record type (and so Equals) differs.
                Assert.Equal(read!, all[i], new ArticleFieldComparer());
            }
        }

        [Fact]
        public void No_generated_member_grows_with_the_article_count()
        {
            var small = GeneratorHarness.Run(Scenarios.Many(10));
            var large = GeneratorHarness.Run(Scenarios.Many(1000));

            var (smallMember, smallSize) = LargestMember(small);
            var (largeMember, largeSize) = LargestMember(large);

            Assert.True(
                largeSize <= smallSize,
                "with 1,000 articles the largest member (" + largeMember + ") has " + largeSize + " syntax nodes; with 10 it was " + smallMember + " with " + smallSize);
            Assert.Equal(1000, large.Sources.Sum(s => System.Text.RegularExpressions.Regex.Matches(s.Text, "public sealed record ").Count));

            // And the long chain still compiles and walks, every article in order.
            GeneratorHarness.AssertNoWarningsOrErrors(large.Output.GetDiagnostics(), "The compilation of 1,000 articles");
            using var generated = new GeneratedAssembly(large.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty("Demo.Seeds.SeedArticles", "All")!;
            Assert.Equal(Enumerable.Range(0, 1000).Select(i => "seeds/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".txt"), all.Select(a => a.SourceFile));
        }

        /// <summary>The member with the most syntax nodes (methods, constructors, properties, fields, accessors) across the generated files.</summary>
        private static (string Member, int Size) LargestMember(GeneratorRun run) =>
            run.Single.GeneratedSources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
                    .Where(m => m is not BaseTypeDeclarationSyntax && m is not BaseNamespaceDeclarationSyntax)
                    .Select(m => (Member: s.HintName + ": " + Describe(m), Size: m.DescendantNodes().Count())))
                .OrderByDescending(m => m.Size)
                .ThenBy(m => m.Member, StringComparer.Ordinal)
                .First();

        private static string Describe(MemberDeclarationSyntax member)
        {
            var text = member.WithoutTrivia().ToString();
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            return newline < 0 ? text : text.Substring(0, newline).TrimEnd();
        }

        /// <summary>Compares two articles field by field, whatever their record types.</summary>
        private sealed class ArticleFieldComparer : IEqualityComparer<Article>
        {
            public bool Equals(Article? x, Article? y) =>
                x != null && y != null &&
                x.Id == y.Id && x.Headline == y.Headline && x.Standfirst == y.Standfirst && Equals(x.Byline, y.Byline) && Equals(x.Dateline, y.Dateline) &&
                x.Quotes.SequenceEqual(y.Quotes) && x.ImageCaptions.SequenceEqual(y.ImageCaptions) && x.Crossheads.SequenceEqual(y.Crossheads) &&
                x.Paragraphs.SequenceEqual(y.Paragraphs) && x.Source == y.Source && x.Url == y.Url && x.Tags.SequenceEqual(y.Tags) && x.SourceFile == y.SourceFile;

            public int GetHashCode(Article obj) => obj.Headline.GetHashCode(StringComparison.Ordinal);
        }
    }
}
