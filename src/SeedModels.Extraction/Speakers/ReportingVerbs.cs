using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>Whether a word, where it stands, is a verb that reports speech (<c>said</c>, <c>shot back</c>, <c>put it</c>).</summary>
    internal static class ReportingVerbs
    {
        /// <summary>
        /// A verb that reports speech: a speech verb, <c>shot back</c>, or <c>put it</c> (<c>as Varga put it</c>).
        /// </summary>
        public static bool IsReportingVerb(List<Word> words, int k)
        {
            if (Lexicon.IsSpeechVerb(words[k]))
            {
                // "the remarks", "her claims", "in comments": a noun after a determiner or preposition.
                return k == 0 || !(Lexicon.Determiners.Contains(words[k - 1]) || words[k - 1].IsOneOf(Lexicon.PossessivePronouns) ||
                                   (Lexicon.Prepositions.Contains(words[k - 1]) && !words[k - 1].IsCapitalized) || words[k - 1].IsPossessive);
            }

            if (words[k].IsOneOf(Lexicon.QuoteReportingVerbs))
            {
                return true;
            }

            if (k + 1 >= words.Count)
            {
                return false;
            }

            var next = words[k + 1];
            return (next.Is("back") && words[k].IsOneOf(Lexicon.RetortVerbs)) || (next.Is("it") && words[k].IsOneOf(Lexicon.PutForms)) ||
                   (next.Is("on") && words[k].IsOneOf(Lexicon.GoesOnForms) && EndsAtWord(words, k + 1)) ||
                   (next.Is("out") && words[k].IsOneOf(Lexicon.PointsOutForms));
        }

        /// <summary><c>went on.</c>, <c>went on, “…</c>: the particle closes the clause (not <c>went on television</c>).</summary>
        private static bool EndsAtWord(List<Word> words, int k)
        {
            var w = words[k];
            return w.End >= w.Source.Length || w.Source[w.End] == ',' || w.Source[w.End] == '.' || w.Source[w.End] == ':';
        }

        /// <summary><c>was told</c>, <c>were asked</c>: the subject is spoken to, not speaking.</summary>
        public static bool IsPassive(List<Word> words, int verb) =>
            verb > 0 && words[verb - 1].IsOneOfLower(Lexicon.FormsOfBe);

        /// <remarks>Tested where the word stands (<see cref="Word.EndsWith"/> is <c>Text.EndsWith</c>, ordinal): asked of every word before a quote.</remarks>
        public static bool IsParticiple(Word w) => w.EndsWith("ing");

        public static bool CommaAfter(string t, Word w) => Punctuation.CommaAfter(w);
    }
}
