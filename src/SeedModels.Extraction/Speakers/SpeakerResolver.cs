using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Turns the words naming a speaker into the name the article uses: pronouns to the last person (or, for
    /// <c>it</c>, organisation) named, <c>Mr Doe</c> or a first name to the full name, an acronym to the
    /// organisation it abbreviates, <c>the company</c> to the organisation named last, and <c>a spokesperson for
    /// X</c> to X.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        private static readonly string[] ForFromOf = { "for", "from", "of" };

        /// <summary>The most words a role description that stands for a person runs to (<c>the former harbour master</c>).</summary>
        private const int MaxRoleDescription = 5;

        /// <summary>The most words of a surname its particles open (<c>van der Bijl</c>, <c>de la Cruz</c>).</summary>
        private const int MaxParticleSurnameWords = 4;

        /// <summary>How many paragraphs back the last person quoted still stands for <c>he</c> or <c>she</c>.</summary>
        private const int SpeakerReach = 2;

        /// <summary>The longest pronoun a speaker phrase can be (<c>they</c>).</summary>
        private const int MaxPronounLength = 4;

        private readonly MentionIndex _mentions;

        /// <summary>The last person a quote was given to, where that quote opened, and their gender.</summary>
        private (int Paragraph, int Index, string Name, Gender Gender)? _lastSpeaker;

        /// <summary>How many paragraphs back a person brought in unnamed (<c>a trader</c>) is still who <c>the trader</c> is.</summary>
        private const int UnnamedIntroductionReach = 2;

        /// <summary>The most words between <c>a</c> and the role noun of an unnamed person's introduction (<c>a senior Labour source</c>).</summary>
        private const int MaxIntroductionModifiers = 3;

        private readonly ParagraphWords[]? _paragraphs;

        public SpeakerResolver(MentionIndex mentions, ParagraphWords[]? paragraphs = null)
        {
            _mentions = mentions;
            _paragraphs = paragraphs;
        }

        /// <summary>
        /// Resolves pronouns, short forms and acronyms to the name the article used; null for a pronoun that names
        /// nobody the article has named (a speaker is never a pronoun).
        /// </summary>
        public string? Resolve(string phrase, int paragraph, int index)
        {
            // "US" and "IT" are acronyms, not pronouns; and no pronoun runs past four letters, so a name is not copied lower-case.
            var lower = phrase.Length > MaxPronounLength || (phrase.Length > 1 && Names.IsAllCaps(phrase)) ? string.Empty : phrase.ToLowerInvariant();
            // No pronoun is empty (and a word set asks its hash set about an empty string): a name skips the three look-ups.
            if (lower.Length > 0 && Lexicon.PersonPronouns.Contains(lower))
            {
                var gender = lower == "she" ? Gender.Female : Gender.Male;
                var person = LastPerson(paragraph, index, gender);
                if (person != null)
                {
                    _mentions.LearnGender(person, gender);
                }

                return person;
            }

            if (lower.Length > 0 && Lexicon.GroupPronouns.Contains(lower))
            {
                return LastMention(paragraph, index, MentionKind.Organisation);
            }

            if (lower.Length > 0 && Lexicon.FirstPersonPronouns.Contains(lower))
            {
                return null; // "I said" inside a quote, or the writer
            }

            // "said one, a retired ferryman", "others said": a number or a quantifier stands for nobody the article names.
            if (Lexicon.IndefiniteSpeakers.Contains(phrase, 0, phrase.Length))
            {
                return null;
            }

            var words = Words.Split(phrase);

            // "a spokesperson for Acme", "a statement from Acme": the organisation speaks.
            if (words.Count >= 4 && Lexicon.Determiners.Contains(words[0]) && words[1].IsOneOfLower(Lexicon.VoicesOfAnOrganisation) &&
                words[2].IsOneOf(ForFromOf))
            {
                return Resolve(SpeakerPhrase.Join(words, 3, words.Count), paragraph, index);
            }

            // "The agency said the wall was paused. A spokeswoman said: “…”": a voice brought in with no owner speaks for the
            // organisation named in this paragraph or the one before, when no person was named after it ("the spokesman" refers
            // back to whoever the article gave one).
            if (words.Count == 2 && (words[0].LowerIs("a") || words[0].LowerIs("an")) && words[1].IsOneOfLower(Lexicon.VoicesOfAnOrganisation) &&
                VoicedOrganisation(paragraph, index) is { } voiced)
            {
                return voiced;
            }

            // "the senator said", "the former harbour master said": a person named before, described by a role — the one the
            // article introduced by that role ("Jo Bloggs, the former harbour master,"), else the last person named. A
            // description with a preposition ("the former secretary of state") is only ever the one introduced so.
            if (words.Count >= 2 && words.Count <= MaxRoleDescription && words[0].LowerIs("the"))
            {
                var head = RoleNoun.Head(words, 1, words.Count);
                if (head > 0 && _mentions.LastDescribedAs(paragraph, index, words[head].Lower, words, 1, head) is { } described)
                {
                    return described;
                }

                if (IsPersonRole(words[words.Count - 1]) && !HasLowerPreposition(words))
                {
                    // "A trader …, who declined to be named, said …. “…,” the trader said.": someone the article brought in as
                    // "a trader" is someone new it never names, not the last person it named.
                    return IntroducedUnnamed(paragraph, index, words[words.Count - 1]) ? phrase : LastPerson(paragraph, index, Gender.Unknown) ?? phrase;
                }
            }

            // "Pike's campaign manager said": the person the article introduced as that ("Kester Varga, Pike's campaign manager,");
            // the description itself is no speaker's name.
            if (words.Count >= 2 && words.Count <= MaxRoleDescription && words[0].IsPossessive && words[0].IsCapitalized)
            {
                var head = RoleNoun.Head(words, 1, words.Count);
                if (head > 0 && _mentions.LastDescribedAs(paragraph, index, RoleNoun.Owned(words[0], words[head])) is { } described)
                {
                    return described;
                }
            }

            // "the Union Minister said", "asked the Minister": a capitalised office alone stands for the person the article
            // named with that office before their name ("Union Minister Jo Bloggs"); it is no name of its own.
            if (OfficeOnly.Is(words) && _mentions.LastHolding(paragraph, index, OfficeOnly.Office(words)) is { } holder)
            {
                return holder;
            }

            // "her campaign said", "his recent remarks …, saying": the person the possessive stands for speaks through them
            // (but "his wife", "her aide" are someone else).
            if (words.Count >= 2 && words.Count <= MaxRoleDescription && (words[0].LowerIs("his") || words[0].LowerIs("her")) && AllLowerAfterFirst(words) &&
                !IsOtherPerson(words[words.Count - 1]))
            {
                return LastPerson(paragraph, index, words[0].LowerIs("her") ? Gender.Female : Gender.Male) ?? phrase;
            }

            // "the company said": the organisation the article introduced as a company ("retailer Harwick Foods"), else the one
            // named last.
            if (words.Count == 2 && words[0].LowerIs("the") && Lexicon.OrganisationReferences.Contains(words[1]))
            {
                return _mentions.LastOrganisationCalled(paragraph, index, words[1].Lower) ?? LastMention(paragraph, index, MentionKind.Organisation) ?? phrase;
            }

            if (words.Count == 1 && words[0].IsAllCaps && words[0].Text.Length >= 2)
            {
                return _mentions.Expand(words[0].Text) ?? phrase;
            }

            // "Ó Ceallaigh said", "van der Bijl said": a surname its particles open is the surname alone, and stands for the full
            // name that ends with it.
            if (words.Count >= 2 && words.Count <= MaxParticleSurnameWords && Lexicon.NameParticles.ContainsBare(words[0]) &&
                _mentions.FullName(words[words.Count - 1].Text, allowFirstName: false) is { } fuller &&
                fuller.Length > phrase.Length && fuller.EndsWith(" " + phrase, System.StringComparison.OrdinalIgnoreCase))
            {
                return fuller;
            }

            // "Ms Okafor", "Okafor" or (for people the article calls by first name) "Maya": the full name used before. Titles may
            // stack ("Datuk Seri Ahmad"), and a titled name may be the name the person's culture puts first ("Madam Goh" for Goh
            // Lay Hoon, "Datuk Seri Ahmad" for Ahmad Faizal Rahman) when no full name ends with it.
            var titles = 0;
            while (titles < words.Count - 1 && Lexicon.Titles.ContainsBare(words[titles]))
            {
                titles++;
            }

            if (words.Count - titles == 1)
            {
                var single = words[titles].Text;
                return _mentions.FullName(single, allowFirstName: titles == 0) ??
                       (titles > 0 && _mentions.FullNameOpenedBy(single) is { } openedBy && IsPlainName(openedBy) ? openedBy : null) ??
                       phrase;
            }

            return phrase;
        }

        /// <summary>A name of capitalised words and particles only (not <c>Makama of Maseru</c>, a name and its town).</summary>
        private static bool IsPlainName(string name)
        {
            foreach (var w in Words.Split(name))
            {
                if (!w.IsCapitalized && !Lexicon.NameParticles.ContainsBare(w))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether, in this paragraph before <paramref name="index"/> or the two before it, an indefinite noun phrase has
        /// <paramref name="role"/> for its noun (<c>a trader</c>, <c>an official</c>, <c>a senior Labour source</c>) with no name
        /// set beside it (<c>a trader, Jo Bloggs,</c> or <c>a trader named Jo Bloggs</c> names one).
        /// </summary>
        private bool IntroducedUnnamed(int paragraph, int index, Word role)
        {
            if (_paragraphs == null)
            {
                return false;
            }

            var noun = role.Lower;
            for (var p = paragraph; p >= 0 && paragraph - p <= UnnamedIntroductionReach; p--)
            {
                var all = _paragraphs[p].All;
                for (var k = 0; k < all.Count && (p < paragraph || all[k].Start < index); k++)
                {
                    if (all[k].LowerIs(noun) && IndefiniteBefore(all, k) && !NamedAfter(all, k))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// <c>a</c> or <c>an</c> at most three words before word <paramref name="k"/>, with no mark between, bringing someone in
        /// (<see cref="OpensIntroduction"/>).
        /// </summary>
        private static bool IndefiniteBefore(System.Collections.Generic.List<Word> all, int k)
        {
            for (var j = k - 1; j >= 0 && k - j <= MaxIntroductionModifiers + 1; j--)
            {
                if (all[j].LowerIs("a") || all[j].LowerIs("an"))
                {
                    return OpensIntroduction(all, j);
                }

                if (Words.AnyBetween(all[j], all[j + 1], ",;:()") || Lexicon.Determiners.Contains(all[j]))
                {
                    return false; // a comma or another determiner ("the", "his") between
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <c>a</c> at word <paramref name="j"/> brings someone in as the one who speaks: opening the sentence (<c>A trader
        /// …, who declined to be named, said</c>) or after the reporting verb (<c>…,” said a trader</c>). Elsewhere an indefinite
        /// says what someone named is (<c>Jo Bloggs, a trader,</c>, <c>she became a doctor</c>) or is no one (<c>the town needs a
        /// doctor</c>).
        /// </summary>
        private static bool OpensIntroduction(System.Collections.Generic.List<Word> all, int j)
        {
            if (j == 0)
            {
                return true;
            }

            var before = all[j - 1];
            return Words.AnyBetween(before, all[j], ".?!") ||
                   (!Words.AnyBetween(before, all[j], ",;:") && (before.LowerIs("said") || before.LowerIs("says") || before.LowerIs("told")));
        }

        /// <summary>The organisation named last, in this paragraph or the one before, with no person named after it; else null.</summary>
        private string? VoicedOrganisation(int paragraph, int index)
        {
            var organisation = _mentions.LastBefore(paragraph, index, MentionKind.Organisation);
            if (organisation == null || paragraph - organisation.Paragraph > 1)
            {
                return null;
            }

            var person = _mentions.LastBefore(paragraph, index, MentionKind.Person);
            return person != null && organisation.IsBefore(person.Paragraph, person.Index) ? null : Resolve(organisation.Name, organisation.Paragraph, organisation.Index);
        }

        /// <summary>How many words after an unnamed person's noun a name set beside it may stand (<c>a spokesman for the port, Jo Bloggs,</c>).</summary>
        private const int MaxWordsToApposedName = 8;

        /// <summary>
        /// A name set beside the noun: <c>a trader named Jo Bloggs</c>, <c>a trader called Jo</c>, or two capitalised words after
        /// a comma a few words on (<c>a trader, Jo Bloggs,</c>, <c>a spokesman for the port, Jo Bloggs,</c>).
        /// </summary>
        private static bool NamedAfter(System.Collections.Generic.List<Word> all, int k)
        {
            if (k + 1 < all.Count && (all[k + 1].LowerIs("named") || all[k + 1].LowerIs("called")))
            {
                return true;
            }

            for (var j = k + 1; j + 1 < all.Count && j - k <= MaxWordsToApposedName; j++)
            {
                if (Words.AnyBetween(all[j - 1], all[j], ",") && all[j].IsCapitalized && all[j + 1].IsCapitalized)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPersonRole(Word w) =>
            IsAge(w) || (!w.IsCapitalized && (Lexicon.IsOccupationBare(w) || Lexicon.PersonNouns.ContainsBare(w)) && !Lexicon.OrganisationReferences.ContainsBare(w)) ||
            Lexicon.PartyMemberDescriptions.ContainsBare(w); // "the Benwick Republican"

        /// <summary><c>45-year-old</c>: "the 45-year-old said" describes a person by age, as news text names one it has introduced.</summary>
        private static bool IsAge(Word w)
        {
            const string Suffix = "-year-old";
            var end = w.BareEnd;
            var digitsEnd = w.Start;
            while (digitsEnd < end && char.IsDigit(w.Source[digitsEnd]))
            {
                digitsEnd++;
            }

            return digitsEnd > w.Start && digitsEnd - w.Start <= 3 && end - digitsEnd == Suffix.Length &&
                   string.Compare(w.Source, digitsEnd, Suffix, 0, Suffix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary><c>wife</c>, <c>aide</c>, <c>senator</c>: a possessive before it names another person (a listed role, not a mere ending).</summary>
        private static bool IsOtherPerson(Word w) =>
            Lexicon.RelativesAndAssociates.ContainsBare(w) || Lexicon.Roles.ContainsBare(w) || Lexicon.PersonNouns.ContainsBare(w);

        /// <summary>The words after the possessive are a lower-case noun phrase, no adverb among them.</summary>
        private static bool AllLowerAfterFirst(System.Collections.Generic.List<Word> words)
        {
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].IsCapitalized || Lexicon.VerbGroupWords.Contains(words[k]))
                {
                    return false; // "His never backing down": no noun phrase
                }
            }

            return true;
        }

        private static bool HasLowerPreposition(System.Collections.Generic.List<Word> words)
        {
            foreach (var w in words)
            {
                if (!w.IsCapitalized && Lexicon.Prepositions.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the article names a person so (a name <see cref="Resolve"/> gave).</summary>
        public bool IsKnownPerson(string name) => _mentions.IsPerson(name, out _);

        /// <summary>Records who a quote was given to: quoting someone mentions them again, for the pronouns after it.</summary>
        public void Spoke(string speaker, int paragraph, int index)
        {
            if (_mentions.IsPerson(speaker, out var gender))
            {
                _lastSpeaker = (paragraph, index, speaker, gender);
            }
        }

        /// <summary>
        /// The person <c>he</c> or <c>she</c> stands for: the nearest person of that gender named before, or the last
        /// person quoted when that quote came later (<c>“…,” Varga said. … “…,” he added.</c>).
        /// </summary>
        private string? LastPerson(int paragraph, int index, Gender gender)
        {
            var mention = _mentions.LastBefore(paragraph, index, MentionKind.Person, gender);
            if (_lastSpeaker is { } s && paragraph - s.Paragraph <= SpeakerReach && (s.Gender == Gender.Unknown || s.Gender == gender) &&
                (mention == null || mention.IsBefore(s.Paragraph, s.Index)))
            {
                return s.Name;
            }

            return mention == null ? null : Resolve(mention.Name, mention.Paragraph, mention.Index);
        }

        private string? LastMention(int paragraph, int index, MentionKind kind, Gender gender = Gender.Unknown)
        {
            var mention = _mentions.LastBefore(paragraph, index, kind, gender);
            return mention == null ? null : Resolve(mention.Name, mention.Paragraph, mention.Index);
        }
    }
}
