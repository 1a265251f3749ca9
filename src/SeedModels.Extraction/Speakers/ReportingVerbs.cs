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

            return k + 1 < words.Count && ((words[k + 1].Is("back") && words[k].IsOneOf(Lexicon.RetortVerbs)) || (words[k + 1].Is("it") && words[k].IsOneOf(Lexicon.PutForms)));
        }

        /// <summary><c>was told</c>, <c>were asked</c>: the subject is spoken to, not speaking.</summary>
        public static bool IsPassive(List<Word> words, int verb) =>
            verb > 0 && words[verb - 1].IsOneOfLower(Lexicon.FormsOfBe);

        public static bool IsParticiple(Word w) => w.Text.EndsWith("ing", System.StringComparison.Ordinal);

        public static bool CommaAfter(string t, Word w) => Punctuation.CommaAfter(w);
    }
}
