using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary><c>according to X</c> anywhere in the quote's sentence names X as the speaker.</summary>
    internal static class AccordingTo
    {
        public static string? Find(IReadOnlyList<ParagraphWords> paragraphs, ScannedQuote quote, QuoteBounds bounds)
        {
            var opening = paragraphs[quote.Paragraph].Text;
            var headStart = bounds.SentenceStart;
            var closing = paragraphs[quote.EndParagraph].Text;
            var tailEnd = bounds.ClauseEnd;

            // Nearly no sentence says "according to": the words are looked at where they stand, and copied out only for one that may.
            if (!MaySay(paragraphs[quote.Paragraph], headStart, quote.OpenIndex) && !MaySay(paragraphs[quote.EndParagraph], quote.EndIndex, tailEnd))
            {
                return null;
            }

            var head = paragraphs[quote.Paragraph].In(headStart, quote.OpenIndex);
            var tail = paragraphs[quote.EndParagraph].In(quote.EndIndex, tailEnd);
            return In(opening, head) ?? In(closing, tail);
        }

        /// <summary>Whether <see cref="In"/> may find <c>according to</c> in <c>paragraph.In(start, end)</c>: false only when it cannot.</summary>
        private static bool MaySay(ParagraphWords paragraph, int start, int end)
        {
            if (!paragraph.InPlace(start, end, out var first, out var last))
            {
                return true; // a bound cuts a word: In reads its own split
            }

            var all = paragraph.All;
            for (var k = first; k + 2 < last; k++)
            {
                if (all[k].LowerIs("according") && all[k + 1].Is("to"))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? In(string t, List<Word> words)
        {
            for (var k = 0; k + 2 < words.Count; k++)
            {
                if (words[k].LowerIs("according") && words[k + 1].Is("to"))
                {
                    var end = k + 2;
                    while (end < words.Count && !SentenceBounds.Ends(t, words[end]))
                    {
                        end++;
                    }

                    if (words[k + 2].IsOneOf(Lexicon.PossessivePronouns))
                    {
                        return null; // "according to its analysis": the speaker is named elsewhere
                    }

                    return SpeakerPhrase.Read(words, k + 2, System.Math.Min(end + 1, words.Count), wholeSpan: true);
                }
            }

            return null;
        }
    }
}
