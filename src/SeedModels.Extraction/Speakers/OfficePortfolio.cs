using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// An office and its portfolio before the name after an inverted speech verb (<c>said Mayor of the County of
    /// Sallow Jo Bloggs</c>, <c>said the Committee Member for Parks and Health, Cllr Jo Bloggs</c>): the <c>of the</c>
    /// or <c>for</c> after a capitalised office belongs to the office, and the person it names comes after it.
    /// </summary>
    internal static class OfficePortfolio
    {
        /// <summary>The most words the office, its portfolio and the name after them run to.</summary>
        private const int MaxWords = 16;

        /// <summary>Where the person's name after an office's portfolio starts and ends, reading from word <paramref name="from"/>; null when the words are no office with a portfolio and a name.</summary>
        public static (int Start, int End)? NameAfter(List<Word> words, int from)
        {
            var limit = System.Math.Min(words.Count, from + MaxWords);
            var i = from;
            if (i < limit && words[i].Is("the"))
            {
                i++;
            }

            // The office: capitals ("the Sallow Council's Committee Member"), the last one an office before "of" or "for".
            var office = -1;
            for (; i + 1 < limit && words[i].IsCapitalized && !Punctuation.BreakAfter(words[i]); i++)
            {
                if (Lexicon.IsOccupationBare(words[i]) && (words[i + 1].Is("of") || words[i + 1].Is("for")))
                {
                    office = i;
                    break;
                }
            }

            if (office < 0)
            {
                return null;
            }

            // The portfolio: capitals and connectors up to a given name (or an honorific after a comma) that opens a full name.
            for (var k = office + 2; k < limit; k++)
            {
                var w = words[k];
                if (!w.IsCapitalized)
                {
                    if (w.Is("of") || w.Is("and") || w.Is("the") || w.Is("for"))
                    {
                        continue;
                    }

                    return null;
                }

                var opensName = (Lexicon.IsGivenNameBare(w) && !Lexicon.Roles.ContainsBare(w)) ||
                                ((Lexicon.Titles.ContainsBare(w) || Lexicon.IsOccupationBare(w)) && Punctuation.BreakAfter(words[k - 1]));
                if (!opensName)
                {
                    continue;
                }

                var end = SpeakerPhrase.CapitalisedRunEnd(words, k, words.Count);
                var nameStart = Lexicon.IsGivenNameBare(w) ? k : k + 1;
                return end - nameStart >= 2 && Names.IsPersonName(words, nameStart, end) ? (k, end) : ((int Start, int End)?)null;
            }

            return null;
        }
    }
}
