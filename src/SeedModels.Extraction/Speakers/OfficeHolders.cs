using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Records the capitalised office written before a person's name (<c>Union Minister for Ports Jo Bloggs</c> holds
    /// <c>minister</c>), so that a later <c>the Minister said</c> can be given to that person (<see cref="OfficeOnly"/>).
    /// </summary>
    internal static class OfficeHolders
    {
        /// <summary>The mention with the office of the run [start, end) that names it, when a capitalised office stands before the name.</summary>
        public static Mention? WithOffice(Mention? mention, List<Word> words, int start, int end)
        {
            if (mention == null || mention.Kind != MentionKind.Person)
            {
                return mention;
            }

            // The last office with a full name (two words at least) after it, with the capitals that qualify it
            // ("Union Minister", "Prime Minister"), so that one office is not taken for another.
            for (var k = end - 3; k >= start; k--)
            {
                if (words[k].IsCapitalized && Lexicon.Roles.ContainsBare(words[k]))
                {
                    var first = k;
                    while (first > start && words[first - 1].IsCapitalized && !words[first - 1].IsPossessive && !Punctuation.BreakAfter(words[first - 1]) &&
                           !Lexicon.Titles.ContainsBare(words[first - 1]))
                    {
                        first--;
                    }

                    return mention with { Office = Key(words, first, k + 1) };
                }
            }

            return mention;
        }

        /// <summary>An office as it is compared: its words lower case, without possessives or full stops, one space apart.</summary>
        public static string Key(List<Word> words, int start, int end)
        {
            var key = new System.Text.StringBuilder();
            for (var k = start; k < end; k++)
            {
                if (key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(words[k].Bare.ToLowerInvariant());
            }

            return key.ToString();
        }
    }
}
