namespace SeedModels.Extraction.Quotes
{
    /// <summary>A quotation the scanner found, before its kind and speaker are decided.</summary>
    internal sealed class ScannedQuote
    {
        /// <summary>Index of the paragraph it opens in (in the scanned list).</summary>
        public int Paragraph { get; set; }

        /// <summary>Offset of the opening mark in that paragraph's text.</summary>
        public int OpenIndex { get; set; }

        /// <summary>Index of the paragraph it closes in (a multi-paragraph quote closes later).</summary>
        public int EndParagraph { get; set; }

        /// <summary>Offset just past the closing mark (or the paragraph's end when never closed).</summary>
        public int EndIndex { get; set; }

        /// <summary>Source offset of the opening mark.</summary>
        public int SourceStart { get; set; }

        /// <summary>The quoted words, marks excluded; paragraphs joined by a blank line.</summary>
        public string Text { get; set; } = string.Empty;

        /// <summary>The quote has a closing mark.</summary>
        public bool Closed { get; set; }

        /// <summary>The last character inside the marks before trimming (<c>,</c> <c>.</c> <c>?</c> …).</summary>
        public char InnerEnd { get; set; }

        public bool SpansParagraphs => EndParagraph > Paragraph;
    }
}
