using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Segmentation
{
    /// <summary>Pass 1: finds every line (CRLF, LF or CR) and whether it is blank.</summary>
    internal static class Segmenter
    {
        private static readonly char[] LineBreakChars = { '\r', '\n' };

        public static SegmentedText Split(string text)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var lines = new SourceLine[LineCount(text, start)];
            var count = 0;

            // From line break to line break; a line's blankness is settled by its first characters.
            for (var end = text.IndexOfAny(LineBreakChars, start); end >= 0; end = text.IndexOfAny(LineBreakChars, start))
            {
                lines[count] = new SourceLine(count + 1, start, end - start, IsBlank(text, start, end));
                count++;
                start = NextLineStart(text, end);
            }

            if (start < text.Length || count == 0)
            {
                lines[count] = new SourceLine(count + 1, start, text.Length - start, IsBlank(text, start, text.Length));
            }

            return new SegmentedText(text, lines);
        }

        private static bool IsBlank(string text, int start, int end) => Chars.SkipSpaces(text, start, end) == end;

        /// <summary>Where the line after the break at <paramref name="end"/> starts (a CRLF is one break).</summary>
        private static int NextLineStart(string text, int end) => end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);

        /// <summary>How many lines <see cref="Split"/> makes, counted the same way first, so their array is made once at its size.</summary>
        private static int LineCount(string text, int start)
        {
            var count = 0;
            for (var end = text.IndexOfAny(LineBreakChars, start); end >= 0; end = text.IndexOfAny(LineBreakChars, start))
            {
                count++;
                start = NextLineStart(text, end);
            }

            return start < text.Length || count == 0 ? count + 1 : count;
        }
    }
}
