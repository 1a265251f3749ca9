using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Naming
{
    /// <summary>
    /// The one place that decides which files are articles and how they are named and ordered, for every host: the generator
    /// and the analyzer (which read the build's marking) and <c>seedmodels inspect</c> (which reads folders). Articles are
    /// ordered by their path relative to the project (ordinal), and named in that order: each takes its identifier (the item's
    /// <c>Id</c> metadata when valid, else the engine's), the first to claim one keeps it, the others get <c>2</c>, <c>3</c>, …
    /// </summary>
    internal static class ArticleCatalog
    {
        /// <summary>The item metadata the package's build files set on article files (build/SeedModels.targets), as the compiler shows it.</summary>
        public const string ArticleMetadata = "build_metadata.AdditionalFiles.SeedModelsArticle";

        /// <summary>An article item's <c>Id</c> metadata, as the compiler shows it.</summary>
        public const string IdMetadata = "build_metadata.AdditionalFiles.Id";

        /// <summary>Whether an additional file's <see cref="ArticleMetadata"/> value marks it as an article.</summary>
        public static bool IsMarked(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a file found in a folder is an article file (what the build's default <c>seeds/**/*.txt</c> takes).</summary>
        public static bool IsArticleFileName(string fileName) => fileName.EndsWith(".txt", StringComparison.Ordinal);

        /// <summary>The article's identifier given the item's <c>Id</c> metadata: that, when it is a valid name, else the engine's.</summary>
        public static ExtractedArticle WithIdMetadata(ExtractedArticle article, string? idMetadata)
        {
            var id = idMetadata?.Trim() ?? string.Empty;
            return id.Length > 0 && Identifiers.IsValid(id) && id != article.Id ? article with { Id = id } : article;
        }

        /// <summary>
        /// The article of <paramref name="result"/> (null when the file gives none) with the identifier its type is named after:
        /// the item's <c>Id</c> metadata when valid, else the <c>id:</c> annotation when valid, else what
        /// <paramref name="naming"/> says (the headline's words, the engine's default, or the file name's), else the file name's.
        /// </summary>
        public static ExtractedArticle? Identified(ExtractionResult result, string? idMetadata, TypeNameSource naming)
        {
            if (result.Article is not { } article)
            {
                return null;
            }

            if (naming == TypeNameSource.FileName)
            {
                var fromFile = Identifiers.For(result.IdAnnotation, null, article.SourceFile);
                article = fromFile == article.Id ? article : article with { Id = fromFile };
            }

            return WithIdMetadata(article, idMetadata);
        }

        /// <summary>Orders articles by source path (ordinal), sorting only when they do not already come in that order.</summary>
        public static void Order<T>(List<T> articles, Func<T, string> sourceFile)
        {
            if (!IdentifierAssigner.InSourceOrder(articles, sourceFile))
            {
                articles.Sort((a, b) => string.CompareOrdinal(sourceFile(a), sourceFile(b)));
            }
        }

        /// <summary>
        /// The type name of each (identifier, source file) in a project whose catalog class is <paramref name="catalogName"/>,
        /// and the file it collided with when it was renamed (a SEED007).
        /// </summary>
        public static (string TypeName, string? CollidedWith)[] Name(IReadOnlyList<(string Identifier, string SourceFile)> articles, string catalogName) =>
            IdentifierAssigner.Assign(articles, ReservedNames.For(catalogName));

        /// <summary>The file's path relative to the project folder, with forward slashes (<c>../</c> for files outside it).</summary>
        public static string RelativePath(string path, string projectDirectory)
        {
            var target = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var from = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (from.Length == 0 || target.Length == 0 || !string.Equals(target[0], from[0], StringComparison.OrdinalIgnoreCase))
            {
                return target.Length == 0 ? path : target[target.Length - 1];
            }

            var common = 0;
            while (common < from.Length && common < target.Length - 1 && string.Equals(from[common], target[common], StringComparison.Ordinal))
            {
                common++;
            }

            var parts = new List<string>();
            for (var i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < target.Length; i++)
            {
                parts.Add(target[i]);
            }

            return string.Join("/", parts);
        }
    }
}
