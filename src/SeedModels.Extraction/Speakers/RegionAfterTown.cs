using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// <c>at a hall in Benwick, Sallow Vale, …</c>: the capitalised words right after a town's comma, where the town
    /// follows a preposition, name the region the town lies in — a place, never a speaker or a sentence's subject.
    /// </summary>
    internal static class RegionAfterTown
    {
        /// <summary>Words that open a description of what stands before their comma: a person's, not a region's.</summary>
        private static readonly string[] Describers = { "who", "whose", "the", "a", "an" };

        /// <summary>The most words a town or a region runs to.</summary>
        private const int MaxPlaceWords = 4;

        /// <summary>
        /// Whether [<paramref name="start"/>, <paramref name="end"/>) is such a region, closed by a comma of its own: in
        /// <c>in Benwick, Varga said</c> the word after the town's comma is the subject.
        /// </summary>
        public static bool Is(List<Word> words, int start, int end)
        {
            if (start < 2 || end <= start || end - start > MaxPlaceWords || !Punctuation.CommaAfter(words[end - 1]) ||
                (end < words.Count && words[end].IsOneOf(Describers)) ||
                !words[start - 1].IsCapitalized || !Punctuation.CommaAfter(words[start - 1]) ||
                Lexicon.IsGivenNameBare(words[start]) || Lexicon.Titles.ContainsBare(words[start]))
            {
                return false; // "in Benwick, Tom Varga said": a person after the comma
            }

            for (var k = start; k < end; k++)
            {
                if (!words[k].IsCapitalized || words[k].IsPossessive || (k < end - 1 && Punctuation.CommaAfter(words[k])))
                {
                    return false;
                }
            }

            var town = start - 1;
            while (town > 0 && words[town - 1].IsCapitalized && !Punctuation.CommaAfter(words[town - 1]) && start - town < MaxPlaceWords)
            {
                town--;
            }

            if (Lexicon.CalendarWords.ContainsBare(words[town]))
            {
                return false; // "on Sunday, Varga, who …, said": a day, not a town
            }

            var before = town - 1;
            return before >= 0 && !words[before].IsCapitalized && Lexicon.Prepositions.Contains(words[before]) && !Punctuation.CommaAfter(words[before]);
        }

        /// <summary>The end of the region that starts at <paramref name="start"/> and closes with a comma, or -1.</summary>
        public static int EndAt(List<Word> words, int start, int limit)
        {
            for (var k = start; k < limit && k < start + MaxPlaceWords; k++)
            {
                if (!words[k].IsCapitalized)
                {
                    return -1;
                }

                if (Punctuation.CommaAfter(words[k]))
                {
                    return Is(words, start, k + 1) ? k + 1 : -1;
                }
            }

            return -1;
        }
    }
}
