namespace SeedModels.Extraction
{
    /// <summary>A quote with its kind, speaker and position decided.</summary>
    /// <param name="Text">The quoted words, marks excluded.</param>
    /// <param name="Speaker">Who says it, when the article says.</param>
    /// <param name="IsDirect">A full utterance rather than a fragment.</param>
    /// <param name="Paragraph">Index into the body paragraphs; -1 for the standfirst.</param>
    /// <param name="Line">1-based line of the opening mark.</param>
    /// <param name="Column">1-based column of the opening mark.</param>
    internal sealed record ExtractedQuote(string Text, string? Speaker, bool IsDirect, int Paragraph, int Line, int Column)
    {
        public static ExtractedQuote Walk(IFieldWalker w, ExtractedQuote? q) => new ExtractedQuote(
            w.Text("text", q?.Text ?? string.Empty),
            w.OptionalText("speaker", q?.Speaker),
            w.Choice("kind", "direct", "partial", q?.IsDirect ?? false),
            w.Number("paragraph", q?.Paragraph ?? 0),
            w.Number("line", q?.Line ?? 0),
            w.Number("column", q?.Column ?? 0));
    }
}
