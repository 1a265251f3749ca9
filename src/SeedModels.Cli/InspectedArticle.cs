namespace SeedModels.Cli
{
    /// <summary>One inspected file: where it is, what the reader made of it, and its type name in the catalog.</summary>
    internal sealed class InspectedArticle
    {
        public InspectedArticle(string sourceFile, ArticleReadResult result)
        {
            SourceFile = sourceFile;
            Result = result;
        }

        public string SourceFile { get; }

        public ArticleReadResult Result { get; }

        /// <summary>The generated type's name; null for a file that is not an article.</summary>
        public string? TypeName { get; set; }
    }
}
