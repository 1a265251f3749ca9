namespace SeedModels
{
    /// <summary>A problem found in an article file, located at a 1-based line and column.</summary>
    public sealed record ArticleDiagnostic
    {
        /// <summary>The diagnostic id, <c>SEED001</c> to <c>SEED013</c> (see the README's Diagnostics section).</summary>
        public string Id { get; init; } = string.Empty;

        /// <summary>The default severity.</summary>
        public ArticleDiagnosticSeverity Severity { get; init; }

        /// <summary>What is wrong, naming the offending value.</summary>
        public string Message { get; init; } = string.Empty;

        /// <summary>1-based line in the source file.</summary>
        public int Line { get; init; }

        /// <summary>1-based column in the source file.</summary>
        public int Column { get; init; }

        /// <summary>Zero-based character offset in the text.</summary>
        public int Start { get; init; }

        /// <summary>How many characters the finding covers (0 for a whole block or file).</summary>
        public int Length { get; init; }
    }
}
