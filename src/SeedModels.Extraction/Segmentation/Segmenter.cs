using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Segmentation
{
    /// <summary>Pass 1: finds every line (CRLF, LF or CR) and whether it is blank.</summary>
    internal static class Segmenter
    {
        private static readonly char[] LineBreakChars = { '\r', '\n' };

        public static SegmentedText Split(string text)
        {
            var lines = new List<SourceLine>(LineBreaks(text) + 1);
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

            // From line break to line break; a line's blankness is settled by its first characters.
            for (var end = text.IndexOfAny(LineBreakChars, start); end >= 0; end = text.IndexOfAny(LineBreakChars, start))
            {
                lines.Add(new SourceLine(lines.Count + 1, start, end - start, IsBlank(text, start, end)));
                start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            }

            if (start < text.Length || lines.Count == 0)
            {
                lines.Add(new SourceLine(lines.Count + 1, start, text.Length - start, IsBlank(text, start, text.Length)));
            }

            return new SegmentedText(text, lines.ToArray());
        }

        private static bool IsBlank(string text, int start, int end) => Chars.SkipSpaces(text, start, end) == end;

        /// <summary>At least the number of lines less one (a CRLF counts twice), so the line list is sized once.</summary>
        private static int LineBreaks(string text)
        {
            var count = 0;
            for (var at = text.IndexOfAny(LineBreakChars); at >= 0; at = text.IndexOfAny(LineBreakChars, at + 1))
            {
                count++;
            }

            return count;
        }
    }
}
