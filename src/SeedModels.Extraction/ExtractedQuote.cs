namespace SeedModels.Extraction
{
    /// <summary>A quote with its kind, speaker and position decided.</summary>
    internal sealed class ExtractedQuote
    {
        public ExtractedQuote(string text, string? speaker, bool isDirect, int paragraph, int line, int column)
        {
            Text = text;
            Speaker = speaker;
            IsDirect = isDirect;
            Paragraph = paragraph;
            Line = line;
            Column = column;
        }

        public string Text { get; }

        public string? Speaker { get; }

        public bool IsDirect { get; }

        /// <summary>Index into the body paragraphs; -1 for the standfirst.</summary>
        public int Paragraph { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
