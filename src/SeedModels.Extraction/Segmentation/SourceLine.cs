namespace SeedModels.Extraction.Segmentation
{
    /// <summary>One line of the article file: where its text starts and how long it is, line break excluded.</summary>
    /// <param name="Number">1-based line number.</param>
    /// <param name="Start">Offset of the first character in the text.</param>
    /// <param name="Length">Characters before the line break.</param>
    /// <param name="IsBlank">Empty or white space only: blank lines separate paragraphs.</param>
    internal readonly record struct SourceLine(int Number, int Start, int Length, bool IsBlank)
    {
        public int End => Start + Length;
    }
}
