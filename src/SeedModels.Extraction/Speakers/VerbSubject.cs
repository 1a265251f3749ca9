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
        /// <summary>How many comma-bounded stretches (asides, descriptions) are walked back over from the verb to its subject.</summary>
        private const int MaxStretches = 5;

        /// <summary>The most words a description before a verb runs to (<c>a spokeswoman for the harbour trust</c>).</summary>
        private const int MaxDescription = 7;

        /// <summary>What joins a party member to a place (<c>Democrat of Benwick</c>).</summary>
        private static readonly string[] OfFrom = { "of", "from" };

        /// <summary>Lower-case words that may stand inside a subject's noun phrase (<c>the former deputy harbour master</c>).</summary>
        private static readonly string[] Connectors = { "of", "for", "at", "and", "the", "a", "an" };

        /// <summary>The speaker phrase before <paramref name="verb"/>, within [<paramref name="lo"/>, verb), or null.</summary>
        public static string? Before(string t, List<Word> words, int lo, int verb)
        {
            var end = verb;
            if (end - lo >= 3 && words[end - 1].Is("as") && words[end - 2].Is("quoted"))
            {
                end -= 2; // "Varga is quoted as saying": the one quoted speaks
            }

            while (end > lo && IsInVerbGroup(words[end - 1]) && !CommaAfter(t, words[end - 1]) &&
                   !(words[end - 1].IsCapitalized && end - 2 >= lo && Lexicon.Prepositions.Contains(words[end - 2])))
            {
                end--; // "Varga also said", "Varga has repeatedly said"
            }

            if (end <= lo)
            {
                return null;
            }

            if (IsCoordinating(words[end - 1]))
            {
                return null; // "Varga doubled down and said": the verb shares the clause's subject
            }

            if (IsPronoun(words[end - 1]) && !CommaAfter(t, words[end - 1]))
            {
                return SpeakerPhrase.Read(words, end - 1, end, wholeSpan: true); // "…, which he added"
            }

            // Walking back from the verb over comma-bounded stretches: asides are stepped over ("Varga, in Benwick,
            // said"), and a description gives way to the name before it ("Tom Varga, 52, the harbour master, said").
            var described = false;
            string? description = null;
            for (var stretches = 0; stretches < MaxStretches && end > lo; stretches++)
            {
                end = SpeakerPhrase.WithoutParenthesis(words, lo, end); // "Sen. Jo Bloggs (D-Va.) said"
                var segment = SegmentStart(t, words, lo, end);
                if (described && NameEndingAt(words, segment, end) is { } name)
                {
                    return name; // "as Tom Ridge, a former minister, put it"
                }

                if (segment > lo && (IsAside(t, words, segment, end) || RegionAfterTown.Is(words, segment, end)))
                {
                    end = segment;
                    continue;
                }

                if (!described && segment > lo && IsPlaceExtendingStretchBefore(t, words, lo, segment, end))
                {
                    end = segment;
                    continue;
                }

                // A description opened by a determiner is taken whole ("the harbour master"), a short one at least.
                var np = Lexicon.Determiners.Contains(words[segment]) && end - segment <= MaxDescription ? segment : NounPhraseStart(t, words, segment, end);
                if (np >= end)
                {
                    return description;
                }

                if (segment > lo && !IsPronoun(words[np]) && IsDescription(words, segment, end))
                {
                    description = described ? description : SpeakerPhrase.Read(words, np, end, wholeSpan: true);
                    described = true;
                    end = segment;
                    continue;
                }

                return described ? NameEndingAt(words, segment, end) ?? description : SpeakerPhrase.Read(words, np, end, wholeSpan: true);
            }

            return description;
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
                // "Jo Bloggs, Republican of Benwick, said": a party member from a place is a description.
                return (end - start >= 3 && Lexicon.PartyMembers.ContainsBare(words[start]) && words[start + 1].IsOneOf(OfFrom)) || IsCapitalisedOffice(words, start, end);
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
        /// An office in capitals, tied by <c>for</c> or <c>of</c> to what it covers (<c>Cabinet Member for Environment</c>,
        /// <c>Director of Public Health</c>): a job's word before the preposition, every word before it capitalised. An
        /// organisation's name (<c>Friends of the Earth</c>) holds no job's word.
        /// </summary>
        private static bool IsCapitalisedOffice(List<Word> words, int start, int end)
        {
            for (var i = start + 1; i < end; i++)
            {
                if (words[i].IsCapitalized)
                {
                    continue;
                }

                if (!words[i].Is("for") && !words[i].Is("of"))
                {
                    return false;
                }

                for (var k = start; k < i; k++)
                {
                    if (Lexicon.IsOccupationBare(words[k]) || Lexicon.Roles.ContainsBare(words[k]))
                    {
                        return true;
                    }
                }

                return false;
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
            end = SpeakerPhrase.WithoutParenthesis(words, start, end); // "Rep. Jo Bloggs (D-Md.), chair of …"
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
            if (SpeakerPhrase.IsPerson(name))
            {
                return name;
            }

            // A surname alone only where it opens the stretch and is no common sentence opener.
            return end - run == 1 && run == start && !Lexicon.Determiners.Contains(words[run]) && !words[run].IsAllCaps &&
                   !Lexicon.VerbGroupWords.Contains(words[run]) && !words[run].EndsWith("ly")
                ? name
                : null;
        }

        /// <summary>The most words a place after a comma runs to.</summary>
        private const int MaxPlaceWords = 3;

        /// <summary>
        /// <c>Tom Varga, who lives outside the county town, Benwick, said</c>, <c>Agnes Morrow of Benwick, North Dorset says</c>:
        /// a short capitalised stretch that names no person, after a relative clause or after a named person's town, only
        /// extends the stretch before it (the town, the region); the subject stands further back.
        /// </summary>
        private static bool IsPlaceExtendingStretchBefore(string t, List<Word> words, int lo, int segment, int end)
        {
            if (end - segment > MaxPlaceWords || Lexicon.IsGivenNameBare(words[segment]) || Lexicon.Titles.ContainsBare(words[segment]) ||
                Lexicon.OrganisationWords.ContainsBare(words[end - 1]))
            {
                return false;
            }

            for (var k = segment; k < end; k++)
            {
                if (!words[k].IsCapitalized || words[k].IsPossessive)
                {
                    return false;
                }
            }

            var before = SegmentStart(t, words, lo, segment);
            if (before >= segment)
            {
                return false;
            }

            if (words[before].Is("who") || words[before].Is("whose"))
            {
                return true;
            }

            // "Agnes Morrow of Benwick," : a person named first, then the town a preposition opens.
            var town = segment;
            while (town > before && words[town - 1].IsCapitalized)
            {
                town--;
            }

            var preposition = town - 1;
            if (town == segment || preposition - before < 2 || preposition - before > MaxPlaceWords + 1 || words[preposition].IsCapitalized ||
                !(words[preposition].IsOneOf(OfFrom) || words[preposition].Is("in")) || !Lexicon.IsGivenNameBare(words[before]))
            {
                return false;
            }

            for (var k = before; k < preposition; k++)
            {
                if (!words[k].IsCapitalized)
                {
                    return false; // "Jane Ridge campaigned in Kest, Ebo Mensah said": no name alone opens the stretch before
                }
            }

            return true;
        }

        /// <summary>Whether a noun phrase right after a comma is all that stands before the verb (<c>…, the mayor said</c>).</summary>
        public static bool FollowsComma(string t, List<Word> words, int verb)
        {
            var segment = SegmentStart(t, words, 0, verb);
            if (segment <= 0 || segment >= verb || IsAside(t, words, segment, verb))
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

        /// <summary>
        /// A stretch that says something about the subject without naming it: a relative or prepositional phrase (<c>who
        /// owns it</c>, <c>in Benwick</c>), an age, a participle or adverb phrase (<c>later alleging</c>), a clause
        /// (<c>that the port would close</c>), or a state or party abbreviation after a place (<c>Pa.</c>, <c>R-Pa.</c>).
        /// </summary>
        private static bool IsAside(string t, List<Word> words, int start, int end)
        {
            var first = words[start];
            // "managing director Tom Varga", "acting mayor Jo Bloggs": a participle before a job is part of the job, not an aside.
            var participleOfJob = start + 1 < end && Lexicon.IsOccupationBare(words[start + 1]);
            if (first.IsOneOf(Lexicon.AsideOpeners) || char.IsDigit(first.First) || (!first.IsCapitalized && (Lexicon.Prepositions.Contains(first) ||
                first.Is("that") || (ReportingVerbs.IsParticiple(first) && !participleOfJob) || first.IsOneOf(Lexicon.AsideAdverbs) || IsLyAdverb(first))))
            {
                return true;
            }

            return end - start == 1 && first.IsCapitalized && first.End < t.Length && t[first.End] == '.' &&
                   (first.End - first.Start <= 5 || IsPartyLabel(first));
        }

        /// <summary><c>R-Kest</c>, <c>D-Benwick</c>: a party's initial and a state.</summary>
        private static bool IsPartyLabel(Word w) => w.End - w.Start >= 3 && w.Source[w.Start + 1] == '-' && char.IsUpper(w.Source[w.Start + 2]);

        /// <summary><c>and</c>, <c>but</c>, <c>or</c> right before a verb join it to the predicate before.</summary>
        public static bool IsCoordinating(Word w) => w.Is("and") || w.Is("but") || w.Is("or");

        private static bool IsLyAdverb(Word w) => w.End - w.Start > 4 && w.Source[w.End - 1] == 'y' && w.Source[w.End - 2] == 'l';

        /// <summary>Adverbs, auxiliaries and times between a subject and its verb (<c>Varga later Thursday night told</c>).</summary>
        private static bool IsInVerbGroup(Word w) =>
            w.IsCapitalized ? Lexicon.Weekdays.ContainsBare(w) : Lexicon.VerbGroupWords.Contains(w) || IsLyAdverb(w) || Lexicon.PartsOfDay.Contains(w);

        /// <summary>A comma or a spaced dash: the end of a subject, an aside or an appositive.</summary>
        private static bool CommaAfter(string t, Word w) => Punctuation.BreakAfter(w);
    }
}
