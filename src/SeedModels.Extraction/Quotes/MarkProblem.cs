namespace SeedModels.Extraction.Quotes
{
    /// <summary>A quotation mark that does not pair up: never closed, never opened, or closed with the other style.</summary>
    internal sealed class MarkProblem
    {
        public MarkProblem(int sourceOffset, char mark, char? otherMark, bool neverClosed)
        {
            SourceOffset = sourceOffset;
            Mark = mark;
            OtherMark = otherMark;
            NeverClosed = neverClosed;
        }

        public int SourceOffset { get; }

        /// <summary>The opening mark (mismatch, never closed) or the stray closing mark.</summary>
        public char Mark { get; }

        /// <summary>For a mismatch, the closing mark that did not match <see cref="Mark"/>.</summary>
        public char? OtherMark { get; }

        public bool NeverClosed { get; }

        public bool IsMismatch => OtherMark.HasValue;
    }
}
