using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// <c>ROBERT HOWLEY last night toasted …</c>: British papers set a story's first words in capitals, often the full name
    /// of the person it is about; read as that name (<c>Robert Howley</c>), so the surname later and the pronouns find them.
    /// </summary>
    internal static class AllCapsLead
    {
        /// <summary>The most words a name set in capitals runs to.</summary>
        private const int MaxWords = 3;

        /// <summary>The person the capitals [start, end) name at a sentence's start, before lower-case words; null when they are no such name.</summary>
        public static Mention? Find(List<Word> words, int start, int end, int paragraph, bool sentenceStart)
        {
            var count = end - start;
            if (!sentenceStart || count < 2 || count > MaxWords || end >= words.Count || words[end].IsCapitalized || !Lexicon.IsGivenNameBare(words[start]))
            {
                return null;
            }

            var name = new System.Text.StringBuilder();
            for (var k = start; k < end; k++)
            {
                var w = words[k];
                if (!w.IsAllCaps || w.BareEnd - w.Start < 2 || w.IsPossessive || Lexicon.FunctionWords.ContainsBare(w) || Lexicon.OrganisationWords.ContainsBare(w) ||
                    Lexicon.Titles.ContainsBare(w) || Lexicon.IsOccupationBare(w) || Lexicon.CalendarWords.ContainsBare(w))
                {
                    return null;
                }

                if (name.Length > 0)
                {
                    name.Append(' ');
                }

                // "HOWLEY" → "Howley", "O'NEILL" → "O'Neill": a capital after an apostrophe or hyphen stays.
                for (var i = w.Start; i < w.BareEnd; i++)
                {
                    var c = w.Source[i];
                    var opensPart = i == w.Start || w.Source[i - 1] == '\'' || w.Source[i - 1] == '\u2019' || w.Source[i - 1] == '-';
                    name.Append(opensPart ? c : char.ToLowerInvariant(c));
                }
            }

            var text = name.ToString();
            return Names.IsPersonName(text)
                ? new Mention(paragraph, words[start].Start, text, MentionKind.Person, Strong: true, MentionIndex.GivenNameGender(text), Subject: true)
                : null;
        }
    }
}
