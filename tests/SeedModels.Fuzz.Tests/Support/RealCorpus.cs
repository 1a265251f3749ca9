using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>One published article of <c>../shared/corpora</c>, read at test time.</summary>
    /// <param name="Key">
    /// <c>corpus#hash</c>: the corpus folder and the first 12 hex digits of the SHA-256 of the file's bytes. A recipe names its
    /// articles by this key, not by file name: the file names of some corpora are slugs of their headlines, which belong to
    /// the publishers and must not be written into the repository.
    /// </param>
    /// <param name="Path">The file on disk (shown in test output only).</param>
    /// <param name="Text">The file's text (strict UTF-8; a leading BOM kept as it is).</param>
    internal sealed record CorpusArticle(string Key, string Path, string Text);

    /// <summary>
    /// The real published articles beside the repository (<c>../shared/corpora/*/text/*.txt</c> and <c>*/articles/*.txt</c>,
    /// as in CI), the raw material of the real-article mutator (<see cref="RealArticleMutator"/>). Read only at test time:
    /// their texts belong to their publishers, so nothing of them is ever written into the repository (a regression made
    /// from them is kept as a <see cref="Recipe"/>). Missing corpora are an error, not a skip.
    /// </summary>
    internal static class RealCorpus
    {
        private static readonly Lazy<Loaded> Articles = new Lazy<Loaded>(Load);

        public static string Folder => System.IO.Path.GetFullPath(RepoRoot.Combine("..", "shared", "corpora"));

        public static IReadOnlyList<CorpusArticle> All => Articles.Value.List;

        /// <summary>The corpora (folder names), each with its articles: the mutator picks a corpus first, so a small one weighs as much as a large one.</summary>
        public static IReadOnlyList<IReadOnlyList<CorpusArticle>> ByCorpus => Articles.Value.ByCorpus;

        public static CorpusArticle Pick(Random r)
        {
            var corpus = ByCorpus[r.Next(ByCorpus.Count)];
            return corpus[r.Next(corpus.Count)];
        }

        /// <summary>The article with this key, or a clear error when the corpora changed since the recipe was written.</summary>
        public static CorpusArticle Get(string key) =>
            Articles.Value.ByKey.TryGetValue(key, out var a)
                ? a
                : throw new InvalidDataException("No article under " + Folder + " has the key " + key +
                                                 " (corpus folder and SHA-256 prefix of its bytes): the corpora changed since this recipe was written");

        internal sealed record Loaded(List<CorpusArticle> List, List<IReadOnlyList<CorpusArticle>> ByCorpus, Dictionary<string, CorpusArticle> ByKey);

        private static Loaded Load() => LoadFrom(Folder);

        internal static Loaded LoadFrom(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(
                    "The real corpora are not at " + folder + ": the real-article fuzz reads the published articles there at test time. " +
                    "Clone the repository beside the shared folder, as CI does.");
            }

            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var list = new List<CorpusArticle>();
            var byCorpus = new List<IReadOnlyList<CorpusArticle>>();
            var byKey = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
            foreach (var corpus in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
            {
                var name = System.IO.Path.GetFileName(corpus);
                var articles = new List<CorpusArticle>();
                foreach (var sub in new[] { "text", "articles" })
                {
                    var dir = System.IO.Path.Combine(corpus, sub);
                    if (!Directory.Exists(dir))
                    {
                        continue;
                    }

                    foreach (var path in Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
                    {
                        var bytes = File.ReadAllBytes(path);
                        string text;
                        try
                        {
                            text = strict.GetString(bytes);
                        }
                        catch (DecoderFallbackException)
                        {
                            continue; // not text to splice; the byte-level fuzz covers invalid UTF-8
                        }

                        var key = name + "#" + Convert.ToHexString(SHA256.HashData(bytes)).Substring(0, 12).ToLowerInvariant();
                        if (byKey.ContainsKey(key))
                        {
                            continue; // the same bytes twice: one key, one article
                        }

                        var article = new CorpusArticle(key, path, text);
                        byKey[key] = article;
                        articles.Add(article);
                    }
                }

                if (articles.Count > 0)
                {
                    byCorpus.Add(articles);
                    list.AddRange(articles);
                }
            }

            if (list.Count == 0)
            {
                throw new InvalidOperationException("No articles under " + folder + "/*/text/*.txt or */articles/*.txt: the real-article fuzz has nothing to mutate.");
            }

            return new Loaded(list, byCorpus, byKey);
        }
    }
}
