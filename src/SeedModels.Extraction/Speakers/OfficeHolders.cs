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
            if (mention == null || (mention.Kind != MentionKind.Person && mention.Kind != MentionKind.SingleName))
            {
                return mention;
            }

            // The last office with a full name (two words at least) after it, with the capitals that qualify it
            // ("Union Minister", "Prime Minister"), so that one office is not taken for another. A surname alone after a bare
            // title ("President Varga", "Harbour Bank President Quint") holds the office too.
            var single = mention.Name.IndexOf(' ') < 0;
            if (!single && mention.Kind == MentionKind.SingleName)
            {
                return mention;
            }

            for (var k = end - (single ? 2 : 3); k >= start; k--)
            {
                if (words[k].IsCapitalized && Lexicon.Roles.ContainsBare(words[k]))
                {
                    var first = k;
                    while (first > start && words[first - 1].IsCapitalized && !words[first - 1].IsPossessive && !Punctuation.BreakAfter(words[first - 1]) &&
                           !Lexicon.Titles.ContainsBare(words[first - 1]))
                    {
                        first--;
                    }

                    // "Benwick Sen. Jo Bloggs" holds "benwick senator", as a description names it.
                    if (Lexicon.Titles.ContainsBare(words[k]))
                    {
                        var role = Lexicon.RoleOfTitle(words[k].Lower);
                        // (A role written out beside the name, "Sen. Jo Bloggs, the Benwick senator,", keeps her described surely.)
                        return mention with { Office = first < k ? Key(words, first, k) + " " + role : role, Abbreviated = mention.Role == null || mention.Abbreviated };
                    }

                    return mention with { Office = Key(words, first, k + 1) };
                }

                if (single)
                {
                    break; // only the word right before a surname alone is its title
                }
            }

            return mention;
        }

        /// <summary>An office as it is compared: its words lower case, without possessives or full stops, one space apart.</summary>
        public static string Key(List<Word> words, int start, int end)
        {
            var length = 0;
            for (var k = start; k < end; k++)
            {
                length += (k > start ? 1 : 0) + words[k].BareEnd - words[k].Start;
            }

            // One buffer for the whole key. ASCII letters are lowered here; any other character leaves the lowering to
            // ToLowerInvariant of the whole key, which maps each character as it would in each word alone (a space maps to
            // itself and no surrogate pair spans one), so the key is the same as the words' lowered one by one.
            var key = new char[length];
            var at = 0;
            var ascii = true;
            for (var k = start; k < end; k++)
            {
                if (k > start)
                {
                    key[at++] = ' ';
                }

                var w = words[k];
                var bareEnd = w.BareEnd;
                for (var c = w.Start; c < bareEnd; c++)
                {
                    var ch = w.Source[c];
                    ascii &= ch < 0x80;
                    key[at++] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
                }
            }

            return ascii ? new string(key) : new string(key).ToLowerInvariant();
        }
    }
}
