namespace SeedModels.Extraction.Quotes
{
    /// <summary>A quotation mark that does not pair up: never closed, never opened, or closed with the other style.</summary>
    /// <param name="SourceOffset">Where the mark stands in the file.</param>
    /// <param name="Mark">The opening mark (mismatch, never closed) or the stray closing mark.</param>
    /// <param name="OtherMark">For a mismatch, the closing mark that did not match <paramref name="Mark"/>.</param>
    /// <param name="NeverClosed">An opening mark whose quote runs to the end of its paragraph.</param>
    internal sealed record MarkProblem(int SourceOffset, char Mark, char? OtherMark, bool NeverClosed)
    {
        public bool IsMismatch => OtherMark.HasValue;
    }
}
