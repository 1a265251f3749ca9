namespace SeedModels
{
    /// <summary>How serious an <see cref="ArticleDiagnostic"/> is by default.</summary>
    public enum ArticleDiagnosticSeverity
    {
        /// <summary>Worth knowing; the extraction is still sound.</summary>
        Info,

        /// <summary>The metadata is malformed or the file could not be read as an article.</summary>
        Warning,
    }
}
