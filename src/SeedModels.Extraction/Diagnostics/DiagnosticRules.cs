namespace SeedModels.Extraction.Diagnostics
{
    /// <summary>Every diagnostic the engine can report, in one place (README "Diagnostics").</summary>
    internal static class DiagnosticRules
    {
        public static readonly DiagnosticRule NoHeadline = new DiagnosticRule(
            DiagnosticIds.NoHeadline, DiagnosticSeverityLevel.Warning, "No headline found",
            "No headline could be found: add a short first line followed by a blank line, or a 'headline:' annotation");

        public static readonly DiagnosticRule InvalidDate = new DiagnosticRule(
            DiagnosticIds.InvalidDate, DiagnosticSeverityLevel.Warning, "Invalid date annotation",
            "'{0}' is not a valid yyyy-MM-dd date");

        public static readonly DiagnosticRule UnknownKey = new DiagnosticRule(
            DiagnosticIds.UnknownKey, DiagnosticSeverityLevel.Warning, "Unknown front-matter key",
            "'{0}' is not a known front-matter key (id, headline, standfirst, byline, date, place, agency, source, url, tags)");

        public static readonly DiagnosticRule DuplicateKey = new DiagnosticRule(
            DiagnosticIds.DuplicateKey, DiagnosticSeverityLevel.Warning, "Duplicate front-matter key",
            "Front-matter key '{0}' is given more than once; the first value is used");

        public static readonly DiagnosticRule UnclosedFrontMatter = new DiagnosticRule(
            DiagnosticIds.UnclosedFrontMatter, DiagnosticSeverityLevel.Warning, "Front matter never closed",
            "Front matter opened with '---' is never closed by a '---' line; it is read up to the first blank line");

        public static readonly DiagnosticRule HtmlMarkup = new DiagnosticRule(
            DiagnosticIds.HtmlMarkup, DiagnosticSeverityLevel.Warning, "HTML markup in the text",
            "HTML markup '{0}' in the text; it was removed from the extracted value");

        public static readonly DiagnosticRule DuplicateIdentifier = new DiagnosticRule(
            DiagnosticIds.DuplicateIdentifier, DiagnosticSeverityLevel.Warning, "Two articles resolve to the same identifier",
            "Articles '{0}' resolve to the same identifier '{1}'; this one is named '{2}'");

        public static readonly DiagnosticRule Unreadable = new DiagnosticRule(
            DiagnosticIds.Unreadable, DiagnosticSeverityLevel.Warning, "File is empty, binary or not valid UTF-8",
            "The article file {0}");

        public static readonly DiagnosticRule UnbalancedQuote = new DiagnosticRule(
            DiagnosticIds.UnbalancedQuote, DiagnosticSeverityLevel.Info, "Unbalanced quotation mark",
            "Quotation mark {0} is never {1}");

        public static readonly DiagnosticRule MismatchedQuote = new DiagnosticRule(
            DiagnosticIds.MismatchedQuote, DiagnosticSeverityLevel.Info, "Mismatched quotation marks",
            "Quotation opened with {0} is closed with {1}");

        public static readonly DiagnosticRule InvalidId = new DiagnosticRule(
            DiagnosticIds.InvalidId, DiagnosticSeverityLevel.Warning, "Id annotation is not a C# identifier",
            "'{0}' cannot be a C# identifier; the identifier '{1}' is used instead");

        public static readonly DiagnosticRule EmptyValue = new DiagnosticRule(
            DiagnosticIds.EmptyValue, DiagnosticSeverityLevel.Warning, "Annotation with an empty value",
            "Annotation '{0}' has an empty value and is ignored");

        public static readonly DiagnosticRule LanguageVersionTooLow = new DiagnosticRule(
            DiagnosticIds.LanguageVersionTooLow, DiagnosticSeverityLevel.Warning, "C# version cannot compile records",
            "SeedModels generates records, which need C# 9 or later; this project uses C# {0}");

        public static readonly DiagnosticRule InternalError = new DiagnosticRule(
            DiagnosticIds.InternalError, DiagnosticSeverityLevel.Warning, "SeedModels failed on this article",
            "SeedModels could not extract this article ({0}); no type is generated for it and the other articles are not affected. This is a bug in SeedModels: please report it with the file");

        public static readonly DiagnosticRule[] All =
        {
            NoHeadline, InvalidDate, UnknownKey, DuplicateKey, UnclosedFrontMatter, HtmlMarkup, DuplicateIdentifier,
            Unreadable, UnbalancedQuote, MismatchedQuote, InvalidId, EmptyValue, LanguageVersionTooLow, InternalError,
        };
    }
}
