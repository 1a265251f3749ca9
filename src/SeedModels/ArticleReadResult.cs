using System.Collections.Generic;

namespace SeedModels
{
    /// <summary>What <see cref="ArticleReader"/> made of one article file.</summary>
    public sealed class ArticleReadResult
    {
        internal ArticleReadResult(Article? article, IReadOnlyList<ArticleDiagnostic> diagnostics)
        {
            Article = article;
            Diagnostics = diagnostics;
        }

        /// <summary>The article; <see langword="null"/> when the file is empty, binary or not UTF-8 (a SEED008 diagnostic says so), or when SeedModels failed on it (SEED015).</summary>
        public Article? Article { get; }

        /// <summary>The problems found, in file order.</summary>
        public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }
    }
}
