using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// A paragraph opened by a speaker's name and a colon — a headline's <c>Varga: Pike's ‘Harmful Levy’ Sinks the
    /// Port</c>, a transcript's <c>Varga: …</c> — gives the quotes after the colon to that speaker.
    /// </summary>
    internal static class SpeakerLabel
    {
        /// <summary>The most words a label runs to (<c>Dr. Tom Varga</c>, <c>Kest Gov Varga</c>).</summary>
        private const int MaxLabelWords = 4;

        /// <summary>
        /// The label before the colon, as written, for the first quote after it: a label that opens the paragraph (the
        /// quote anywhere after it, when no quote came between: <paramref name="floor"/>, where the quote before it in the
        /// paragraph ended, is 0), or one that opens a later sentence right before the quote (<c>Varga: “…” Pike: “…”</c>).
        /// </summary>
        public static string? Find(ParagraphWords paragraph, ScannedQuote quote, int floor)
        {
            var t = paragraph.Text;
            var words = paragraph.All;
            var first = floor == 0 ? 0 : LabelRightBefore(t, words, quote.OpenIndex, floor);
            if (first < 0)
            {
                return null;
            }

            for (var k = first; k < words.Count && k < first + MaxLabelWords; k++)
            {
                var w = words[k];

                // "Editor's Note:", "Update:": a possessive or a function word labels no speaker.
                if (w.Start >= quote.OpenIndex || !w.IsCapitalized || w.IsPossessive || Lexicon.FunctionWords.ContainsBare(w) ||
                    Lexicon.CalendarWords.ContainsBare(w))
                {
                    return null;
                }

                if (w.End < t.Length && t[w.End] == ':')
                {
                    return quote.OpenIndex > w.End ? SpeakerPhrase.Join(words, first, k + 1) : null;
                }

                // "Dr. Tom Varga:": only spaces (and a title's full stop) between the label's words.
                if (k + 1 >= words.Count || !Words.OnlySpaceBetween(t, w.End, words[k + 1].Start, "."))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// The first word of a label that ends in a colon right before the quote and opens a sentence after
        /// <paramref name="floor"/> (a full stop or the previous quote's end before it); -1 when none.
        /// </summary>
        private static int LabelRightBefore(string t, List<Word> words, int open, int floor)
        {
            var colon = open - 1;
            while (colon > floor && char.IsWhiteSpace(t[colon]))
            {
                colon--;
            }

            if (colon <= floor || t[colon] != ':')
            {
                return -1;
            }

            // The last word ending at or before the colon, found by halving: a paragraph may hold many quotes.
            int lo = 0, hi = words.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (words[mid].End <= colon)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var last = lo - 1;

            if (last < 0 || words[last].End != colon)
            {
                return -1;
            }

            for (var k = last; k >= 0 && k > last - MaxLabelWords && words[k].Start >= floor; k--)
            {
                // The label opens its sentence: only a sentence end, quote marks and spaces stand between it and the floor.
                var before = k == 0 ? 0 : words[k - 1].End;
                if (before < floor || SentenceBounds.IsEndAt(t, before) || QuoteMarks.IsAny(t[before]))
                {
                    return k;
                }
            }

            return -1;
        }
    }
}
