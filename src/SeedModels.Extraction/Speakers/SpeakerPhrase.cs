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
        /// <summary>Little words that may join two capitals in a name (<c>Bank of England</c>).</summary>
        private static readonly string[] NameConnectors = { "of", "for", "the", "and" };

        /// <summary>The most words of a description by place and party (<c>the North Benwick Republican</c>).</summary>
        private const int MaxPartyDescriptionWords = 5;

        /// <summary>Words that put where a person is from after their name (<c>Jo Bloggs of Acme</c>).</summary>
        private static readonly string[] OfFromAt = { "of", "from", "at" };

        /// <summary>
        /// The speaker named by <paramref name="words"/>[start, end), the words between a clause's start and its
        /// speech verb (or after the verb). Commas split it: an opening participle (<c>Sentencing,</c>) is skipped
        /// and an appositive name (<c>the firm's chief executive, Jane Doe,</c>) beats the description before it.
        /// </summary>
        public static string? Read(List<Word> words, int start, int end, bool wholeSpan)
        {
            if (start >= end)
            {
                return null;
            }

            if (OpensWithPronoun(words[start], out var pronoun))
            {
                return pronoun;
            }

            // "Jane Doe, who led the study, said": a relative clause says nothing about who speaks. It goes first, so
            // that the participle rule below only drops a segment when another one is left to name the speaker
            // ("said Jo Suckling, who…" has one segment besides the clause, and "Suckling" is no participle then).
            var segments = Segments(words, start, end);
            if (segments.Count > 1 && segments[0].End - segments[0].Start == 1 && IsOpeningParticiple(words[segments[0].Start]))
            {
                segments.RemoveAt(0); // "Defending, Jane Doe told the court"
            }

            if (segments.Count > 1 && segments[0].End - segments[0].Start >= 2 && Lexicon.ComparisonOpeners.Contains(words[segments[0].Start]))
            {
                segments.RemoveAt(0); // "Like Varga, Pike rejected …": the comparison names someone else
            }

            var (s, e) = segments[0];
            var phrase = Phrase(words, s, e, wholeSpan || segments.Count > 1, out var isName);
            if (isName && phrase != null && segments.Count > 1 && !IsPerson(phrase))
            {
                isName = false; // "the Minister of Health, Jo Bloggs": the name beats the office
            }

            if (!isName && segments.Count > 1)
            {
                var (s2, e2) = segments[1];
                var run = CapitalisedRunEnd(words, s2, e2);
                // "Christie, Benwick's sitting mayor,": a possessive opens a description, whose owner is nobody's name.
                // "a woman in Benwick, Sallow County,": the words after a town's comma name its region.
                if (run == e2 && !words[e2 - 1].IsPossessive && Names.IsPersonName(words, s2, e2) && !IsRegionAfterTown(words, s, s2, e2))
                {
                    return WithoutRole(words, s2, e2);
                }
            }

            return phrase;
        }

        /// <summary>
        /// The subject of a clause whose predicate runs on to a participle (<c>Jane Doe issued a statement saying</c>):
        /// the noun phrase at the clause's start, capitalised words and the job titles among them.
        /// </summary>
        public static string? ReadSubject(List<Word> words, int start, int end)
        {
            if (start >= end)
            {
                return null;
            }

            if (OpensWithPronoun(words[start], out var pronoun))
            {
                return pronoun;
            }

            // The noun phrase runs over capitals, job titles, connectors and comma-bounded appositives
            // ("The club's selector, Jo Bloggs, was blunter") up to the predicate's first word.
            var np = start + 1;
            while (np < end)
            {
                var w = words[np];
                var afterComma = Punctuation.BreakAfter(words[np - 1]);
                if (afterComma && !(w.IsCapitalized || Lexicon.Determiners.Contains(w)))
                {
                    break;
                }

                if (!afterComma && !IsNounPhraseWord(w))
                {
                    break;
                }

                np++;
            }

            return Read(words, start, np, wholeSpan: true);
        }

        /// <summary>
        /// The words a subject's noun phrase is made of: names, possessives, determiners, connectors, and the lower-case
        /// modifiers and role nouns before a name (<c>Democratic presidential front-runner Jo Bloggs</c>).
        /// </summary>
        private static bool IsNounPhraseWord(Word w) =>
            w.IsCapitalized || w.IsPossessive || Lexicon.IsOccupationBare(w) || Lexicon.OrganisationWords.ContainsBare(w) ||
            w.IsOneOf(NameConnectors) || Lexicon.Determiners.Contains(w) || Lexicon.PersonNouns.Contains(w) ||
            (Lexicon.SubjectModifiers.Contains(w) && !Lexicon.VerbGroupWords.Contains(w));

        /// <summary>
        /// A pronoun stands for the speaker (<c>she</c>, <c>it</c>, resolved later) or, indefinite, names nobody
        /// (<c>Someone out of shot was heard shouting “…”</c>): either way it is the whole answer.
        /// </summary>
        private static bool OpensWithPronoun(Word first, out string? pronoun)
        {
            pronoun = null;
            var acronym = first.End - first.Start > 1 && first.IsAllCaps; // "US", "IT" are no pronouns
            if (!acronym && (Lexicon.PersonPronouns.Contains(first) || Lexicon.GroupPronouns.Contains(first) || Lexicon.FirstPersonPronouns.Contains(first)))
            {
                pronoun = first.Text.ToLowerInvariant();
                return true;
            }

            return Lexicon.IndefinitePronouns.Contains(first);
        }

        /// <summary>Whether a phrase read out of the text (<see cref="WithoutRole"/>, <see cref="Read"/>) is a person's name.</summary>
        public static bool IsPerson(string phrase)
        {
            var words = Words.Split(phrase);
            return Names.IsPersonName(words, 0, words.Count);
        }

        private static bool IsOpeningParticiple(Word w) =>
            Lexicon.ClauseOpeners.Contains(w) || w.EndsWith("ing") || w.EndsWith("ly");

        /// <summary>One comma-free stretch of words: a name (the last capitalised run), an organisation, or a short description.</summary>
        private static string? Phrase(List<Word> words, int start, int end, bool wholeSpan, out bool isName)
        {
            isName = false;
            end = WithoutParenthesis(words, start, end); // "Sen. Jo Bloggs (D-Va.)" is Jo Bloggs
            var first = words[start];
            if (Lexicon.Determiners.Contains(first))
            {
                var runEnd = CapitalisedRunEnd(words, start + 1, end);
                if ((first.Is("The") || first.Is("the")) && runEnd == end && runEnd > start + 1 && !words[runEnd - 1].IsPossessive &&
                    !Lexicon.PartyMemberDescriptions.ContainsBare(words[runEnd - 1]))
                {
                    isName = true;
                    return WithoutRole(words, start + 1, runEnd); // "The Food Standards Council issued …"
                }

                // "Kim said that Varga begged her and “would have …”": a lower-case "that" opens a reported clause, whose
                // subject is not the one speaking its words; "that Varga" is no speaker at all.
                if (first.Is("that") && runEnd == end && runEnd > start + 1)
                {
                    return null;
                }

                // "the Jasper Republican said": a politician described by a place and a party, however name-like the place.
                // "a New Hampshire Republican said" stays a description: the speaker is nobody the article names.
                if (end - start <= MaxPartyDescriptionWords && Lexicon.PartyMemberDescriptions.ContainsBare(words[end - 1]))
                {
                    return Join(words, start, end);
                }

                // "a note from Meridian analyst Jo Bloggs": the person named at the end; "one Twitter user" stays a description.
                var nameRun = LastRunReachingEnd(words, start + 1, end);
                if (nameRun >= 0 && Names.IsPersonName(words, nameRun, end))
                {
                    return WithoutRole(words, nameRun, end);
                }

                // "The so-called", "the authors of the": a description cut off at a function word names nobody.
                return wholeSpan && end - start <= 7 && !Lexicon.FunctionWords.ContainsBare(words[end - 1]) ? Join(words, start, end) : null;
            }

            // The last run of capitalised words that reaches the end of the stretch is the name.
            var nameStart = LastRunReachingEnd(words, start, end);
            if (nameStart >= 0)
            {
                isName = true;
                return WithoutRole(words, nameStart, end);
            }

            // "Dr Jo Bloggs of the weather service’s city office": the name that opens the stretch.
            var leading = CapitalisedRunEnd(words, start, end);
            if (leading - start >= 2 && !words[leading - 1].IsPossessive)
            {
                var name = WithoutRole(words, start, leading);
                var nameWords = Words.Split(name);
                if (Names.IsPersonName(nameWords, 0, nameWords.Count))
                {
                    isName = true;
                    return name;
                }
            }

            // "Washington DC’s police chief": a possessive description.
            if (first.IsCapitalized && end - start <= 6)
            {
                for (var i = start; i < end - 1; i++)
                {
                    if (words[i].IsPossessive)
                    {
                        return Join(words, start, end);
                    }
                }
            }

            return null;
        }

        /// <summary>Where the last run of capitalised words that reaches <paramref name="end"/> starts, or -1.</summary>
        private static int LastRunReachingEnd(List<Word> words, int start, int end)
        {
            end = WithoutParenthesis(words, start, end);
            for (var i = start; i < end;)
            {
                if (words[i].IsCapitalized)
                {
                    var runEnd = CapitalisedRunEnd(words, i, end);
                    if (runEnd == end && !words[runEnd - 1].IsPossessive)
                    {
                        return i;
                    }

                    i = runEnd > i ? runEnd : i + 1;
                }
                else
                {
                    i++;
                }
            }

            return -1;
        }

        /// <summary>Drops a closing parenthesis from the stretch: <c>Cllr Jo Bloggs (Independent)</c> ends at <c>Bloggs</c>.</summary>
        public static int WithoutParenthesis(List<Word> words, int start, int end)
        {
            var last = words[end - 1];
            var after = last.End;
            while (after < last.Source.Length && last.Source[after] == '.')
            {
                after++; // "(D-Va.)"
            }

            if (after >= last.Source.Length || last.Source[after] != ')')
            {
                return end;
            }

            for (var i = end - 1; i > start; i--)
            {
                if (words[i].Start > 0 && words[i].Source[words[i].Start - 1] == '(')
                {
                    return i;
                }
            }

            return end;
        }

        /// <summary>
        /// The comma-free stretches of [start, end), in order, less those after the first that open with a relative pronoun
        /// (<c>, who led the study,</c>). Tested as each is found rather than removed after (no closure for every phrase read).
        /// </summary>
        private static List<(int Start, int End)> Segments(List<Word> words, int start, int end)
        {
            var segments = new List<(int Start, int End)>();
            var from = start;
            for (var i = start; i < end - 1; i++)
            {
                var w = words[i];
                if (Punctuation.BreakAfter(w))
                {
                    AddUnlessRelativeClause(segments, words, start, from, i + 1);
                    from = i + 1;
                }
            }

            AddUnlessRelativeClause(segments, words, start, from, end);
            return segments;
        }

        private static void AddUnlessRelativeClause(List<(int Start, int End)> segments, List<Word> words, int start, int from, int to)
        {
            if (!(from > start && words[from].IsOneOf(Lexicon.RelativePronouns)))
            {
                segments.Add((from, to));
            }
        }

        /// <summary>
        /// A month's name between two capitalised words of a name, adjacent to both (<c>Darren Koh Jun Wei</c>): a given name,
        /// where a date would have its day's number after it.
        /// </summary>
        private static bool IsMonthInsideName(List<Word> words, int start, int i, int end) =>
            i > start && i + 1 < end && words[i - 1].IsCapitalized && !words[i - 1].IsPossessive && Adjacent(words[i - 1], words[i]) &&
            words[i + 1].IsCapitalized && Adjacent(words[i], words[i + 1]) && char.IsLetter(words[i + 1].First) &&
            !Lexicon.CalendarWords.ContainsBare(words[i + 1]) && !Lexicon.CalendarWords.ContainsBare(words[i - 1]) &&
            Dates.MonthNumber(words[i].Source, words[i].Start, words[i].BareEnd) > 0;

        /// <summary>Where a run of capitalised words ends; <c>of</c>, <c>for</c>, <c>the</c>, <c>and</c> may join two capitals.</summary>
        public static int CapitalisedRunEnd(List<Word> words, int start, int end)
        {
            var i = start;
            while (i < end)
            {
                var w = words[i];
                if (Lexicon.CalendarWords.ContainsBare(w) && !(i == start && IsGivenNameBeforeSurname(words, i, end)) && !IsMonthInsideName(words, start, i, end))
                {
                    break; // "on Tuesday" is no name, but "April Holm" is, and so is "Darren Koh Jun Wei"
                }

                if (w.IsCapitalized || (i > start && Names.IsSuffix(w)))
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

                if (i > start && (Lexicon.NameParticles.Contains(w) || w.IsOneOf(NameConnectors) || w.Is("on")) && Continues(words, i, end))
                {
                    i++;
                    continue;
                }

                break;
            }

            return i;
        }

        /// <summary>
        /// The person a capitalised run names, without the job title or organisation around it
        /// (<c>NBC News Analyst Jo Bloggs</c> → <c>Jo Bloggs</c>, <c>Analyst Jo Bloggs of Acme Research</c> →
        /// <c>Jo Bloggs</c>) or an honorific before a full name; an organisation's name as it stands.
        /// </summary>
        public static string WithoutRole(List<Word> words, int start, int end)
        {
            var (nameStart, nameEnd) = WithoutRoleRange(words, start, end);
            return Join(words, nameStart, nameEnd);
        }

        /// <summary>The words [Start, End) whose <see cref="Join"/> is <see cref="WithoutRole"/>'s result.</summary>
        public static (int Start, int End) WithoutRoleRange(List<Word> words, int start, int end)
        {
            while (end - start > 2 && Lexicon.Titles.ContainsBare(words[start]))
            {
                start++; // "Dr Jo Bloggs" → "Jo Bloggs", titles stacked too ("Datuk Seri"); "Dr Bloggs" keeps its title until resolved.
            }

            // "Police Lt. Jo Bloggs", "Former Gov. Jo Bloggs": a title inside the run, before a full name.
            for (var i = end - 3; i > start; i--)
            {
                if (Lexicon.Titles.ContainsBare(words[i]) && Names.IsPersonName(words, i + 1, end))
                {
                    start = i + 1;
                    break;
                }
            }

            var lastRole = -1;
            var hasOrganisationWord = false;
            // A run's last word is no role before a name, and under three words no given name opens a name inside the run
            // (GivenNameOpeningName), so neither is looked up: most runs are one word.
            var readsOrganisationWords = end - start >= 3;
            for (var i = start; i < end; i++)
            {
                if (i + 1 < end && Lexicon.Roles.ContainsBare(words[i]))
                {
                    lastRole = i;
                }

                hasOrganisationWord |= readsOrganisationWords && Lexicon.OrganisationWords.ContainsBare(words[i]);
            }

            // "Secretary of State Jo Bloggs", "Billionaire Jo Bloggs", "Democrat Jo Bloggs": the capitals before a given
            // name that opens a full name describe the person; the name starts at the given name.
            var given = hasOrganisationWord ? -1 : GivenNameOpeningName(words, start, end);
            if (given > start)
            {
                return (given, end);
            }

            if (lastRole >= 0)
            {
                // The name right after the last job title, up to a connector ("… Jo Bloggs of Acme").
                var nameEnd = lastRole + 1;
                while (nameEnd < end && IsNameWord(words[nameEnd]))
                {
                    nameEnd++;
                }

                if (nameEnd > lastRole + 1)
                {
                    return (lastRole + 1, nameEnd);
                }

                // "Minister for Rural Development Jo Bloggs": the name words that end the run.
                var nameStart = end;
                while (nameStart > start && IsNameWord(words[nameStart - 1]))
                {
                    nameStart--;
                }

                nameStart = AfterPortfolio(words, nameStart, end);

                return nameStart < end && nameStart > start ? (nameStart, end) : (start, end);
            }

            // "Librarian Jo Bloggs": a capitalised occupation before a full name.
            if (end - start >= 3 && Lexicon.IsOccupationBare(words[start]) && Names.IsPersonName(words, start + 1, end))
            {
                return WithoutRoleRange(words, start + 1, end);
            }

            // "Jo Bloggs of the Carrow Institute": a person from somewhere.
            for (var i = start + 2; i < end - 1; i++)
            {
                if (words[i].IsOneOf(OfFromAt) && Names.IsPersonName(words, start, i))
                {
                    return (start, i);
                }
            }

            return (start, end);
        }

        /// <summary>
        /// The capitals [s2, e2) after a comma name a region when the segment before ends in a town after a preposition
        /// (<c>in Benwick</c>) and they do not open with a given name, or when they end in a place noun or open with a
        /// compass word (<c>Sallow County</c>, <c>South Dakota</c>).
        /// </summary>
        private static bool IsRegionAfterTown(List<Word> words, int s, int s2, int e2)
        {
            if (Lexicon.PlaceNouns.ContainsBare(words[e2 - 1]) || Lexicon.PlaceNamePrefixes.ContainsBare(words[s2]))
            {
                return true;
            }

            var town = s2 - 1;
            while (town > s && words[town - 1].IsCapitalized)
            {
                town--;
            }

            return town > s && words[town].IsCapitalized && Lexicon.Prepositions.Contains(words[town - 1]) && !Lexicon.IsGivenNameBare(words[s2]);
        }

        /// <summary>
        /// <c>Minister for Ports Ravi Mendis</c>, <c>… and Broadcasting M. Ravi Mendis</c>: the portfolio's last capitals
        /// stand before the given name or initial that opens the full name; where the name starts.
        /// </summary>
        private static int AfterPortfolio(List<Word> words, int nameStart, int end)
        {
            if (nameStart >= end || IsListedGivenName(words[nameStart]) || IsInitials(words[nameStart]))
            {
                return nameStart;
            }

            for (var k = nameStart + 1; k < end - 1; k++)
            {
                if ((IsListedGivenName(words[k]) || IsInitials(words[k])) && Names.IsPersonName(words, k, end))
                {
                    return k;
                }
            }

            return nameStart;
        }

        /// <summary>
        /// Where a full name that opens with a given name starts inside [start, end), after words that are no given name
        /// themselves; -1 when the run opens with a given name or holds none before a surname.
        /// </summary>
        private static int GivenNameOpeningName(List<Word> words, int start, int end)
        {
            // "C. Stewart Verdery" opens with an initial, which is the given name.
            // "Said Jo Bloggs, who …, “…”": a speech verb opening the sentence is no given name, though "Said" is one.
            if (end - start < 3 || (IsGivenName(words[start]) && !Lexicon.SpeechVerbs.Contains(words[start])) || IsInitials(words[start]))
            {
                return -1;
            }

            // "Oluwaseun Mary Adeyemi", "Billie Jean King": one word before a given name that says nothing of a role,
            // a party or a sentence's opening is a given name the lists lack, part of the name.
            if (end - start >= 3 && IsGivenName(words[start + 1]) && MayBeUnlistedGivenName(words[start]))
            {
                return -1;
            }

            // "Azlan Hafiz Abdul Rahman": two such words before it, in a run no longer than a name.
            if (end - start >= 4 && IsGivenName(words[start + 2]) && MayBeUnlistedGivenName(words[start]) &&
                MayBeUnlistedGivenName(words[start + 1]) && Names.IsPersonName(words, start, end))
            {
                return -1;
            }

            for (var i = start + 1; i < end - 1; i++)
            {
                // "South Carolina", "New Jersey": a given name after a compass word names a place; "Azlan bin Abdul Rahman":
                // after a particle, a given name carries the name on.
                if (IsGivenName(words[i]) && !Lexicon.PlaceNamePrefixes.ContainsBare(words[i - 1]) &&
                    !(!words[i - 1].IsCapitalized && Lexicon.NameParticles.ContainsBare(words[i - 1])) && Names.IsPersonName(words, i, end))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// A capitalised word of letters alone (no possessive, hyphen or capitals throughout) that no list knows as a role,
        /// title, party, description, sentence opener or plural: what a given name from outside the lists looks like.
        /// </summary>
        private static bool MayBeUnlistedGivenName(Word w)
        {
            var length = w.BareEnd - w.Start;
            if (length < 2 || !w.IsCapitalized || w.IsPossessive || char.IsUpper(w.Source[w.Start + 1]))
            {
                return false;
            }

            for (var k = w.Start; k < w.BareEnd; k++)
            {
                if (!char.IsLetter(w.Source[k]))
                {
                    return false;
                }
            }

            var last = char.ToLowerInvariant(w.Source[w.BareEnd - 1]);
            return last != 's' && !(length > 3 && w.BareEndsWith("ing")) && !(length > 2 && w.BareEndsWith("ly")) && !Lexicon.IsOccupationBare(w) &&
                   !Lexicon.Titles.ContainsBare(w) && !Lexicon.OrganisationWords.ContainsBare(w) && !Lexicon.PartyMembers.ContainsBare(w) &&
                   !Lexicon.PersonNouns.ContainsBare(w) && !Lexicon.SubjectModifiers.ContainsBare(w) &&
                   !Lexicon.SentenceOpenersBeforeNames.ContainsBare(w) && !Lexicon.FunctionWords.ContainsBare(w) &&
                   !Lexicon.CalendarWords.ContainsBare(w) && !Lexicon.SpeechVerbs.ContainsBare(w);
        }

        /// <summary>A given name that no list has as a title or a job (<c>Gillian</c> ends like one, but is none).</summary>
        private static bool IsListedGivenName(Word w) =>
            Lexicon.IsGivenNameBare(w) && !Lexicon.Titles.ContainsBare(w) && !Lexicon.Roles.ContainsBare(w);

        /// <summary>A given name that is no title or job as well (<c>Judge</c>, <c>General</c> and <c>Major</c> are both).</summary>
        private static bool IsGivenName(Word w) =>
            Lexicon.IsGivenNameBare(w) && !Lexicon.Titles.ContainsBare(w) && !Lexicon.IsOccupationBare(w);

        private static bool IsNameWord(Word w) =>
            (w.IsCapitalized || Names.IsSuffix(w)) && !IsDescriptor(w) && !Lexicon.FunctionWords.Contains(w) && !Lexicon.Titles.ContainsBare(w);

        private static bool IsDescriptor(Word w) => Lexicon.Roles.ContainsBare(w) || Lexicon.OrganisationWords.ContainsBare(w);

        public static string Join(List<Word> words, int start, int end)
        {
            if (start >= end)
            {
                return string.Empty;
            }

            // Most names stand in the text as they are joined (one space, or a kept mark and a space, between the words):
            // then the result is that stretch of the text, cut once.
            if (StandsJoined(words, start, end))
            {
                return words[start].Source.Substring(words[start].Start, words[end - 1].BareEnd - words[start].Start);
            }

            var b = new StringBuilder(JoinLength(words, start, end));
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    b.Append(' ');
                }

                var w = words[i];
                b.Append(w.Source, w.Start, (i == end - 1 ? w.BareEnd : w.End) - w.Start);
                if (i < end - 1 && MarkAfter(words[i]) is var mark && mark != '\0')
                {
                    b.Append(mark); // "Players' Association", "J.J. Varga"
                }
            }

            return b.ToString();
        }

        /// <summary>
        /// Whether splitting <see cref="Join"/>'s result again gives the words [start, end) themselves, character for
        /// character: the name stands in the text as joined, and the last word loses nothing to its bare end (a possessive
        /// or full stop cut off would change how that word reads). Splitting decides each word's end by the characters up
        /// to one past it, all inside the joined stretch but for the last word, whose end is the stretch's end either way.
        /// </summary>
        public static bool SplitsIntoSameWords(List<Word> words, int start, int end) =>
            start < end && words[end - 1].BareEnd == words[end - 1].End && StandsJoined(words, start, end);

        /// <summary>
        /// Whether <see cref="Join"/>'s result is the source text from the first word to the last one's bare end: every word
        /// from one source, each followed by exactly what the join puts after it (its kept mark, if any, then one space).
        /// </summary>
        private static bool StandsJoined(List<Word> words, int start, int end)
        {
            var source = words[start].Source;
            for (var i = start; i < end - 1; i++)
            {
                var w = words[i];
                var next = words[i + 1];
                var gap = MarkAfter(w) != '\0' ? w.End + 1 : w.End;
                if (!ReferenceEquals(next.Source, source) || !ReferenceEquals(w.Source, source) || gap >= source.Length || source[gap] != ' ' ||
                    next.Start != gap + 1)
                {
                    return false;
                }
            }

            return ReferenceEquals(words[end - 1].Source, source);
        }

        /// <summary>
        /// The mark a name keeps after a word inside it: a plural possessive's apostrophe (<c>Players'</c>) or the full stop
        /// of initials (<c>J.J.</c>), which the word itself does not hold; <c>'\0'</c> when none.
        /// </summary>
        private static char MarkAfter(Word w)
        {
            if (w.End >= w.Source.Length)
            {
                return '\0';
            }

            var c = w.Source[w.End];
            return c == '\'' || c == '\u2019' || (c == '.' && IsInitials(w) && w.Source[w.End - 1] != '.') ? c : '\0';
        }

        /// <summary>The length of <see cref="Join"/>'s result, without making it.</summary>
        public static int JoinLength(List<Word> words, int start, int end)
        {
            if (start >= end)
            {
                return 0;
            }

            var length = end - start - 1; // the spaces between the words
            for (var i = start; i < end; i++)
            {
                var w = words[i];
                length += (i == end - 1 ? w.BareEnd : w.End) - w.Start;
                if (i < end - 1 && MarkAfter(w) != '\0')
                {
                    length++;
                }
            }

            return length;
        }

        /// <summary>A month that is also a given name (<c>April</c>, <c>Jan</c>) followed by a capitalised word.</summary>
        private static bool IsGivenNameBeforeSurname(List<Word> words, int i, int end) =>
            i + 1 < end && (words[i + 1].IsCapitalized ? Adjacent(words[i], words[i + 1]) && !Lexicon.CalendarWords.ContainsBare(words[i + 1]) : Continues(words, i + 1, end)) &&
            (Lexicon.IsGivenNameBare(words[i]) || words[i].Is("Jan"));

        private static bool Continues(List<Word> words, int i, int end)
        {
            var j = i;
            while (j < end && (words[j].IsOneOf(NameConnectors) || words[j].Is("on") || Lexicon.NameParticles.Contains(words[j])))
            {
                j++;
            }

            // "my co-founder Siddharth Rao and I turned …": after a connector, "I" is the writer, no word of a name.
            return j < end && words[j].IsCapitalized && Adjacent(words[j - 1], words[j]) && !Lexicon.CalendarWords.ContainsBare(words[j]) &&
                   !words[j].Is("I");
        }

        /// <summary>Only spaces between two words: a comma or a full stop ends a name.</summary>
        private static bool Adjacent(Word a, Word b) =>
            // Mostly one space stands between: then the marks allowed (and the look-ups choosing them) do not matter.
            Words.OnlySpaceBetween(a.Source, a.End, b.Start) ||
            Words.OnlySpaceBetween(a.Source, a.End, b.Start, Lexicon.Titles.ContainsBare(a) || IsInitials(a) ? "'\u2019." : "'\u2019");

        /// <summary><c>J</c>, <c>J.J</c>, <c>J.M</c>: a name's initials, whose last full stop stands outside the word.</summary>
        private static bool IsInitials(Word w)
        {
            var letters = 0;
            for (var i = w.Start; i < w.End; i++)
            {
                var c = w.Source[i];
                if (char.IsUpper(c) && (i == w.Start || w.Source[i - 1] == '.'))
                {
                    letters++;
                }
                else if (c != '.' || i == w.Start)
                {
                    return false;
                }
            }

            return letters >= 1 && letters <= 3;
        }
    }
}
