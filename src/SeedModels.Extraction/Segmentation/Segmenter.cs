using System.Collections.Generic;

namespace SeedModels.Extraction.Segmentation
{
    /// <summary>Pass 1: one scan over the text that finds every line (CRLF, LF or CR) and whether it is blank.</summary>
    internal static class Segmenter
    {
        private static readonly char[] LineBreakChars = { '\r', '\n' };

        public static SegmentedText Split(string text)
        {
            var lines = new List<SourceLine>(LineBreaks(text) + 1);
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var blank = true;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' || c == '\n')
                {
                    lines.Add(new SourceLine(lines.Count + 1, start, i - start, blank));
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                    blank = true;
                }
                else if (blank && !char.IsWhiteSpace(c))
                {
                    blank = false;
                }
            }

            if (start < text.Length || lines.Count == 0)
            {
                lines.Add(new SourceLine(lines.Count + 1, start, text.Length - start, blank));
            }

            return new SegmentedText(text, lines.ToArray());
        }

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
