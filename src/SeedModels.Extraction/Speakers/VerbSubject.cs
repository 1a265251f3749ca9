using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// The subject of a reporting verb, read backwards from the verb: the noun phrase that stands right before it
    /// (<c>Instead, Varga said</c>, <c>When asked, the harbour master told</c>), past adverbs and auxiliaries
    /// (<c>Varga has repeatedly said</c>) and past comma-bounded asides (<c>Varga, in Benwick, said</c>,
    /// <c>Varga, who owns the ferry, said</c>); an appositive description gives way to the name before it
    /// (<c>Tom Varga, the harbour master, said</c>). Whatever opens the sentence no longer matters.
    /// </summary>
    internal static class VerbSubject
    {
        /// <summary>How many comma-bounded asides are stepped over between the subject and its verb.</summary>
        private const int MaxAsides = 2;

        /// <summary>The most words a description before a verb runs to (<c>a spokeswoman for the harbour trust</c>).</summary>
        private const int MaxDescription = 7;

        /// <summary>Words that open an aside rather than a subject (<c>, in Benwick,</c>, <c>, who owns it,</c>).</summary>
        private static readonly string[] AsideOpeners = { "who", "which", "whose", "including", "like", "as", "citing", "speaking", "according" };

        /// <summary>Lower-case words that may stand inside a subject's noun phrase (<c>the former deputy harbour master</c>).</summary>
        private static readonly string[] Connectors = { "of", "for", "at", "and", "the", "a", "an" };

        /// <summary>The speaker phrase before <paramref name="verb"/>, within [<paramref name="lo"/>, verb), or null.</summary>
        public static string? Before(string t, List<Word> words, int lo, int verb)
        {
            var end = verb;
            while (end > lo && IsInVerbGroup(words[end - 1]) && !CommaAfter(t, words[end - 1]))
            {
                end--; // "Varga also said", "Varga has repeatedly said"
            }

            var segment = SegmentStart(t, words, lo, end);
            for (var asides = 0; asides < MaxAsides && segment > lo && IsAside(words[segment]); asides++)
            {
                end = segment; // "Varga, in Benwick, said": the aside is stepped over
                segment = SegmentStart(t, words, lo, end);
            }

            // A description opened by a determiner is taken whole ("the harbour master"), a short one at least.
            var np = Lexicon.Determiners.Contains(words[segment]) && end - segment <= MaxDescription ? segment : NounPhraseStart(t, words, segment, end);
            if (np >= end)
            {
                return null;
            }

            var phrase = SpeakerPhrase.Read(words, np, end, wholeSpan: true);
            if (segment > lo && !words[segment].IsCapitalized)
            {
                // "Tom Varga, the harbour master, said", "Tom Varga, analyst at Acme, said": the name before the appositive.
                var before = SegmentStart(t, words, lo, segment);
                var run = SpeakerPhrase.CapitalisedRunEnd(words, before, segment);
                if (run == segment && Names.IsPersonName(words, before, segment))
                {
                    return SpeakerPhrase.WithoutRole(words, before, segment);
                }
            }

            return phrase;
        }

        /// <summary>Where the comma-bounded stretch that ends at <paramref name="end"/> starts.</summary>
        private static int SegmentStart(string t, List<Word> words, int lo, int end)
        {
            var k = end - 1;
            while (k > lo && !CommaAfter(t, words[k - 1]))
            {
                k--;
            }

            return System.Math.Max(lo, k);
        }

        /// <summary>Walks back from <paramref name="end"/> over the words a noun phrase is made of.</summary>
        private static int NounPhraseStart(string t, List<Word> words, int lo, int end)
        {
            var k = end;
            while (k > lo && IsNounPhraseWord(words[k - 1]))
            {
                k--;
            }

            // Connectors join only what stands on both sides ("a spokesman for Acme", not "for Acme"), and a capitalised
            // sentence opener is no part of the subject ("As Varga put it").
            while (k < end && ((words[k].IsOneOf(Connectors) && !Lexicon.Determiners.Contains(words[k])) ||
                               (Lexicon.ClauseOpeners.Contains(words[k]) && !Lexicon.Determiners.Contains(words[k]))))
            {
                k++;
            }

            return k;
        }

        private static bool IsNounPhraseWord(Word w) =>
            w.IsCapitalized || w.IsPossessive || char.IsDigit(w.First) || Lexicon.Determiners.Contains(w) || w.IsOneOf(Connectors) ||
            Lexicon.IsOccupationBare(w) || Lexicon.OrganisationWords.ContainsBare(w) || Lexicon.NameParticles.Contains(w) ||
            Lexicon.SubjectModifiers.Contains(w) || Lexicon.PersonPronouns.Contains(w) || Lexicon.GroupPronouns.Contains(w);

        private static bool IsAside(Word first) =>
            first.IsOneOf(AsideOpeners) || char.IsDigit(first.First) || (Lexicon.Prepositions.Contains(first) && !first.IsCapitalized);

        /// <summary>Adverbs and auxiliaries between a subject and its verb.</summary>
        private static bool IsInVerbGroup(Word w) =>
            !w.IsCapitalized && (Lexicon.VerbGroupWords.Contains(w) || (w.End - w.Start > 4 && w.Source[w.End - 1] == 'y' && w.Source[w.End - 2] == 'l'));

        private static bool CommaAfter(string t, Word w) => w.End < t.Length && t[w.End] == ',';
    }
}
