using System.Collections.Generic;
using System.Text;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Turns the words that stand where a speaker stands into the speaker: a name without the job title before
    /// it (<c>Health Minister Aroha Ngata</c> → <c>Aroha Ngata</c>), an organisation, a pronoun, or a description.
    /// </summary>
    internal static class SpeakerPhrase
    {
        /// <summary>
        /// The noun phrase that opens <paramref name="words"/>[start, end): a capitalised name (with connectors and a
        /// possessive's head), a pronoun, or a short description. Null when the words do not open with one.
        /// </summary>
        public static string? Read(List<Word> words, int start, int end, bool wholeSpan)
        {
            if (start >= end)
            {
                return null;
            }

            var first = words[start];
            if (Lexicon.PersonPronouns.Contains(first.Text) || Lexicon.GroupPronouns.Contains(first.Text))
            {
                return first.Text.ToLowerInvariant();
            }

            if (first.IsCapitalized && !Lexicon.Determiners.Contains(first.Text))
            {
                var runEnd = CapitalisedRunEnd(words, start, end);
                if (words[runEnd - 1].IsPossessive)
                {
                    // "Washington DC’s police chief": the possessive's head is the speaker.
                    var headEnd = runEnd;
                    while (headEnd < end && headEnd - runEnd < 3 && !words[headEnd].IsCapitalized && !Lexicon.FunctionWords.Contains(words[headEnd].Text))
                    {
                        headEnd++;
                    }

                    return headEnd > runEnd ? Join(words, start, headEnd) : null;
                }

                return WithoutRole(words, start, runEnd);
            }

            if (Lexicon.Determiners.Contains(first.Text) && end - start <= 7 && wholeSpan)
            {
                // "one Twitter user", "a council spokeswoman": a description.
                if (first.Text == "The" || first.Text == "the")
                {
                    var runEnd = CapitalisedRunEnd(words, start + 1, end);
                    if (runEnd == end && runEnd > start + 1)
                    {
                        return WithoutRole(words, start + 1, runEnd);
                    }
                }

                return Join(words, start, end);
            }

            return null;
        }

        /// <summary>Where a run of capitalised words ends; <c>of</c>, <c>for</c>, <c>the</c>, <c>and</c> may join two capitals.</summary>
        public static int CapitalisedRunEnd(List<Word> words, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                var w = words[i];
                if (w.IsCapitalized || (i > start && Names.IsSuffix(w.Text)))
                {
                    if (w.IsPossessive)
                    {
                        return i + 1;
                    }

                    i++;
                    if (i < end && !Adjacent(words[i - 1], words[i]))
                    {
                        break;
                    }

                    continue;
                }

                if (i > start && (Lexicon.NameParticles.Contains(w.Text) || w.Text is "of" or "for" or "the" or "and" or "on") && Continues(words, i, end))
                {
                    i++;
                    continue;
                }

                break;
            }

            return i;
        }

        /// <summary>Drops the job title before a name: everything up to the last role word, when a capitalised name follows it.</summary>
        public static string WithoutRole(List<Word> words, int start, int end)
        {
            for (var i = end - 1; i > start; i--)
            {
                if (Lexicon.Roles.Contains(words[i - 1].Bare) && words[i].IsCapitalized && !Lexicon.OrganisationWords.Contains(words[i].Bare))
                {
                    return Join(words, i, end);
                }
            }

            return Join(words, start, end);
        }

        public static string Join(List<Word> words, int start, int end)
        {
            if (start >= end)
            {
                return string.Empty;
            }

            var b = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    b.Append(' ');
                }

                b.Append(i == end - 1 ? words[i].Bare : words[i].Text);
            }

            return b.ToString();
        }

        private static bool Continues(List<Word> words, int i, int end)
        {
            var j = i;
            while (j < end && (words[j].Text is "of" or "for" or "the" or "and" or "on" || Lexicon.NameParticles.Contains(words[j].Text)))
            {
                j++;
            }

            return j < end && words[j].IsCapitalized && Adjacent(words[j - 1], words[j]);
        }

        /// <summary>Only spaces between two words: a comma or a full stop ends a name.</summary>
        private static bool Adjacent(Word a, Word b) => Words.OnlySpaceBetween(a.Source, a.End, b.Start);
    }
}
