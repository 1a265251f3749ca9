using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SeedModels.Tests.RealCorpus
{
    /// <summary>
    /// The real published articles in <c>../shared/corpora</c> (beside the repository, as in CI). Their texts belong to
    /// their publishers: they are read in place at test time and never copied into the repository.
    /// </summary>
    internal static class RealCorpora
    {
        public static string Directory => Path.GetFullPath(Path.Combine(TestSupport.RepositoryRoot, "..", "shared", "corpora"));

        /// <summary>The scoring script shared with developers (<c>tests/corpora.py</c>): one definition of the kept-aside parts.</summary>
        public static string ScoringScript => Path.Combine(TestSupport.RepositoryRoot, "tests", "corpora.py");

        /// <summary>Every corpus folder by name; fails with a clear message when the shared folder is missing.</summary>
        public static IReadOnlyList<string> Names()
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                throw new InvalidOperationException($"The real corpora are not at {Directory}: clone the repository beside the shared folder, as CI does.");
            }

            return System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!;
        }

        /// <summary>The folder of a corpus's article texts (<c>text/</c> for attribution corpora, <c>articles/</c> for page corpora).</summary>
        public static string ArticlesOf(string corpus)
        {
            var text = Path.Combine(Directory, corpus, "text");
            return System.IO.Directory.Exists(text) ? text : Path.Combine(Directory, corpus, "articles");
        }

        /// <summary>Every article file of every corpus, in a stable order.</summary>
        public static IEnumerable<(string Corpus, string File)> AllArticles() =>
            Names().SelectMany(c => System.IO.Directory.GetFiles(ArticlesOf(c), "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(f => (c, f)));
    }
}
