using System.Collections.Generic;
using SeedModels.Extraction.Diagnostics;

namespace SeedModels.Extraction
{
    /// <summary>What the engine makes of one article file: the article (none for a file that gives none) and the diagnostics about it.</summary>
    internal sealed class ExtractionResult
    {
        public ExtractionResult(ExtractedArticle? article, List<ExtractedDiagnostic> diagnostics, string? idAnnotation = null)
        {
            Article = article;
            Diagnostics = diagnostics;
            IdAnnotation = idAnnotation;
        }

        /// <summary>The result for a file that gives no article: only <paramref name="why"/> (SEED008 or SEED015).</summary>
        public static ExtractionResult NoArticle(ExtractedDiagnostic why) => new ExtractionResult(null, new List<ExtractedDiagnostic> { why });

        /// <summary>The article; null for an empty, binary or undecodable file, or one the engine failed on (a SEED008 or SEED015 diagnostic says which).</summary>
        public ExtractedArticle? Article { get; }

        public bool IsReadable => Article != null;

        /// <summary>The article's <c>id:</c> annotation as written (null when absent): a type name from another source must not override it.</summary>
        public string? IdAnnotation { get; }

        public List<ExtractedDiagnostic> Diagnostics { get; }
    }
}
