using System.Collections.Generic;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Annotations
{
    /// <summary>
    /// Pass 2: reads the front matter (<c>---</c> … <c>---</c>) and the inline <c>date yyyy-MM-dd</c> form.
    /// It records what is written; judging it (unknown keys, bad dates) is the diagnostics pass's job.
    /// </summary>
    internal static class AnnotationPass
    {
        public static AnnotationSet Read(SegmentedText text)
        {
            var entries = new List<Annotation>();
            var lines = text.Lines;
            var firstBodyLine = 0;
            var unclosed = false;

            if (lines.Count > 0 && IsFence(text, lines[0]))
            {
                var close = -1;
                for (var i = 1; i < lines.Count; i++)
                {
                    if (IsFence(text, lines[i]))
                    {
                        close = i;
                        break;
                    }
                }

                // Never closed: keep what reads as front matter, up to the first blank or non key-value line.
                var end = close;
                if (close < 0)
                {
                    unclosed = true;
                    end = 1;
                    while (end < lines.Count && !lines[end].IsBlank && text.Text.IndexOf(':', lines[end].Start, lines[end].Length) > 0)
                    {
                        end++;
                    }
                }

                for (var i = 1; i < end; i++)
                {
                    if (!lines[i].IsBlank)
                    {
                        entries.Add(ReadEntry(text.Text, lines[i]));
                    }
                }

                firstBodyLine = close < 0 ? end : close + 1;
            }

            var inlineEnd = ReadInlineDate(text, firstBodyLine, entries);
            return new AnnotationSet(entries, firstBodyLine, unclosed, inlineEnd);
        }

        private static bool IsFence(SegmentedText text, SourceLine line)
        {
            var s = text.Text;
            var end = line.End;
            while (end > line.Start && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            return end - line.Start == 3 && string.CompareOrdinal(s, line.Start, "---", 0, 3) == 0;
        }

        private static Annotation ReadEntry(string s, SourceLine line)
        {
            var colon = s.IndexOf(':', line.Start, line.Length);
            var keyStart = Chars.SkipSpaces(s, line.Start, line.End);
            if (colon < 0)
            {
                // Not "key: value": the whole line stands as an (unknown) key with no value.
                return new Annotation(Chars.Trimmed(s, keyStart, line.End), keyStart, string.Empty, line.End);
            }

            var key = Chars.Trimmed(s, keyStart, colon);
            var valueStart = Chars.SkipSpaces(s, colon + 1, line.End);
            return new Annotation(key, keyStart, Chars.Trimmed(s, valueStart, line.End), valueStart);
        }

        /// <summary>` date 2021-01-07 Fury has erupted…` pins the date; the rest of the line stays text.</summary>
        private static int ReadInlineDate(SegmentedText text, int firstBodyLine, List<Annotation> entries)
        {
            var s = text.Text;
            var lines = text.Lines;
            var index = firstBodyLine;
            while (index < lines.Count && lines[index].IsBlank)
            {
                index++;
            }

            if (index >= lines.Count)
            {
                return -1;
            }

            var line = lines[index];
            var word = Chars.SkipSpaces(s, line.Start, line.End);
            if (word + 5 > line.End || string.Compare(s, word, "date", 0, 4, System.StringComparison.OrdinalIgnoreCase) != 0 || !char.IsWhiteSpace(s[word + 4]))
            {
                return -1;
            }

            var valueStart = Chars.SkipSpaces(s, word + 4, line.End);
            if (valueStart >= line.End || !char.IsDigit(s[valueStart]))
            {
                return -1;
            }

            var valueEnd = valueStart;
            while (valueEnd < line.End && !char.IsWhiteSpace(s[valueEnd]))
            {
                valueEnd++;
            }

            entries.Add(new Annotation("date", word, s.Substring(valueStart, valueEnd - valueStart), valueStart, IsInline: true));
            return Chars.SkipSpaces(s, valueEnd, line.End);
        }
    }
}
