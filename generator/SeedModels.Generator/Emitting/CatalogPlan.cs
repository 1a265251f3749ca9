using System.Collections.Generic;
using System.Collections.Immutable;
using SeedModels.Extraction;
using SeedModels.Extraction.Naming;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// The decisions every emitted file shares, made once from the articles' keys and independent of the order the files
    /// arrived in: source-path order, distinct type names (ArticleCatalog), hint names, the catalog's chain and the files
    /// (FileGrouping). Then, on every run, each file is given its articles' values by position, which is all a body edit costs.
    /// </summary>
    internal static class CatalogPlan
    {
        private const string HintSuffix = ".g.cs";

        /// <summary>The private class, nested in the catalog, holding each article's entry in the chain.</summary>
        public static string LinkTypeName(GeneratorOptions options) => ReservedNames.LinkTypeName(options.CatalogName);

        /// <summary>The catalog's file; no article file takes its name.</summary>
        public static string CatalogHintName(GeneratorOptions options) => options.CatalogName + HintSuffix;

        /// <summary>What the later steps need of one file's article (worked out once per article; the generator caches it); null when the file gives none.</summary>
        public static ArticleEntry? Entry(ExtractedArticle? article) =>
            article == null ? null : new ArticleEntry(article, new ArticleKey(article.Id, article.SourceFile, HintStem(article.SourceFile) + HintSuffix));

        /// <summary>The keys of the collected articles and where each stands among them (files that give no article have none); equal to the last ones after a body edit.</summary>
        public static CollectedKeys Keys(ImmutableArray<ArticleEntry?> articles)
        {
            var count = 0;
            foreach (var entry in articles)
            {
                count += entry == null ? 0 : 1;
            }

            var keys = new ArticleKey[count];
            var positions = new int[count];
            var k = 0;
            for (var i = 0; i < articles.Length; i++)
            {
                if (articles[i] is { } entry)
                {
                    keys[k] = entry.Key;
                    positions[k++] = i;
                }
            }

            return new CollectedKeys(new EquatableArray<ArticleKey>(keys), new EquatableArray<int>(positions));
        }

        /// <summary>The layout of the articles whose keys these are.</summary>
        public static CatalogLayout Layout(CollectedKeys collected, GeneratorOptions options)
        {
            var keys = collected.Keys;
            var order = new List<int>(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                order.Add(i);
            }

            ArticleCatalog.Order(order, p => keys[p].SourceFile);
            var identifiers = new List<(string Identifier, string SourceFile)>(order.Count);
            foreach (var p in order)
            {
                identifiers.Add((keys[p].Id, keys[p].SourceFile));
            }

            var names = ArticleCatalog.Name(identifiers, options.CatalogName);
            var hints = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { CatalogHintName(options) };
            var planned = new List<FileGrouping.Item>(order.Count);
            for (var i = 0; i < order.Count; i++)
            {
                var key = keys[order[i]];
                planned.Add(new FileGrouping.Item(collected.Positions[order[i]], key.SourceFile, HintName(key.HintName, hints), names[i].TypeName, i + 1 < order.Count ? names[i + 1].TypeName : string.Empty));
            }

            var files = FileGrouping.Group(planned, options);
            return new CatalogLayout(files, new CatalogHead(planned.Count > 0 ? planned[0].TypeName : null, options));
        }

        /// <summary>
        /// The generated files: each file's plan with its articles taken from <paramref name="articles"/> by position. The
        /// layout was made from these articles' keys, in this order; should a position not hold the file the layout expects,
        /// the layout is made again from the articles themselves.
        /// </summary>
        public static ImmutableArray<PlannedFile> Files(ImmutableArray<ArticleEntry?> articles, CatalogLayout layout)
        {
            if (!Matches(articles, layout))
            {
                layout = Layout(Keys(articles), layout.Catalog.Options);
            }

            var files = ImmutableArray.CreateBuilder<PlannedFile>(layout.Files.Count);
            foreach (var file in layout.Files)
            {
                var values = new ExtractedArticle[file.Positions.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = articles[file.Positions[i]]!.Article;
                }

                files.Add(new PlannedFile(file.Plan, new EquatableArray<ExtractedArticle>(values)));
            }

            return files.MoveToImmutable();
        }

        /// <summary>Whether every position of the layout holds the file it was planned for (one string comparison per article, by reference when unchanged).</summary>
        private static bool Matches(ImmutableArray<ArticleEntry?> articles, CatalogLayout layout)
        {
            var count = 0;
            foreach (var file in layout.Files)
            {
                for (var i = 0; i < file.Positions.Count; i++)
                {
                    var p = file.Positions[i];
                    if (p >= articles.Length || articles[p] is not { } entry || !string.Equals(entry.Key.SourceFile, file.SourceFiles[i], System.StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                count += file.Positions.Count;
            }

            foreach (var entry in articles)
            {
                if (entry != null)
                {
                    count--;
                }
            }

            return count == 0;
        }

        /// <summary><c>seeds/story one.txt</c> → <c>seeds.story_one.txt</c>: the path in characters a hint name may hold.</summary>
        public static string HintStem(string sourceFile)
        {
            var chars = new char[sourceFile.Length];
            for (var i = 0; i < chars.Length; i++)
            {
                var c = sourceFile[i];
                chars[i] = c == '/' || c == '\\' ? '.' : (c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_')) ? c : '_';
            }

            return new string(chars).Trim('.');
        }

        /// <summary>The article's hint name (<c>seeds.story_one.txt.g.cs</c>), numbered when another file took it.</summary>
        private static string HintName(string hint, HashSet<string> taken) =>
            taken.Add(hint) ? hint : UniqueHintName(hint.Substring(0, hint.Length - HintSuffix.Length), taken);

        /// <summary><c>stem.g.cs</c>, or <c>stem.2.g.cs</c>, <c>stem.3.g.cs</c>, … when another file took it (compared ignoring case).</summary>
        public static string UniqueHintName(string stem, HashSet<string> taken)
        {
            var name = stem + HintSuffix;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + HintSuffix;
            }

            return name;
        }
    }
}
