using System;

namespace SeedModels.Extraction.Text
{
    /// <summary>Finds sentence ends: <c>.</c>, <c>?</c> or <c>!</c> (and closing marks after them) before a capital, not after an abbreviation.</summary>
    internal static class Sentences
    {
        private static readonly string[] Abbreviations = { "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "no", "vs", "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.k", "d.c" };

        /// <summary>The shortest and longest of <see cref="Abbreviations"/>: a word of another length before a full stop is none of them.</summary>
        private static readonly int MinAbbreviationLength = System.Linq.Enumerable.Min(Abbreviations, a => a.Length);

        private static readonly int MaxAbbreviationLength = System.Linq.Enumerable.Max(Abbreviations, a => a.Length);

        /// <summary>The characters <see cref="Chars.IsSentenceEnd"/> accepts.</summary>
        private static readonly char[] SentenceEnds = { '.', '?', '!' };

        public static int Count(string s) => Count(s, 0, s.Length);

        /// <summary>Whether the text is one sentence: the count stops at the second, so a long paragraph is not read to its end.</summary>
        public static bool IsOne(string s) => Count(s, 0, s.Length, limit: 2) == 1;

        /// <summary>Counts the sentences in [start, end); stops counting at <paramref name="limit"/>.</summary>
        public static int Count(string s, int start, int end, int limit = int.MaxValue)
        {
            // From one full stop, question or exclamation mark to the next (only they can end a sentence), noting whether a
            // letter or digit came between: the framework's search reads many characters per step.
            var count = 0;
            var content = false;
            for (var i = start; i < end;)
            {
                var mark = s.IndexOfAny(SentenceEnds, i, end - i);
                var stop = mark < 0 ? end : mark;
                for (var k = i; k < stop && !content; k++)
                {
                    content = Chars.IsLetterOrDigit(s[k]);
                }

                if (mark < 0)
                {
                    break;
                }

                if (content && IsEndAt(s, mark, end))
                {
                    content = false;
                    if (++count >= limit)
                    {
                        return count;
                    }
                }

                i = mark + 1;
            }

            return content ? count + 1 : count;
        }

        /// <summary>Whether the character at <paramref name="i"/> ends a sentence that another follows (or the text ends).</summary>
        public static bool IsEndAt(string s, int i, int end)
        {
            if (!Chars.IsSentenceEnd(s[i]))
            {
                return false;
            }

            var j = i + 1;
            while (j < end && IsCloser(s[j]))
            {
                j++;
            }

            if (j >= end)
            {
                return true;
            }

            if (!char.IsWhiteSpace(s[j]))
            {
                return false;
            }

            j = Chars.SkipSpaces(s, j, end);
            if (j >= end)
            {
                return true;
            }

            var next = s[j];
            if (!char.IsUpper(next) && !char.IsDigit(next) && !IsOpener(next))
            {
                return false;
            }

            return s[i] != '.' || !EndsWithAbbreviation(s, start: 0, dot: i);
        }

        private static bool EndsWithAbbreviation(string s, int start, int dot)
        {
            var w = dot;
            while (w > start && (char.IsLetter(s[w - 1]) || s[w - 1] == '.'))
            {
                w--;
            }

            if (dot - w == 1 && char.IsUpper(s[w]))
            {
                return true; // an initial: "J. Smith"
            }

            // Most words before a full stop are longer than any abbreviation: they are compared with none.
            if (dot - w < MinAbbreviationLength || dot - w > MaxAbbreviationLength)
            {
                return false;
            }

            // The word lower-cased is one of them: compared where it stands, a sentence end at a time, without copies.
            foreach (var abbreviation in Abbreviations)
            {
                if (LowerEquals(s, w, dot, abbreviation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <c>s.Substring(start, end - start).ToLowerInvariant() == lower</c>, per character as that lower-cases.</summary>
        private static bool LowerEquals(string s, int start, int end, string lower)
        {
            if (end - start != lower.Length)
            {
                return false;
            }

            for (var k = 0; k < lower.Length; k++)
            {
                if (Chars.ToLowerInvariant(s[start + k]) != lower[k])
                {
                    return false;
                }
            }

            return true;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsCloser(char c) => c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsOpener(char c) => c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[';
    }
}
