using System.Threading;
using SeedModels.Extraction;
using SeedModels.Extraction.Naming;
using SeedModels.Extraction.Text;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Parsing
{
    /// <summary>Runs the extraction engine on one article file, as the compiler decoded it.</summary>
    internal static class ArticleFileReader
    {
        /// <summary>The article of one file, its <c>Id</c> metadata applied; null when the file gives none. <paramref name="extract"/> replaces the engine in tests.</summary>
        public static ExtractedArticle? Read(ArticleFile file, ProjectLocation location, ArticleExtraction? extract, CancellationToken cancellationToken)
        {
            var sourceFile = ArticleCatalog.RelativePath(file.Text.Path, location.Directory);
            var text = file.Text.GetText(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (text == null)
            {
                return null;
            }

            var result = ArticleExtractor.ExtractGuarded(text.ToString(), sourceFile, ArticleDecoding.FromEncoding(text.Encoding), extract);
            return result.Article is { } article ? ArticleCatalog.WithIdMetadata(article, file.IdOverride) : null;
        }
    }
}
