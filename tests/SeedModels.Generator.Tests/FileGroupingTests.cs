using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SeedModels.Extraction;
using SeedModels.Generator.Emitting;
using SeedModels.Generator.Model;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// How planned articles are put into generated files: one each in a small project; in a large one, groups whose
    /// boundaries depend on each article's path alone, so adding an article disturbs only its own group.
    /// </summary>
    public sealed class FileGroupingTests
    {
        private static readonly GeneratorOptions Options = new GeneratorOptions("Demo.Seeds", "SeedArticles");

        [Theory]
        [InlineData(0, 1)]
        [InlineData(3, 1)]
        [InlineData(255, 1)]
        [InlineData(256, 2)]
        [InlineData(1000, 4)]
        [InlineData(10000, 64)]
        [InlineData(100000, 512)]
        public void Articles_per_file_doubles_only_when_the_count_does(int articles, int expected) =>
            Assert.Equal(expected, FileGrouping.ArticlesPerFile(articles));

        [Fact]
        public void A_small_project_gets_one_file_per_article_named_after_it()
        {
            var entries = Entries(Enumerable.Range(0, 255));

            var files = CatalogPlan.Files(entries, CatalogPlan.Layout(Keys(entries), Options));

            Assert.Equal(255, files.Length);
            Assert.Equal(entries.Select(e => e!.Key.HintName), files.Select(f => f.HintName));
            Assert.All(files, f => Assert.Single(f.Articles));
        }

        [Theory]
        [InlineData(1000)]
        [InlineData(10000)]
        public void A_large_project_gets_a_bounded_number_of_bounded_files_holding_every_article_once_in_order(int count)
        {
            var entries = Entries(Enumerable.Range(0, count));
            var target = FileGrouping.ArticlesPerFile(count);

            var files = CatalogPlan.Files(entries, CatalogPlan.Layout(Keys(entries), Options));

            Assert.InRange(files.Length, FileGrouping.FilesBeforeGrouping / 4, FileGrouping.FilesBeforeGrouping * 2);
            Assert.All(files, f => Assert.InRange(f.Articles.Count, 1, target * FileGrouping.MaxTimesTarget));
            Assert.Equal(entries.Select(e => e!.Article.SourceFile), files.SelectMany(f => f.Articles).Select(a => a.SourceFile));
            Assert.Equal(entries.Select(e => e!.Article.Id), files.SelectMany(f => f.Plan.TypeNames));
            Assert.Equal(files.Length, files.Select(f => f.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.DoesNotContain(files, f => string.Equals(f.HintName, "SeedArticles.g.cs", StringComparison.OrdinalIgnoreCase));
            Assert.All(files.Where(f => f.Articles.Count > 1), f =>
                Assert.Equal(CatalogPlan.HintStem(f.Articles[0].SourceFile) + ".and-" + (f.Articles.Count - 1).ToString(CultureInfo.InvariantCulture) + "-more.g.cs", f.HintName));

            // The chain: each article names the next one's type, the last none.
            var next = files.SelectMany(f => f.Plan.NextTypeNames).ToList();
            Assert.Equal(files.SelectMany(f => f.Plan.TypeNames).Skip(1).Append(string.Empty), next);
        }

        [Fact]
        public void The_files_take_the_articles_by_position_whatever_order_they_came_in()
        {
            // Handed over in reverse, with a file that gives no article in the middle: the layout orders by path and skips it.
            var entries = Entries(Enumerable.Range(0, 300)).Reverse().ToList();
            entries.Insert(150, null);
            var collected = entries.ToImmutableArray();

            var files = CatalogPlan.Files(collected, CatalogPlan.Layout(Keys(collected), Options));

            Assert.Equal(Enumerable.Range(0, 300).Select(Path), files.SelectMany(f => f.Articles).Select(a => a.SourceFile));
        }

        [Fact]
        public void A_layout_that_no_longer_fits_the_articles_is_made_again()
        {
            // The layout is made from the keys of the same collected articles; should they ever differ, the files still hold the right articles.
            var old = Entries(Enumerable.Range(0, 10));
            var current = Entries(Enumerable.Range(5, 10));

            var files = CatalogPlan.Files(current, CatalogPlan.Layout(Keys(old), Options));

            Assert.Equal(Enumerable.Range(5, 10).Select(Path), files.SelectMany(f => f.Articles).Select(a => a.SourceFile));
            Assert.Equal(current.Select(e => e!.Article.Id), files.SelectMany(f => f.Plan.TypeNames));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(37)]
        [InlineData(512)]
        [InlineData(999)]
        public void Adding_an_article_changes_at_most_the_two_files_around_it(int insertAt)
        {
            // 1,000 articles with even numbers; the added one takes an odd number, so it sorts between two of them.
            var before = Files(Enumerable.Range(0, 1000).Select(i => 2 * i));
            var after = Files(Enumerable.Range(0, 1000).Select(i => 2 * i).Append(2 * insertAt + 1));

            var changed = after.Except(before).ToList();

            Assert.InRange(changed.Count, 1, 2);
            Assert.Contains(changed, f => f.Articles.Any(a => a.SourceFile == Path(2 * insertAt + 1)));
            Assert.InRange(before.Except(after).Count(), 1, 2);
        }

        [Fact]
        public void The_path_hash_is_FNV_1a_and_so_the_same_on_every_machine()
        {
            Assert.Equal(0x811C9DC5u, FileGrouping.StableHash(string.Empty));
            Assert.Equal(0xE40C292Cu, FileGrouping.StableHash("a"));
            Assert.Equal(0xBF9CF968u, FileGrouping.StableHash("foobar"));
        }

        private static List<PlannedFile> Files(IEnumerable<int> numbers)
        {
            var entries = Entries(numbers);
            return CatalogPlan.Files(entries, CatalogPlan.Layout(Keys(entries), Options)).ToList();
        }

        private static ImmutableArray<ArticleEntry?> Entries(IEnumerable<int> numbers) =>
            numbers.Select(Model).Select(a => CatalogPlan.Entry(a)).ToImmutableArray();

        private static CollectedKeys Keys(ImmutableArray<ArticleEntry?> entries) => CatalogPlan.Keys(entries);

        private static string Path(int n) => "seeds/" + n.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

        private static ExtractedArticle Model(int n)
        {
            var path = Path(n);
            var text = "Story " + n.ToString(CultureInfo.InvariantCulture) + " of the archive\n\nOne sentence of body.\n";
            return SeedModels.Extraction.Naming.ArticleCatalog.WithIdMetadata(ArticleExtractor.Extract(text, path).Article!, "Story" + n.ToString(CultureInfo.InvariantCulture));
        }
    }
}
