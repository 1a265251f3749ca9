namespace SeedModels
{
    /// <summary>A quotation in an article's body.</summary>
    public sealed record Quote
    {
        /// <summary>The quoted words without their quotation marks; the paragraphs of a multi-paragraph quote are joined by a blank line.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>Who is quoted, if the article says: a person's full name, an organisation or a description.</summary>
        public string? Speaker { get; init; }

        /// <summary>Whether the quote is a full utterance or a fragment.</summary>
        public QuoteKind Kind { get; init; }

        /// <summary>The zero-based index, in <see cref="Article.Paragraphs"/>, of the paragraph the quote opens in; -1 when it opens in the standfirst.</summary>
        public int Paragraph { get; init; }

        /// <summary>The 1-based line of the opening quotation mark in the source file.</summary>
        public int Line { get; init; }

        /// <summary>The 1-based column of the opening quotation mark in the source file.</summary>
        public int Column { get; init; }
    }
}
