using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// The role noun that heads a description of a person (<c>the former secretary of state</c> is a <c>secretary</c>,
    /// <c>a harbour master</c> a <c>master</c>), so that a description used as a speaker names the person the article
    /// introduced by the same role (<c>Jo Bloggs, the former harbour master, …</c>).
    /// </summary>
    internal static class RoleNoun
    {
        /// <summary>The most words a description runs to after its article before its role noun.</summary>
        private const int MaxWords = 5;

        /// <summary>
        /// The index of the role noun of the description that starts at <paramref name="start"/> (after its article):
        /// the word before its first lower-case preposition, else the word the description ends with (at a comma, a dash,
        /// a sentence's end or <paramref name="end"/>); -1 when that word is no lower-case role for a person.
        /// </summary>
        public static int Head(List<Word> words, int start, int end)
        {
            for (var k = start; k < end && k < start + MaxWords; k++)
            {
                var w = words[k];
                if (!w.IsCapitalized && Lexicon.Prepositions.Contains(w))
                {
                    return k > start && IsPersonRole(words[k - 1]) ? k - 1 : -1;
                }

                if (k == end - 1 || Punctuation.BreakAfter(w) || EndsSentence(w))
                {
                    return IsPersonRole(w) ? k : -1;
                }

                // "Jo Bloggs, Pike's campaign manager was asked": an appositive left unclosed ends at its role, before the verb.
                if (IsPersonRole(w) && !words[k + 1].IsCapitalized && !IsPersonRole(words[k + 1]) &&
                    (Lexicon.VerbGroupWords.Contains(words[k + 1]) || Lexicon.IsSpeechVerb(words[k + 1])))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>The most capitalised words the place after a role runs to (<c>the senator from North Sallow</c>).</summary>
        private const int MaxPlaceWords = 3;

        /// <summary>
        /// Where the place after the role noun at <paramref name="head"/> ends (<c>the senator from Sallow</c>, <c>the mayor of
        /// Benwick</c>): past its capitalised words after <c>from</c> or <c>of</c>; <c>head + 1</c> when none follows.
        /// </summary>
        public static int PlaceAfter(List<Word> words, int head)
        {
            var k = head + 1;
            if (k + 1 >= words.Count || Punctuation.BreakAfter(words[head]) || !(words[k].Is("from") || words[k].Is("of")) || !words[k + 1].IsCapitalized)
            {
                return head + 1;
            }

            var end = k + 1;
            while (end < words.Count && end < k + 1 + MaxPlaceWords && words[end].IsCapitalized)
            {
                if (Punctuation.BreakAfter(words[end++]))
                {
                    break;
                }
            }

            return end;
        }

        /// <summary>The key of a role someone holds for another (<c>Pike's manager</c>): the owner's name, a space, the role.</summary>
        public static string Owned(Word owner, Word role) => owner.Lower + " " + role.Lower;

        /// <summary>A lower-case occupation or person noun that names no organisation (<c>master</c>, <c>senator</c>).</summary>
        public static bool IsPersonRole(Word w) =>
            !w.IsCapitalized && (Lexicon.IsOccupationBare(w) || Lexicon.PersonNouns.ContainsBare(w)) && !Lexicon.OrganisationReferences.ContainsBare(w);

        private static bool EndsSentence(Word w) => w.End < w.Source.Length && SentenceBounds.IsEndAt(w.Source, w.End);
    }
}
