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
        /// <summary>
        /// The article of one file, its identifier chosen (<c>Id</c> metadata, <c>id:</c>, then the project's type-name source); null
        /// when the file gives none. <paramref name="extract"/> replaces the engine in tests.
        /// </summary>
        public static ExtractedArticle? Read(ArticleFile file, ArticleExtraction? extract, CancellationToken cancellationToken)
        {
            var sourceFile = ArticleCatalog.RelativePath(file.Text.Path, file.ProjectDirectory);
            var text = file.Text.GetText(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (text == null)
            {
                return null;
            }

            var result = ArticleExtractor.ExtractGuarded(text.ToString(), sourceFile, ArticleDecoding.FromEncoding(text.Encoding), extract);
            return ArticleCatalog.Identified(result, file.IdOverride, file.Naming);
        }
    }
}
