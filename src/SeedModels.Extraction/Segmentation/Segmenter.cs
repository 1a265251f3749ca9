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

            // One pass from line break to line break into a growing array, then one copy at the exact count: cheaper than
            // finding every break twice (once to count the lines, once to make them). The growing array is the thread's
            // own, kept from the last article (taken while in use, and kept only while it is small), so an article
            // allocates its lines once.
            var lines = _scratch ?? new SourceLine[InitialCapacity];
            _scratch = null;
            var count = 0;

            // A line's blankness is settled by its first characters.
            for (var end = text.IndexOfAny(LineBreakChars, start); end >= 0; end = text.IndexOfAny(LineBreakChars, start))
            {
                Add(ref lines, ref count, new SourceLine(count + 1, start, end - start, IsBlank(text, start, end)));
                start = NextLineStart(text, end);
            }

            if (start < text.Length || count == 0)
            {
                Add(ref lines, ref count, new SourceLine(count + 1, start, text.Length - start, IsBlank(text, start, text.Length)));
            }

            var exact = new SourceLine[count];
            System.Array.Copy(lines, exact, count);
            if (lines.Length <= MaxScratchCapacity)
            {
                _scratch = lines;
            }

            return new SegmentedText(text, exact);
        }

        /// <summary>Lines a thread's growing array starts with: a short article's front matter and paragraphs.</summary>
        private const int InitialCapacity = 64;

        /// <summary>The longest growing array a thread keeps (64 KB): a huge file's does not stay in memory.</summary>
        private const int MaxScratchCapacity = 4096;

        [System.ThreadStatic]
        private static SourceLine[]? _scratch;

        private static void Add(ref SourceLine[] lines, ref int count, SourceLine line)
        {
            if (count == lines.Length)
            {
                System.Array.Resize(ref lines, count * 2);
            }

            lines[count++] = line;
        }

        private static bool IsBlank(string text, int start, int end) => Chars.SkipSpaces(text, start, end) == end;

        /// <summary>Where the line after the break at <paramref name="end"/> starts (a CRLF is one break).</summary>
        private static int NextLineStart(string text, int end) => end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
    }
}
