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

            if (end > lo)
            {
                end = SpeakerPhrase.WithoutParenthesis(words, lo, end); // "Sen. Jo Bloggs (D-Va.) said"
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

            // "Tom Varga, the harbour master, said", "Varga, analyst at Acme, said", "Tom Varga, Acme's chief strategist,
            // said": a description after a comma gives way to the name before it.
            var phrase = SpeakerPhrase.Read(words, np, end, wholeSpan: true);
            if (segment > lo && !IsPronoun(words[np]) && IsDescription(words, segment, end) &&
                NameEndingAt(words, SegmentStart(t, words, lo, segment), segment) is { } owner)
            {
                return owner;
            }

            return phrase;
        }

        /// <summary>
        /// A description, not a name: it ends in a lower-case noun (<c>Acme's chief strategist</c>), or opens lower-case
        /// with a determiner (<c>a spokesman for Acme</c>) or with a role that a preposition ties to a name
        /// (<c>director of research at Acme</c>); <c>former mayor Jo Bloggs</c> is a name.
        /// </summary>
        private static bool IsDescription(List<Word> words, int start, int end)
        {
            if (end <= start)
            {
                return false;
            }

            if (!words[end - 1].IsCapitalized)
            {
                return true;
            }

            if (words[start].IsCapitalized)
            {
                return false;
            }

            if (Lexicon.Determiners.Contains(words[start]))
            {
                return true;
            }

            for (var i = start + 1; i < end; i++)
            {
                if (!words[i].IsCapitalized && Lexicon.Prepositions.Contains(words[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The person's name that ends a comma-bounded stretch: a full name (<c>Jo Bloggs of Acme</c> is Jo Bloggs), or a
        /// surname that opens it (<c>Bloggs, the mayor,</c>); not a place after a preposition (<c>In Benwick,</c>), a day,
        /// or an opening word (<c>Perhaps,</c>).
        /// </summary>
        private static string? NameEndingAt(List<Word> words, int start, int end)
        {
            var run = end;
            while (run > start && (words[run - 1].IsCapitalized || Names.IsSuffix(words[run - 1]) ||
                                   (run - 1 > start && words[run - 1].IsOneOf(Connectors) && words[run - 2].IsCapitalized)) &&
                   !Lexicon.ClauseOpeners.Contains(words[run - 1]) && !(run == end && Lexicon.CalendarWords.ContainsBare(words[run - 1])))
            {
                run--;
            }

            if (run == end || words[end - 1].IsPossessive || (run > 0 && Lexicon.Prepositions.Contains(words[run - 1])))
            {
                return null;
            }

            var name = SpeakerPhrase.WithoutRole(words, run, end);
            var nameWords = Words.Split(name);
            if (Names.IsPersonName(nameWords, 0, nameWords.Count))
            {
                return name;
            }

            // A surname alone only where it opens the stretch and is no common sentence opener.
            return end - run == 1 && run == start && !Lexicon.Determiners.Contains(words[run]) && !words[run].IsAllCaps &&
                   !Lexicon.VerbGroupWords.Contains(words[run]) && !words[run].Text.EndsWith("ly", System.StringComparison.Ordinal)
                ? name
                : null;
        }

        /// <summary>Whether a noun phrase right after a comma is all that stands before the verb (<c>…, the mayor said</c>).</summary>
        public static bool FollowsComma(string t, List<Word> words, int verb)
        {
            var segment = SegmentStart(t, words, 0, verb);
            if (segment <= 0 || segment >= verb || IsAside(words[segment]))
            {
                return false;
            }

            // The whole stretch is a noun phrase, or a short one that ends in a name ("harbour master Jo Bloggs").
            var last = words[verb - 1];
            return NounPhraseStart(t, words, segment, verb) == segment ||
                   (verb - segment <= MaxDescription && (last.IsCapitalized || Lexicon.PersonPronouns.Contains(last)));
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

        private static bool IsPronoun(Word w) => Lexicon.PersonPronouns.Contains(w) || Lexicon.GroupPronouns.Contains(w) || Lexicon.FirstPersonPronouns.Contains(w);

        private static bool IsAside(Word first) =>
            first.IsOneOf(AsideOpeners) || char.IsDigit(first.First) || (Lexicon.Prepositions.Contains(first) && !first.IsCapitalized);

        /// <summary>Adverbs and auxiliaries between a subject and its verb.</summary>
        private static bool IsInVerbGroup(Word w) =>
            !w.IsCapitalized && (Lexicon.VerbGroupWords.Contains(w) || (w.End - w.Start > 4 && w.Source[w.End - 1] == 'y' && w.Source[w.End - 2] == 'l'));

        private static bool CommaAfter(string t, Word w) => w.End < t.Length && t[w.End] == ',';
    }
}
