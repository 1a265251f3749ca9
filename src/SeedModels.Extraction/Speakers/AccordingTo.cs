using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary><c>according to X</c> anywhere in the quote's sentence names X as the speaker.</summary>
    internal static class AccordingTo
    {
        public static string? Find(IReadOnlyList<ParagraphWords> paragraphs, ScannedQuote quote)
        {
            var opening = paragraphs[quote.Paragraph].Text;
            var head = paragraphs[quote.Paragraph].In(SentenceBounds.SentenceStart(opening, quote.OpenIndex), quote.OpenIndex);
            var closing = paragraphs[quote.EndParagraph].Text;
            var tail = paragraphs[quote.EndParagraph].In(quote.EndIndex, SentenceBounds.ClauseEnd(closing, quote.EndIndex));
            return In(opening, head) ?? In(closing, tail);
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
