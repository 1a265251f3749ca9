using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// Issue 13, item 5: the catalog looks an article up by id and by source file — one hash lookup, no allocation, the same
    /// instance as its typed property — and says, for an id it does not know, which ids are nearest.
    /// </summary>
    public sealed class CatalogLookupTests
    {
        private const string Catalog = "Demo.Seeds.SeedArticles";

        [Fact]
        public void Get_and_TryGet_give_each_article_by_its_id()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty(Catalog, "All")!;

            Assert.Equal(3, all.Count);
            foreach (var article in all)
            {
                var name = article.GetType().Name;
                Assert.Equal(article.Id, name);
                Assert.Same(article, Call(generated, "Get", name));
                Assert.Same(article, generated.StaticProperty(Catalog, name));
                var (found, value) = TryGet(generated, "TryGet", name);
                Assert.True(found);
                Assert.Same(article, value);
            }
        }

        [Fact]
        public void GetBySourceFile_takes_the_path_with_either_slash()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);
            var expected = generated.StaticProperty(Catalog, "DCCopTookSelfieWithCapitolRioters");

            Assert.Same(expected, Call(generated, "GetBySourceFile", "seeds/002_49b13e417f622695.txt"));
            Assert.Same(expected, Call(generated, "GetBySourceFile", "seeds\\002_49b13e417f622695.txt"));
            var (found, value) = TryGet(generated, "TryGetBySourceFile", "seeds/002_49b13e417f622695.txt");
            Assert.True(found);
            Assert.Same(expected, value);
            Assert.False(TryGet(generated, "TryGetBySourceFile", "seeds/002_49b13e417f622695.TXT").Found); // ordinal, as paths on Linux
        }

        [Fact]
        public void An_unknown_id_is_false_for_TryGet_and_names_the_nearest_ids_for_Get()
        {
            var run = GeneratorHarness.Run(Scenarios.Seeds());
            using var generated = new GeneratedAssembly(run.Output);

            var (found, value) = TryGet(generated, "TryGet", "DCCopTookSelfie");
            Assert.False(found);
            Assert.Null(value);

            var cut = Assert.Throws<KeyNotFoundException>(() => Call(generated, "Get", "DCCopTookSelfie"));
            Assert.Equal(
                "SeedArticles has no article named 'DCCopTookSelfie'. Did you mean 'DCCopTookSelfieWithCapitolRioters'? " +
                "The names are SeedArticles's properties; `seedmodels inspect --json` shows each file's typeName.",
                cut.Message);
            var cased = Assert.Throws<KeyNotFoundException>(() => Call(generated, "Get", "dccoptookselfiewithcapitolrioters"));
            Assert.Contains("Did you mean 'DCCopTookSelfieWithCapitolRioters'?", cased.Message, StringComparison.Ordinal);
            var typo = Assert.Throws<KeyNotFoundException>(() => Call(generated, "Get", "PoliceOfficerAccusedOfSickeningAkt"));
            Assert.Contains("Did you mean 'PoliceOfficerAccusedOfSickeningAct'?", typo.Message, StringComparison.Ordinal);
            var unlike = Assert.Throws<KeyNotFoundException>(() => Call(generated, "Get", "Weather"));
            Assert.DoesNotContain("Did you mean", unlike.Message, StringComparison.Ordinal);

            var path = Assert.Throws<KeyNotFoundException>(() => Call(generated, "GetBySourceFile", "seeds/002_49b13e417f622695.text"));
            Assert.Contains("no article from 'seeds/002_49b13e417f622695.text'. Did you mean 'seeds/002_49b13e417f622695.txt'?", path.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentNullException>(() => Call(generated, "Get", null));
        }

        [Fact]
        public void Two_articles_of_one_id_are_found_by_their_type_names()
        {
            // Both articles' Id is CapitolRiot; the second's type (and catalog property) is CapitolRiot2 (SEED007).
            var run = GeneratorHarness.Run(Scenarios.Get("Collision"));
            using var generated = new GeneratedAssembly(run.Output);

            var first = (Article)Call(generated, "Get", "CapitolRiot")!;
            var second = (Article)Call(generated, "Get", "CapitolRiot2")!;

            Assert.Equal("seeds/a-first.txt", first.SourceFile);
            Assert.Equal("seeds/b-second.txt", second.SourceFile);
            Assert.Equal("CapitolRiot", second.Id);
            Assert.Same(second, generated.StaticProperty(Catalog, "CapitolRiot2"));
        }

        [Fact]
        public void A_project_without_articles_has_an_empty_catalog_whose_lookups_find_nothing()
        {
            var run = GeneratorHarness.Run(new[] { new TestFile("stylecop.json", "{ }", IsArticle: false) });
            using var generated = new GeneratedAssembly(run.Output);

            Assert.Empty((IReadOnlyList<Article>)generated.StaticProperty(Catalog, "All")!);
            Assert.False(TryGet(generated, "TryGet", "Anything").Found);
            Assert.Throws<KeyNotFoundException>(() => Call(generated, "GetBySourceFile", "seeds/a.txt"));
        }

        [Fact]
        public void Every_article_of_a_large_catalog_is_found_by_id_and_file()
        {
            var run = GeneratorHarness.Run(Scenarios.Many(1000));
            using var generated = new GeneratedAssembly(run.Output);
            var all = (IReadOnlyList<Article>)generated.StaticProperty(Catalog, "All")!;

            Assert.Equal(1000, all.Count);
            Assert.All(all, a =>
            {
                Assert.Same(a, Call(generated, "Get", a.GetType().Name));
                Assert.Same(a, Call(generated, "GetBySourceFile", a.SourceFile));
            });
        }

        /// <summary>Calls a public static method of the catalog, unwrapping what it throws.</summary>
        private static object? Call(GeneratedAssembly generated, string method, string? argument)
        {
            try
            {
                return Method(generated, method).Invoke(null, new object?[] { argument });
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }

        private static (bool Found, Article? Article) TryGet(GeneratedAssembly generated, string method, string argument)
        {
            var arguments = new object?[] { argument, null };
            var found = (bool)Method(generated, method).Invoke(null, arguments)!;
            return (found, (Article?)arguments[1]);
        }

        private static MethodInfo Method(GeneratedAssembly generated, string name) =>
            generated.Assembly.GetType(Catalog, throwOnError: true)!.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException(Catalog + " has no public static method " + name);
    }
}
