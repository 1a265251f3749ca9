namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>The diagnostic ids as constants, for hosts that must name them at compile time (Roslyn's release tracking).</summary>
    internal static class DiagnosticIds
    {
        public const string NoHeadline = "SEED001";

        public const string InvalidDate = "SEED002";

        public const string UnknownKey = "SEED003";

        public const string DuplicateKey = "SEED004";

        public const string UnclosedFrontMatter = "SEED005";

        public const string HtmlMarkup = "SEED006";

        public const string DuplicateIdentifier = "SEED007";

        public const string Unreadable = "SEED008";

        public const string UnbalancedQuote = "SEED009";

        public const string MismatchedQuote = "SEED010";

        public const string InvalidId = "SEED011";

        public const string EmptyValue = "SEED012";

        public const string LanguageVersionTooLow = "SEED013";

        public const string InternalError = "SEED015";
    }
}
