using System;
using System.ComponentModel;

namespace SeedModels.Generated
{
    /// <summary>
    /// For generated code: one article's entry in its project's catalog — its type (whose name its catalog property has too),
    /// its source file, how to get the article, and the next entry. The catalog is a chain of these, one made by each article's
    /// own generated code, so no generated member grows with the number of articles.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ArticleLink
    {
        private readonly Func<Article> _article;

        /// <summary>An entry; the generated code makes one per article.</summary>
        /// <param name="articleType">The article's generated record.</param>
        /// <param name="sourceFile">The article file's path relative to the project, as <see cref="Article.SourceFile"/> has it.</param>
        /// <param name="article">Gets the article (its record's <c>Instance</c>); called only when the article is wanted.</param>
        /// <param name="next">Makes the next entry in catalog order; <see langword="null"/> for the last article.</param>
        public ArticleLink(Type articleType, string sourceFile, Func<Article> article, Func<ArticleLink>? next)
        {
            ArticleType = articleType ?? throw new ArgumentNullException(nameof(articleType));
            SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
            _article = article ?? throw new ArgumentNullException(nameof(article));
            Next = next;
        }

        /// <summary>The article's generated record.</summary>
        public Type ArticleType { get; }

        /// <summary>The name of the article's type and catalog property (from the type: the generated code spends no string constant on it).</summary>
        public string Name => ArticleType.Name;

        /// <summary>The article file's path relative to the project.</summary>
        public string SourceFile { get; }

        /// <summary>The article; decoded the first time any code asks for it, then the same instance.</summary>
        public Article Article => _article();

        internal Func<ArticleLink>? Next { get; }
    }
}
