using System;
using System.Collections.Generic;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// Rough spans of an article's text for the real-article mutator to aim at: paragraphs, sentences, quotation marks,
    /// attribution clauses after a quote, capitalised name runs. Only used to choose where a mutation goes (the recipe
    /// records plain offsets), so rough is enough; it must not throw on any text.
    /// </summary>
    internal static class ArticleText
    {
        public static bool IsDoubleQuote(string s, int i) =>
            s[i] is '\u201C' or '\u201D' or '\u201E' or '"' || (s[i] == '\'' && i + 1 < s.Length && s[i + 1] == '\'');

        /// <summary>Blocks of lines separated by blank lines: [start, end) without the line break that ends the block.</summary>
        public static List<(int Start, int End)> Paragraphs(string s)
        {
            var result = new List<(int, int)>();
            var start = -1;
            var lineStart = 0;
            while (lineStart <= s.Length)
            {
                var lineEnd = s.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = s.Length;
                }

                var blank = string.IsNullOrWhiteSpace(s.Substring(lineStart, lineEnd - lineStart));
                if (!blank && start < 0)
                {
                    start = lineStart;
                }
                else if (blank && start >= 0)
                {
                    result.Add((start, TrimEnd(s, start, lineStart)));
                    start = -1;
                }

                lineStart = lineEnd + 1;
            }

            if (start >= 0)
            {
                result.Add((start, TrimEnd(s, start, s.Length)));
            }

            return result;
        }

        private static int TrimEnd(string s, int start, int end)
        {
            while (end > start && (s[end - 1] == '\n' || s[end - 1] == '\r'))
            {
                end--;
            }

            return end;
        }

        /// <summary>Sentences of [start, end): a stop (<c>.</c>, <c>?</c>, <c>!</c>), any closing quote marks, then a space.</summary>
        public static List<(int Start, int End)> Sentences(string s, int start, int end)
        {
            var result = new List<(int, int)>();
            var from = start;
            for (var i = start; i < end; i++)
            {
                if (s[i] is not ('.' or '?' or '!'))
                {
                    continue;
                }

                var j = i + 1;
                while (j < end && (IsDoubleQuote(s, j) || s[j] is '\u2019' or '\'' or ')'))
                {
                    j++;
                }

                if (j == end || s[j] == ' ')
                {
                    if (j - from > 1)
                    {
                        result.Add((from, j));
                    }

                    from = j + 1;
                    i = j;
                }
            }

            if (from < end)
            {
                result.Add((from, end));
            }

            return result;
        }

        /// <summary>Every sentence of the text.</summary>
        public static List<(int Start, int End)> AllSentences(string s)
        {
            var result = new List<(int, int)>();
            foreach (var (ps, pe) in Paragraphs(s))
            {
                result.AddRange(Sentences(s, ps, pe));
            }

            return result;
        }

        /// <summary>
        /// The clauses that follow a quote and name its speaker, from the space after the closing mark to the sentence's
        /// stop: <c>,” said Jane Doe, who is a director.</c> gives <c>said Jane Doe, who is a director</c>.
        /// </summary>
        public static List<(int Start, int End)> AttributionClauses(string s)
        {
            var result = new List<(int, int)>();
            for (var i = 1; i < s.Length - 2; i++)
            {
                if (s[i - 1] is not (',' or '?' or '!') || !IsDoubleQuote(s, i))
                {
                    continue;
                }

                var start = i + (s[i] == '\'' ? 2 : 1);
                if (start >= s.Length || s[start] != ' ')
                {
                    continue;
                }

                start++;
                var end = start;
                while (end < s.Length && end - start < 160 && s[end] is not ('.' or '\n' or '\u201C' or '"' or ':' or ';') && !(s[end] == '\'' && end + 1 < s.Length && s[end + 1] == '\''))
                {
                    end++;
                }

                if (end < s.Length && s[end] == '.' && end - start >= 3)
                {
                    result.Add((start, end));
                }
            }

            return result;
        }

        /// <summary>Where a quotation opens: the index just after its opening double quote mark.</summary>
        public static List<int> QuoteOpenings(string s)
        {
            var result = new List<int>();
            for (var i = 0; i < s.Length; i++)
            {
                if (!IsDoubleQuote(s, i) || s[i] == '\u201D' || (i > 0 && !(char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '\u2014')))
                {
                    continue;
                }

                var width = s[i] == '\'' ? 2 : 1;
                result.Add(i + width);
                i += width - 1;
            }

            return result;
        }

        /// <summary>Runs of two or three capitalised words not opening a sentence: most of them names.</summary>
        public static List<(int Start, int End)> NameRuns(string s)
        {
            var result = new List<(int, int)>();
            var i = 0;
            while (i < s.Length)
            {
                if (!char.IsUpper(s[i]) || i == 0 || s[i - 1] != ' ' || i < 2 || s[i - 2] is '.' or '?' or '!' or '\n')
                {
                    i++;
                    continue;
                }

                var start = i;
                var words = 0;
                var end = i;
                while (i < s.Length && char.IsUpper(s[i]) && words < 3)
                {
                    var w = i;
                    while (w < s.Length && (char.IsLetter(s[w]) || s[w] is '-' or '\'' or '.'))
                    {
                        w++;
                    }

                    if (w - i < 2)
                    {
                        break;
                    }

                    words++;
                    end = s[w - 1] == '.' && w - i > 3 ? w - 1 : w;
                    if (w >= s.Length || s[w] != ' ')
                    {
                        i = w;
                        break;
                    }

                    i = w + 1;
                }

                if (words >= 2)
                {
                    result.Add((start, end));
                }

                i = Math.Max(i, start + 1);
            }

            return result;
        }

        /// <summary>An offset that does not split a surrogate pair.</summary>
        public static int Safe(string s, int at) => at > 0 && at < s.Length && char.IsLowSurrogate(s[at]) && char.IsHighSurrogate(s[at - 1]) ? at - 1 : at;
    }
}
