using System.Collections.Generic;
using SeedModels.Extraction;

namespace SeedModels.Cli
{
    /// <summary>One inspected file: where it is, the engine's article (none for a file that is no article), its findings and its type name in the catalog.</summary>
    internal sealed class InspectedArticle
    {
        public InspectedArticle(string sourceFile, ExtractedArticle? article, IReadOnlyList<ArticleDiagnostic> diagnostics)
        {
            SourceFile = sourceFile;
            Article = article;
            Diagnostics = diagnostics;
        }

        public string SourceFile { get; }

        public ExtractedArticle? Article { get; }

        public IReadOnlyList<ArticleDiagnostic> Diagnostics { get; }

        /// <summary>The generated type's name; null for a file that is not an article.</summary>
        public string? TypeName { get; set; }
    }
}
