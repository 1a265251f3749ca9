using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// A speaker phrase that is a capitalised office and nothing else (<c>the Union Minister</c>, <c>the Minister</c>,
    /// <c>Defence Minister</c>, <c>Mayor</c>): the press writes it for a person it has named, and it is never a name.
    /// </summary>
    internal static class OfficeOnly
    {
        /// <summary>The most capitalised words an office alone runs to (<c>the Deputy Police Commissioner</c>).</summary>
        private const int MaxWords = 4;

        public static bool Is(List<Word> words)
        {
            var start = words.Count > 1 && words[0].LowerIs("the") ? 1 : 0;
            var count = words.Count - start;
            // The last word must be an office (one look-up): most phrases fail here before their words are read.
            if (count < 1 || count > MaxWords || !Lexicon.Roles.ContainsBare(words[words.Count - 1]))
            {
                return false;
            }

            // "Mr. Singer": an honorific opens a name, whatever the surname means.
            if (Lexicon.Titles.ContainsBare(words[start]) && count > 1)
            {
                return false;
            }

            for (var k = start; k < words.Count; k++)
            {
                var w = words[k];
                // "Minister Jo Bloggs" is a name; "the Council's Chief" a description of whose.
                if (!w.IsCapitalized || w.IsAllCaps || w.IsPossessive || (Lexicon.IsGivenNameBare(w) && !Lexicon.Roles.ContainsBare(w)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The office an office-alone phrase names, as <see cref="OfficeHolders"/> records it (<c>minister</c>).</summary>
        public static string Office(List<Word> words) => OfficeHolders.Key(words, words.Count > 1 && words[0].LowerIs("the") ? 1 : 0, words.Count);
    }
}
