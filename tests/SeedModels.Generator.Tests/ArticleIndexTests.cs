using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeedModels.Generated;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// The runtime side of the catalog (issue 13, item 5): built from the chain of entries on first use without getting any
    /// article; then a lookup gets its own article alone, allocates nothing, and All gets every article once.
    /// </summary>
    public sealed class ArticleIndexTests
    {
        [Fact]
        public void A_lookup_gets_only_the_article_it_finds()
        {
            var (index, gets) = Index(100);

            Assert.True(index.TryGet("Story42", out var found));
            Assert.Equal("seeds/042.txt", found!.SourceFile);
            Assert.Same(found, index.GetBySourceFile("seeds/042.txt"));
            Assert.False(index.TryGet("Story100", out _));

            Assert.Equal(2, gets.Sum());
            Assert.Equal(2, gets[42]);
        }

        [Fact]
        public void All_gets_every_article_once_in_chain_order_and_keeps_the_list()
        {
            var (index, gets) = Index(100);

            var all = index.All;

            Assert.Equal(Enumerable.Range(0, 100).Select(i => "seeds/" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".txt"), all.Select(a => a.SourceFile));
            Assert.All(gets, g => Assert.Equal(1, g));
            Assert.Same(all, index.All);
            Assert.All(gets, g => Assert.Equal(1, g));
        }

        [Fact]
        public void A_lookup_allocates_nothing_once_the_tables_are_built()
        {
            var (index, _) = Index(1000);
            index.Get("Story1");
            index.GetBySourceFile("seeds\\001.txt");
            index.TryGet("Nothing", out _);

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                index.Get("Story500");
                index.TryGet("Story999", out _);
                index.TryGet("Nothing", out _);
                index.GetBySourceFile("seeds/500.txt");
                index.TryGetBySourceFile("seeds\\999.txt", out _);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public async Task Threads_racing_for_the_first_use_see_one_list()
        {
            var (index, _) = Index(500);

            var lists = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => index.All)));

            Assert.All(lists, l => Assert.Same(lists[0], l));
            Assert.Equal(500, lists[0].Count);
        }

        [Fact]
        public void The_first_entry_of_two_with_one_name_or_path_is_found()
        {
            var a = new Article { Id = "Same", SourceFile = "seeds/a.txt" };
            var b = new Article { Id = "Same", SourceFile = "seeds/a.txt" };
            var second = new ArticleLink(typeof(Article), "seeds/a.txt", () => b, null);
            var first = new ArticleLink(typeof(Article), "seeds/a.txt", () => a, () => second);

            var index = new ArticleIndex("Catalog", first);

            Assert.Same(a, index.Get(nameof(Article)));
            Assert.Same(a, index.GetBySourceFile("seeds/a.txt"));
            Assert.Equal(new[] { a, b }, index.All);
        }

        /// <summary>An index over <paramref name="count"/> entries whose getters count their calls; each entry is its own type's stand-in.</summary>
        private static (ArticleIndex Index, int[] Gets) Index(int count)
        {
            var gets = new int[count];
            var articles = Enumerable.Range(0, count)
                .Select(i => new Article { Id = "Story" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceFile = "seeds/" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".txt" })
                .ToArray();
            ArticleLink? Link(int i) => i == count ? null : new ArticleLink(
                new NamedType(articles[i].Id),
                articles[i].SourceFile,
                () =>
                {
                    gets[i]++;
                    return articles[i];
                },
                i + 1 == count ? null : () => Link(i + 1)!);
            return (new ArticleIndex("Catalog", Link(0)), gets);
        }

        /// <summary>A type that only has a name: the index reads nothing else of an entry's type.</summary>
        private sealed class NamedType : System.Reflection.TypeDelegator
        {
            private readonly string _name;

            public NamedType(string name)
                : base(typeof(Article)) => _name = name;

            public override string Name => _name;
        }
    }
}
