using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace SeedModels.Generated
{
    /// <summary>
    /// For generated code: what a project's catalog class answers — every article, and one article by its name or source file.
    /// The tables are built once, on first use, from the chain of <see cref="ArticleLink"/>s the generated code makes, without
    /// decoding any article; after that a lookup is one hash-table probe and allocates nothing, and only <see cref="All"/>
    /// decodes every article.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ArticleIndex
    {
        private readonly string _catalogName;
        private readonly ArticleLink? _first;
        private Tables? _tables;
        private IReadOnlyList<Article>? _all;

        /// <summary>The index of a catalog; nothing is walked until it is first used.</summary>
        /// <param name="catalogName">The catalog class's name, for messages.</param>
        /// <param name="first">The first article's entry; <see langword="null"/> for a project without articles.</param>
        public ArticleIndex(string catalogName, ArticleLink? first)
        {
            _catalogName = catalogName ?? throw new ArgumentNullException(nameof(catalogName));
            _first = first;
        }

        /// <summary>Every article, in source-file order; the first call decodes them all, later calls return the same list.</summary>
        public IReadOnlyList<Article> All => Volatile.Read(ref _all) ?? Publish(ref _all, MakeAll());

        // Read before publishing: a lambda or method group handed to LazyInitializer would allocate a delegate on every lookup.
        private Tables Table => Volatile.Read(ref _tables) ?? Publish(ref _tables, new Tables(_first));

        /// <summary>The article named <paramref name="id"/>, if there is one.</summary>
        /// <param name="id">The name of the article's type and catalog property (its <see cref="Article.Id"/>, with the suffix SEED007 gives a second article of the same id).</param>
        /// <param name="article">The article, or <see langword="null"/>.</param>
        /// <returns>Whether there is such an article.</returns>
        public bool TryGet(string id, [NotNullWhen(true)] out Article? article) =>
            Found(Table.ByName, id ?? throw new ArgumentNullException(nameof(id)), out article);

        /// <summary>The article named <paramref name="id"/>.</summary>
        /// <param name="id">The name of the article's type and catalog property.</param>
        /// <returns>The article.</returns>
        /// <exception cref="KeyNotFoundException">No article has that name; the message names the nearest ones.</exception>
        public Article Get(string id) =>
            TryGet(id, out var article) ? article : throw NotFound("article named '" + id + "'", id, Table.Names);

        /// <summary>The article read from <paramref name="sourceFile"/>, if there is one.</summary>
        /// <param name="sourceFile">The file's path relative to the project, as <see cref="Article.SourceFile"/> has it; <c>\</c> matches <c>/</c>.</param>
        /// <param name="article">The article, or <see langword="null"/>.</param>
        /// <returns>Whether there is such an article.</returns>
        public bool TryGetBySourceFile(string sourceFile, [NotNullWhen(true)] out Article? article) =>
            Found(Table.BySourceFile, sourceFile ?? throw new ArgumentNullException(nameof(sourceFile)), out article);

        /// <summary>The article read from <paramref name="sourceFile"/>.</summary>
        /// <param name="sourceFile">The file's path relative to the project; <c>\</c> matches <c>/</c>.</param>
        /// <returns>The article.</returns>
        /// <exception cref="KeyNotFoundException">No article comes from that file; the message names the nearest paths.</exception>
        public Article GetBySourceFile(string sourceFile) =>
            TryGetBySourceFile(sourceFile, out var article) ? article : throw NotFound("article from '" + sourceFile + "'", sourceFile, Table.SourceFiles);

        /// <summary>Stores <paramref name="value"/> unless another thread stored one first; returns the one stored, so every caller sees one.</summary>
        private static T Publish<T>(ref T? field, T value)
            where T : class =>
            Interlocked.CompareExchange(ref field, value, null) ?? value;

        private static bool Found(Dictionary<string, ArticleLink> table, string key, [NotNullWhen(true)] out Article? article)
        {
            if (table.TryGetValue(key, out var link))
            {
                article = link.Article;
                return true;
            }

            article = null;
            return false;
        }

        private KeyNotFoundException NotFound(string what, string key, IReadOnlyList<string> known)
        {
            var near = NearMatches.For(key, known, 3);
            var message = _catalogName + " has no " + what + "." +
                          (near.Count > 0 ? " Did you mean " + string.Join(", ", near.ConvertAll(n => "'" + n + "'")) + "?" : string.Empty) +
                          " The names are " + _catalogName + "'s properties; `seedmodels inspect --json` shows each file's typeName.";
            return new KeyNotFoundException(message);
        }

        private IReadOnlyList<Article> MakeAll()
        {
            var links = Table.Links;
            var all = new Article[links.Length];
            for (var i = 0; i < links.Length; i++)
            {
                all[i] = links[i].Article;
            }

            return Array.AsReadOnly(all);
        }

        /// <summary>The chain walked once: the entries in order, and the two lookup tables.</summary>
        private sealed class Tables
        {
            public Tables(ArticleLink? first)
            {
                var links = new List<ArticleLink>();
                for (var link = first; link != null; link = link.Next?.Invoke())
                {
                    links.Add(link);
                }

                Links = links.ToArray();
                ByName = new Dictionary<string, ArticleLink>(Links.Length, StringComparer.Ordinal);
                BySourceFile = new Dictionary<string, ArticleLink>(Links.Length, SourcePathComparer.Instance);
                var names = new string[Links.Length];
                var sourceFiles = new string[Links.Length];
                for (var i = 0; i < Links.Length; i++)
                {
                    var link = Links[i];
                    names[i] = link.Name;
                    sourceFiles[i] = link.SourceFile;
                    if (!ByName.ContainsKey(link.Name))
                    {
                        ByName.Add(link.Name, link);
                    }

                    if (!BySourceFile.ContainsKey(link.SourceFile))
                    {
                        BySourceFile.Add(link.SourceFile, link);
                    }
                }

                Names = names;
                SourceFiles = sourceFiles;
            }

            public ArticleLink[] Links { get; }

            public Dictionary<string, ArticleLink> ByName { get; }

            public Dictionary<string, ArticleLink> BySourceFile { get; }

            public IReadOnlyList<string> Names { get; }

            public IReadOnlyList<string> SourceFiles { get; }
        }
    }
}
