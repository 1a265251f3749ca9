using System.Collections.Generic;
using SeedModels.Extraction;
using SeedModels.Extraction.Naming;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// The readable articles in source-path order, each with its distinct type name and hint name: the decisions
    /// every emitted file shares, made once and independent of the order the files arrived in.
    /// </summary>
    internal sealed class CatalogPlan
    {
        private CatalogPlan(List<(ExtractedArticle Article, string TypeName, string HintName)> entries) => Entries = entries;

        public List<(ExtractedArticle Article, string TypeName, string HintName)> Entries { get; }

        /// <summary>Each article with what its record needs (names, chain), for cached emission file by file.</summary>
        public static EquatableArray<PlannedArticle> Articles(EquatableArray<ArticleEntry> models, GeneratorOptions options)
        {
            var plan = Create(models, options);
            var planned = new List<PlannedArticle>(plan.Entries.Count);
            for (var i = 0; i < plan.Entries.Count; i++)
            {
                var (article, typeName, hintName) = plan.Entries[i];
                var next = i + 1 < plan.Entries.Count ? plan.Entries[i + 1].TypeName : null;
                planned.Add(new PlannedArticle(article, typeName, hintName, next, options));
            }

            return EquatableArray<PlannedArticle>.From(planned);
        }

        /// <summary>The catalog's view of the planned articles, in catalog order.</summary>
        public static EquatableArray<CatalogEntry> Catalog(EquatableArray<PlannedFile> files)
        {
            var entries = new List<CatalogEntry>();
            foreach (var file in files)
            {
                foreach (var a in file.Articles)
                {
                    entries.Add(new CatalogEntry(a.TypeName, a.Article.Headline, a.Article.SourceFile));
                }
            }

            return EquatableArray<CatalogEntry>.From(entries);
        }

        /// <summary>The internal helper type that chains the catalog, so no generated method grows with the article count.</summary>
        public static string LinkTypeName(GeneratorOptions options) => ReservedNames.LinkTypeName(options.CatalogName);

        /// <summary>The catalog's file; no article file takes its name.</summary>
        public static string CatalogHintName(GeneratorOptions options) => options.CatalogName + ".g.cs";

        /// <summary>What the plan needs of one article, worked out once per article (the generator caches it); null when the file gives no article.</summary>
        public static ArticleEntry? Entry(ExtractedArticle? article) =>
            article == null ? null : new ArticleEntry(article, HintStem(article.SourceFile) + ".g.cs");

        public static CatalogPlan Create(IEnumerable<ArticleEntry> articles, GeneratorOptions options)
        {
            var readable = new List<ArticleEntry>(articles);
            ArticleCatalog.Order(readable, a => a.Article.SourceFile);
            var keys = new List<(string Identifier, string SourceFile)>(readable.Count);
            foreach (var article in readable)
            {
                keys.Add((article.Article.Id, article.Article.SourceFile));
            }

            var names = ArticleCatalog.Name(keys, options.CatalogName);
            var hints = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { CatalogHintName(options) };
            var entries = new List<(ExtractedArticle Article, string TypeName, string HintName)>(readable.Count);
            for (var i = 0; i < readable.Count; i++)
            {
                entries.Add((readable[i].Article, names[i].TypeName, HintName(readable[i].HintName, hints)));
            }

            return new CatalogPlan(entries);
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
            taken.Add(hint) ? hint : UniqueHintName(hint.Substring(0, hint.Length - ".g.cs".Length), taken);

        /// <summary><c>stem.g.cs</c>, or <c>stem.2.g.cs</c>, <c>stem.3.g.cs</c>, … when another file took it (compared ignoring case).</summary>
        public static string UniqueHintName(string stem, HashSet<string> taken)
        {
            var name = stem + ".g.cs";
            for (var n = 2; !taken.Add(name); n++)
            {
                name = stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            }

            return name;
        }
    }
}
