namespace SeedModels.Extraction.Segmentation
{
    /// <summary>One line of the article file: where its text starts and how long it is, line break excluded.</summary>
    internal readonly struct SourceLine
    {
        public SourceLine(int number, int start, int length, bool isBlank)
        {
            Number = number;
            Start = start;
            Length = length;
            IsBlank = isBlank;
        }

        /// <summary>1-based line number.</summary>
        public int Number { get; }

        /// <summary>Offset of the first character in the text.</summary>
        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        /// <summary>Empty or white space only: blank lines separate paragraphs.</summary>
        public bool IsBlank { get; }
    }
}
