using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Finds the people and organisations an article names, in reading order, so pronouns and short forms
    /// (<c>she</c>, <c>Mr Okafor</c>, <c>APD</c>) can be resolved to the name the article used.
    /// </summary>
    internal static class NameMentions
    {
        /// <summary>Words that open an appositive after a name's comma (<c>Jo Bloggs, the mayor,</c>).</summary>
        private static readonly string[] AppositiveStarts = { "the", "a", "an", "who" };

        /// <summary>How many words after a subject a pronoun still tells its gender.</summary>
        private const int MaxPronounDistance = 12;

        /// <summary>The most words a sentence's opening phrase runs to before the comma after it (<c>In his statement on Saturday,</c>).</summary>
        private const int MaxOpeningPhrase = 12;

        /// <summary>
        /// Adds the mentions in one paragraph, skipping the quoted spans (names inside quotes are not speakers): the paragraph's
        /// are <c>quoted[firstSpan..endSpan)</c>, in order.
        /// <c>nameWords</c> is a list the caller lends for each name's words while it is read (the same one for every paragraph);
        /// <c>surnames</c> holds the last words of the person mentions in <c>into</c>, kept with it (the same set for every paragraph).
        /// </summary>
        public static void Find(ParagraphWords paragraphWords, int paragraph, (int Start, int End)[] quoted, int firstSpan, int endSpan, List<Mention> into, List<Word> nameWords,
                                HashSet<string> surnames)
        {
            var text = paragraphWords.Text;
            var words = paragraphWords.All;
            var listed = !EndsLikeSentence(text);
            var first = into.Count;
            var span = firstSpan;
            var i = 0;
            while (i < words.Count)
            {
                var w = words[i];
                while (span < endSpan && quoted[span].End <= w.Start)
                {
                    span++;
                }

                if (!w.IsCapitalized || (span < endSpan && w.Start > quoted[span].Start))
                {
                    i++;
                    continue;
                }

                var nextQuote = span < endSpan ? quoted[span].Start : text.Length;

                var end = SpeakerPhrase.CapitalisedRunEnd(words, i, words.Count);
                if (end <= i)
                {
                    i++;
                    continue;
                }

                // "Jo Bloggs and Tom Varga": two people, not one name joined by "and".
                var and = PeopleJoinedAt(words, i, end);
                if (and > 0)
                {
                    Add(OfficeHolders.WithOffice(Classify(text, words, i, and, paragraph, nextQuote, nameWords, surnames), words, i, and), into, surnames, text, words, i);
                    i = and + 1;
                    end = SpeakerPhrase.CapitalisedRunEnd(words, i, words.Count);
                    if (end <= i)
                    {
                        continue; // "Tom Varga and the union": the words after "and" are read one by one
                    }
                }

                Add(OfficeHolders.WithOffice(Classify(text, words, i, end, paragraph, nextQuote, nameWords, surnames), words, i, end), into, surnames, text, words, i);
                i = end;
            }

            for (var k = first; listed && k < into.Count; k++)
            {
                into[k] = into[k] with { Listed = true };
            }
        }

        /// <summary>
        /// Whether the paragraph ends as prose does (a full stop, a question, a closing quote, a colon before a quote);
        /// a line of a fact box (<c>1997: Varga wins the vote</c>) or a caption ends on a word, a number or a bracket.
        /// </summary>
        private static bool EndsLikeSentence(string text)
        {
            var end = text.Length - 1;
            while (end >= 0 && char.IsWhiteSpace(text[end]))
            {
                end--;
            }

            return end < 0 || !(char.IsLetterOrDigit(text[end]) || text[end] == ')');
        }

        private static void Add(Mention? mention, List<Mention> into, HashSet<string> surnames, string text, List<Word> words, int first)
        {
            if (mention == null)
            {
                return;
            }

            if (!mention.Subject && !mention.Strong && (mention.Kind == MentionKind.Person || mention.Kind == MentionKind.SingleName))
            {
                var pronoun = PronounSubjectBefore(text, words, first);
                mention = pronoun == Gender.Unknown ? mention : mention with { AfterPronounSubject = pronoun };
            }

            into.Add(mention);

            // "Jo Zucker": "Zucker" alone later is this person (IsEarlierSurname), looked up in one set rather than among every mention.
            var lastSpace = mention.Kind == MentionKind.Person ? mention.Name.LastIndexOf(' ') : -1;
            if (lastSpace > 0 && lastSpace < mention.Name.Length - 1)
            {
                surnames.Add(mention.Name.Substring(lastSpace + 1));
            }
        }

        /// <summary>
        /// <c>He named Pike.</c>, <c>Asked who leads, he named Pike.</c>: the gender of <c>he</c> or <c>she</c> before the name in its
        /// sentence (someone named earlier, acting on the name); unknown when there is none.
        /// </summary>
        private static Gender PronounSubjectBefore(string text, List<Word> words, int first)
        {
            for (var k = first - 1; k >= 0 && first - k <= MaxPronounDistance; k--)
            {
                var w = words[k];
                if (w.End < text.Length && SentenceBounds.IsEndAt(text, w.End))
                {
                    return Gender.Unknown;
                }

                if (w.LowerIs("he"))
                {
                    return Gender.Male;
                }

                if (w.LowerIs("she"))
                {
                    return Gender.Female;
                }
            }

            return Gender.Unknown;
        }

        /// <summary>The index of an <c>and</c> in the run with a person's name on each side of it, or -1.</summary>
        private static int PeopleJoinedAt(List<Word> words, int start, int end)
        {
            for (var k = start + 1; k < end - 1; k++)
            {
                if (words[k].Is("and"))
                {
                    // "Tom Varga and the Benwick Union": a given name and a surname before "and" are a person whatever follows.
                    return IsNameOrSurname(words, start, k) && (IsNameOrSurname(words, k + 1, end) || IsGivenAndSurname(words, start, k)) ? k : -1;
                }
            }

            return -1;
        }

        private static bool IsGivenAndSurname(List<Word> words, int start, int end) =>
            end - start >= 2 && Lexicon.IsGivenNameBare(words[start]) && !Lexicon.IsOccupationBare(words[start]) && Names.IsPersonName(words, start, end);

        private static bool IsNameOrSurname(List<Word> words, int start, int end) =>
            Names.IsPersonName(words, start, end) || (end - start == 1 && IsSingleName(words[start]));

        /// <summary>The clause openers, determiners and prepositions a sentence may open with before a name, looked up at once.</summary>
        private static readonly WordSet ClauseOpenersDeterminersAndPrepositions = new WordSet(Lexicon.ClauseOpeners.Words.Concat(Lexicon.Determiners.Words).Concat(Lexicon.Prepositions.Words));

        private static Mention? Classify(string text, List<Word> words, int start, int end, int paragraph, int nextQuote, List<Word> nameWords, HashSet<string> surnames)
        {
            var previous = start == 0 ? -1 : PreviousNonSpace(text, words[start].Start);
            var sentenceStart = start == 0 || Sentences.IsEndAt(text, previous, text.Length);
            var first = start;
            // The opening words are skipped only at a sentence's start, or a clause's after a colon ("notable: Until Mr. Varga
            // spoke"): elsewhere they are not looked up.
            var opensAfterColon = !sentenceStart && previous >= 0 && text[previous] == ':';
            while ((sentenceStart || opensAfterColon) && first < end &&
                   (ClauseOpenersDeterminersAndPrepositions.Contains(words[first]) || (first + 1 < end && OpensSentenceBeforeName(words[first]))))
            {
                first++;
            }

            if (first >= end)
            {
                return null;
            }

            // "Tom Varga, a Marlow Republican, said": a party member from a place describes the person named before; no one new.
            if (first > 0 && (words[first - 1].Is("a") || words[first - 1].Is("an")) && Lexicon.PartyMembers.ContainsBare(words[end - 1]))
            {
                return null;
            }

            if (AllCapsLead.Find(words, first, end, paragraph, sentenceStart) is { } lead)
            {
                return lead;
            }

            // "(US$7m)", "NZ$12m": the capitals before a dollar sign name a currency, and "UK chocolate group" a country;
            // neither is an organisation.
            if (end - first == 1 && ((words[first].End < text.Length && text[words[first].End] == '$') ||
                                     (words[first].IsAllCaps && Lexicon.CountryAbbreviations.ContainsBare(words[first]))))
            {
                return null;
            }

            var hasTitle = Lexicon.Titles.ContainsBare(words[first]);
            var hasOrgWord = false;
            for (var k = first; k < end; k++)
            {
                hasOrgWord |= Lexicon.OrganisationWords.ContainsBare(words[k]);
            }

            // "The Karoo Gazette has seen the letter": a paper's name, closed by a publication's word and opened by no given name
            // ("Tom Banner" stays a man), is an organisation, which "she" never stands for.
            hasOrgWord |= end - first >= 2 && Lexicon.PublicationWords.ContainsBare(words[end - 1]) && !Lexicon.IsGivenNameBare(words[first]);

            // "cycling group Prairie Spokes", "the charity Open Hands", "retailer Harwick Foods": the lower-case noun before the
            // name says what kind of organisation it is (kept as its role), so "the group said" later names it.
            var kind = first > 0 && !words[first - 1].IsCapitalized && Lexicon.OrganisationReferences.ContainsBare(words[first - 1]) &&
                       Words.OnlySpaceBetween(text, words[first - 1].End, words[first].Start) && !Lexicon.IsGivenNameBare(words[first])
                ? words[first - 1].Lower
                : null;
            hasOrgWord |= kind != null;

            // One capitalised word that can be no name ("He", "However", "Monday"): nothing to record, and nothing to make
            // of it — the common case, decided before any string is built. Whether the first word is a single name is kept
            // for the test below (eight look-ups).
            // IsSingleName's organisation-word and title look-ups are made above for this word (no organisation word, as
            // hasOrgWord covers it; its title is hasTitle), so they are not made again.
            var singleName = end - first == 1 && !hasOrgWord ? !hasTitle && (IsSingleNameBesidesOrganisationAndTitle(words[first]) || IsEarlierSurname(words[first], surnames)) : (bool?)null;
            if (singleName == false && !(words[first].IsAllCaps && words[first].End - words[first].Start >= 2) &&
                !(Punctuation.CommaAfter(words[first]) && end < words.Count && words[end].Is("which")))
            {
                return null;
            }

            var (nameStart, nameEnd) = SpeakerPhrase.WithoutRoleRange(words, first, end);
            var name = SpeakerPhrase.Join(words, nameStart, nameEnd);
            var roleStripped = name.Length < SpeakerPhrase.JoinLength(words, first, end);
            // The name's own words: where the name stands in the text as joined, they are the paragraph's words
            // [nameStart, nameEnd) themselves (same characters, same splits), so the name is not split again.
            var nameIn = nameWords;
            var at = 0;
            if (SpeakerPhrase.SplitsIntoSameWords(words, nameStart, nameEnd))
            {
                nameIn = words;
                at = nameStart;
            }
            else
            {
                Words.SplitInto(name, 0, name.Length, nameWords);
            }

            var count = nameIn == words ? nameEnd - nameStart : nameWords.Count;
            var verbAfter = end < words.Count && Lexicon.IsSpeechVerb(words[end]) && Words.OnlySpaceBetween(text, words[end - 1].End, words[end].Start, ",");
            var commaAfter = Punctuation.CommaAfter(words[end - 1]) && end < words.Count;
            var appositive = commaAfter && (words[end].IsOneOf(AppositiveStarts) || char.IsDigit(words[end].First));
            // "in Benwick": a name after a preposition is a place or an object; and so, though a speech verb or an appositive
            // follows, is one after a preposition and its article ("in the Middle East, warned", "at the Brookings Institute,
            // says", "over the Hottentots Holland, the argument starts").
            var afterPreposition = first > 0 && (Lexicon.Prepositions.Contains(words[first - 1]) ||
                                                 ((verbAfter || appositive) && first > 1 && words[first - 1].Is("the") && Lexicon.PrepositionsBeforeArticle.Contains(words[first - 2])));

            // "Acme Shipping, which runs the port, said": only an organisation is a "which".
            if (commaAfter && words[end].Is("which"))
            {
                return new Mention(paragraph, words[first].Start, name, MentionKind.Organisation, Strong: true);
            }

            // "opened in Benwick and Sallow Vale": after a preposition a name is a place or an object, not a speaker; so is
            // the region after a town's comma ("in Benwick, Sallow County, Tom Varga said").
            if ((afterPreposition || RegionAfterTown.Is(words, first, end)) && !hasOrgWord)
            {
                // "a critique of Jo Bloggs's record", "for Sen. Jo Bloggs", "a bench of Chief Justice Mira Rao": a given name (or a
                // title or office before a full name) and a
                // surname name a person wherever they stand, and so does a name no list knows that the words after it describe as
                // a person ("in the form of Kirsty Anand, a 26-year-old former furniture maker"); recorded (never as a subject), so "Bloggs" alone later is linked
                // to the full name. "Lord Bloggs" is no full name.
                return afterPreposition && count >= 2 && !Lexicon.Titles.ContainsBare(nameIn[at]) &&
                       (hasTitle || nameStart > first || (Lexicon.IsGivenNameBare(nameIn[at]) && !Lexicon.IsOccupationBare(nameIn[at])) || DescribedAsPerson(words, end)) &&
                       Names.IsPersonName(nameIn, at, at + count)
                    ? new Mention(paragraph, words[first].Start, name, MentionKind.Person, Strong: false, GenderOf(words, first))
                    : null;
            }

            // Read only here: the returns above never ask it.
            var roleBefore = first > 0 && Lexicon.IsOccupationBare(words[first - 1]);
            // "Varga adviser Dan Orrin said": a name before a role and another name only says whose adviser; the sentence is
            // about the adviser.
            var modifiesRole = ModifiesRoleOfName(words, end);
            var subject = !modifiesRole && (roleBefore || verbAfter || appositive || sentenceStart || OneOfAGroupBefore(words, first));
            var opensSentence = !modifiesRole && (sentenceStart || verbAfter);
            // "In his statement on Saturday, Varga went further": the main clause's subject, though the sentence opens otherwise
            // (no gender read from a pronoun after it: the possessive before it may belong to it).
            var opensClause = opensSentence || (!modifiesRole && AfterOpeningPhrase(text, words, start, end));
            // "Jo Bloggs, the former harbour master,", "harbour master Jo Bloggs": the role a later "the former harbour master
            // said" names her by (read only for a name an appositive or a role stands beside).
            string? role = null;
            string? roleQualifiers = null;
            var abbreviated = false;
            if ((appositive && !words[end].Is("who") && !char.IsDigit(words[end].First)) ||
                (commaAfter && words[end].IsPossessive && words[end].IsCapitalized))
            {
                // "Jo Bloggs, the former harbour master,", "Jo Bloggs, Pike's campaign manager," (whose manager is part of the role).
                var head = RoleNoun.Head(words, end + 1, words.Count);
                role = head < 0 ? null : words[end].IsPossessive ? RoleNoun.Owned(words[end], words[head]) : words[head].Lower;
                // "Jo Bloggs, the Sallow senator,", "Jo Bloggs, the senator from Sallow,": the words before the role noun and the
                // place after it, which a later description must not contradict.
                if (head > 0 && !words[end].IsPossessive)
                {
                    var placeEnd = RoleNoun.PlaceAfter(words, head);
                    var before = head > end + 1 ? SpeakerPhrase.Join(words, end + 1, head) : null;
                    var place = placeEnd > head + 1 ? SpeakerPhrase.Join(words, head + 2, placeEnd) : null;
                    roleQualifiers = before == null ? place : place == null ? before : before + " " + place;
                }
            }
            else if (roleBefore && !words[first - 1].IsCapitalized && (!Punctuation.BreakAfter(words[first - 1]) || EndsNounPhrase(words, first - 1)))
            {
                // "Pike's spokeswoman Jo Bloggs", "Pike's campaign manager Jo Bloggs".
                var owner = first - 2;
                while (owner >= 0 && owner > first - 4 && !words[owner].IsCapitalized && !Punctuation.BreakAfter(words[owner]))
                {
                    owner--;
                }

                role = owner >= 0 && owner > first - 4 && words[owner].IsPossessive && words[owner].IsCapitalized
                    ? RoleNoun.Owned(words[owner], words[first - 1])
                    : words[first - 1].Lower;
            }
            else if (hasTitle && Lexicon.IsOccupationBare(words[first]))
            {
                // "Sen. Varga": a "senator" too, less surely than one the article calls so ("Prof. Varga" is a "professor").
                var title = words[first].Lower;
                role = Lexicon.RoleOfTitle(title);
                abbreviated = !ReferenceEquals(role, title);
            }

            var pronounGender = opensSentence ? PronounAfter(text, words, end, nextQuote) : Gender.Unknown;
            if (hasTitle && count >= 2)
            {
                return new Mention(paragraph, words[first].Start, name, MentionKind.Person, Strong: subject, GenderOf(words, first), opensClause, pronounGender, Role: role, RoleQualifiers: roleQualifiers, Abbreviated: abbreviated);
            }

            // Asked of the same words up to twice below: read once, when first asked.
            bool? personName = null;
            if (roleStripped && (personName ??= Names.IsPersonName(nameIn, at, at + count)))
            {
                return new Mention(paragraph, words[first].Start, name, MentionKind.Person, Strong: subject, GenderOf(words, first), opensClause, pronounGender, Role: role, RoleQualifiers: roleQualifiers, Abbreviated: abbreviated);
            }

            if (hasOrgWord || (count == 1 && words[first].IsAllCaps && words[first].End - words[first].Start >= 2))
            {
                return new Mention(paragraph, words[first].Start, name, MentionKind.Organisation, Strong: hasOrgWord, Role: kind);
            }

            // "at a packed Dún Ard Park": a name that ends in a place noun is a place, unless it speaks.
            if (Lexicon.PlaceNouns.ContainsBare(words[end - 1]) && !verbAfter && !roleBefore)
            {
                return null;
            }

            // "New Hampshire", "South Dakota": a compass word or "New" opens a place's name, never a person's.
            if ((personName ??= Names.IsPersonName(nameIn, at, at + count)) && !Lexicon.PlaceNamePrefixes.ContainsBare(nameIn[at]))
            {
                var strong = subject;
                return new Mention(paragraph, words[first].Start, name, MentionKind.Person, strong, GenderOf(words, first), opensClause, pronounGender, Role: role, RoleQualifiers: roleQualifiers, Abbreviated: abbreviated);
            }

            // "The Sallow senator", "the Benwick lawmaker": one word right before a lower-case role tells where the person
            // is from; it names nobody "he" or the role could stand for.
            if (count == 1 && first > start && end < words.Count && !words[end].IsCapitalized && !words[first].IsPossessive &&
                Lexicon.IsOccupationBare(words[end]) && Words.OnlySpaceBetween(text, words[first].End, words[end].Start))
            {
                return null;
            }

            // "Varga said", "Varga's plan": one word that the index links to a full name, or keeps when it speaks.
            if (count == 1 && (singleName ?? IsSingleName(nameIn[at])))
            {
                // "my neighbour Dilys", "his wife, Morag,": a first name no list knows, alone after a noun of kin, names a person,
                // whom the noun may give a gender (a known given name is read as one already).
                if (!Lexicon.IsGivenNameBare(words[first]) && KinBefore(text, words, first) is { } kin)
                {
                    return new Mention(paragraph, words[first].Start, name, MentionKind.Person, subject, kin, opensClause, pronounGender);
                }

                var strong = subject;
                // "Varga said", "Varga, who runs the pier,": what only a person does ("Jo Bloggs, R-Utah, said" is a party label).
                var speaks = !modifiesRole && (verbAfter || (commaAfter && words[end].Is("who"))) && !IsPartyLabel(words[first]);
                // "President Marlow has endured criticism": the office before the name says a person bears it, whom "he" may
                // stand for, as a speaker's name would.
                return new Mention(paragraph, words[first].Start, name, roleStripped && nameStart > 0 && Lexicon.Roles.ContainsBare(words[nameStart - 1]) ? MentionKind.Person : MentionKind.SingleName, strong, GenderOf(words, first), opensClause, pronounGender,
                    Speaks: speaks, Role: role, RoleQualifiers: roleQualifiers, Abbreviated: abbreviated);
            }

            return null;
        }

        /// <summary>Most words between <c>a</c> and the noun that describes a person after a name (<c>, a 26-year-old former furniture maker</c>).</summary>
        private const int MaxDescriptionWords = 5;

        /// <summary>
        /// Whether the words after a name and its comma describe a person: an age (<c>, 26,</c>), <c>who</c>, or <c>a</c> or
        /// <c>an</c> before an age or a job a few words on (<c>, a 26-year-old</c>, <c>, a retired nurse</c>).
        /// </summary>
        private static bool DescribedAsPerson(List<Word> words, int end)
        {
            if (end >= words.Count || !Punctuation.CommaAfter(words[end - 1]))
            {
                return false;
            }

            var next = words[end];
            if (next.Is("who") || next.IsDigits)
            {
                return true;
            }

            if (!next.Is("a") && !next.Is("an"))
            {
                return false;
            }

            for (var k = end + 1; k < words.Count && k <= end + MaxDescriptionWords && !words[k].IsCapitalized; k++)
            {
                if (Lexicon.IsOccupationBare(words[k]) || Lexicon.PersonNouns.ContainsBare(words[k]) || words[k].BareEndsWith("-year-old"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The gender a lower-case noun of kin right before word <paramref name="first"/> gives (a comma may stand between:
        /// <c>his wife, Maria</c>), <see cref="Gender.Unknown"/> for one that gives none (<c>neighbour</c>); null when no such
        /// noun stands there.
        /// </summary>
        private static Gender? KinBefore(string text, List<Word> words, int first)
        {
            if (first == 0)
            {
                return null;
            }

            var noun = words[first - 1];
            if (noun.IsCapitalized || !Words.OnlySpaceBetween(text, noun.End, words[first].Start, ","))
            {
                return null;
            }

            return Lexicon.FemaleKin.ContainsBare(noun) ? Gender.Female
                : Lexicon.MaleKin.ContainsBare(noun) ? Gender.Male
                : Lexicon.OtherKin.ContainsBare(noun) ? Gender.Unknown
                : (Gender?)null;
        }

        /// <summary>
        /// A word capitalised only because it opens the sentence, before a name: <c>Maybe Varga</c>, <c>Said Jo Bloggs</c>,
        /// an adverb (<c>Interestingly Varga</c>) or a participle (<c>Chasing Varga</c>) that is no given name.
        /// </summary>
        private static bool OpensSentenceBeforeName(Word w)
        {
            if (Lexicon.SentenceOpenersBeforeNames.ContainsBare(w) || Lexicon.SpeechVerbs.Contains(w))
            {
                return true;
            }

            var length = w.BareEnd - w.Start;
            return length >= 6 && !w.IsAllCaps && (w.BareEndsWith("ly") || w.BareEndsWith("ing")) && !Lexicon.IsGivenNameBare(w);
        }

        /// <summary>
        /// <c>Brafman</c>, <c>Friedman</c>: a capitalised word ending in "man" that is no listed role is a surname, though
        /// "chairman" and "spokesman" make the ending look like a job's.
        /// </summary>
        private static bool IsSurnameInMan(Word w) =>
            w.BareEndsWith("man") && !w.BareEndsWith("woman") && !Lexicon.Roles.ContainsBare(w) && !Lexicon.PersonNouns.ContainsBare(w);

        /// <summary><c>R-Utah</c>, <c>D-Va.</c>: a party's letter and a state, no one's name.</summary>
        private static bool IsPartyLabel(Word w) => w.End - w.Start > 2 && w.Source[w.Start + 1] == '-';

        /// <summary>A capitalised word that can be a surname or given name: no function word, role or organisation word.</summary>
        private static bool IsSingleName(Word w) =>
            IsSingleNameBesidesOrganisationAndTitle(w) && !Lexicon.OrganisationWords.ContainsBare(w) && !Lexicon.Titles.ContainsBare(w);

        /// <summary><see cref="IsSingleName"/> but for its organisation-word and title look-ups, for a caller that made them.</summary>
        private static bool IsSingleNameBesidesOrganisationAndTitle(Word w) =>
            w.BareEnd - w.Start >= 2 && !w.IsAllCaps && !(w.First == 'I' && (w.Source[w.Start + 1] == '\'' || w.Source[w.Start + 1] == '\u2019')) && !NeverSingleNames.ContainsBare(w) &&
            (!Lexicon.IsOccupationBare(w) || IsSurnameInMan(w)) && !IsNationalityInEse(w);

        /// <summary>The shortest nationality in <c>-ese</c> (<c>Maltese</c>).</summary>
        private const int MinNationalityInEse = 7;

        /// <summary>
        /// <c>the Chinese comments</c>, <c>Japanese officials</c>: a nationality in <c>-ese</c> describes, and names no one (a given
        /// name so shaped, <c>Therese</c>, is listed; <c>Reese</c> ends in <c>-eese</c>).
        /// </summary>
        private static bool IsNationalityInEse(Word w) =>
            w.BareEnd - w.Start >= MinNationalityInEse && w.BareEndsWith("ese") && w.Source[w.BareEnd - 4] != 'e' && !Lexicon.IsGivenNameBare(w);

        /// <summary>
        /// <c>Zucker said</c> after <c>Jo Zucker</c>: a capitalised word shaped like a job (<c>-er</c>, <c>-or</c>) that no list
        /// holds is a surname when a person the article named earlier has it as the last word of the name. Only such a word is
        /// looked up in the set of those last words.
        /// </summary>
        private static bool IsEarlierSurname(Word w, HashSet<string> surnames)
        {
            if (!w.IsCapitalized || w.IsAllCaps || Lexicon.Roles.ContainsBare(w) || Lexicon.PersonNouns.ContainsBare(w) || !Lexicon.IsOccupationBare(w) ||
                Lexicon.Titles.ContainsBare(w))
            {
                return false;
            }

            return surnames.Count > 0 && surnames.Contains(w.Source.Substring(w.Start, w.BareEnd - w.Start));
        }

        /// <summary>The function words, calendar words and clause openers, which no single name is, looked up at once.</summary>
        private static readonly WordSet NeverSingleNames = new WordSet(Lexicon.FunctionWords.Words.Concat(Lexicon.CalendarWords.Words).Concat(Lexicon.ClauseOpeners.Words));

        /// <summary>
        /// A gendered title before the name (<c>Ms Doe</c>). A pronoun after a name is no evidence: in
        /// <c>Her coach, Jo Doe, said she had trained</c> it is someone else's.
        /// </summary>
        private static Gender GenderOf(List<Word> words, int first)
        {
            if (Lexicon.MaleTitles.ContainsBare(words[first]))
            {
                return Gender.Male;
            }

            if (Lexicon.FemaleTitles.ContainsBare(words[first]))
            {
                return Gender.Female;
            }

            return Gender.Unknown;
        }

        /// <summary>
        /// The gender of the first third-person pronoun after a subject (<c>Varga said she would stay</c>), in its
        /// sentence and outside quotes; none when another name comes first (<c>Varga told Pike she</c>), as the pronoun
        /// may be that one's.
        /// </summary>
        private static Gender PronounAfter(string text, List<Word> words, int end, int nextQuote)
        {
            for (var k = end; k < words.Count && k < end + MaxPronounDistance && words[k].Start < nextQuote; k++)
            {
                var w = words[k];
                if (words[k - 1].End < text.Length && SentenceBounds.IsEndAt(text, words[k - 1].End))
                {
                    return Gender.Unknown;
                }

                // "Varga thanked him", "Obama backed her up": a pronoun the verb acts on is someone else, and tells nothing.
                if (IsObjectPronoun(words, k))
                {
                    continue;
                }

                if (Lexicon.MalePronouns.Contains(w))
                {
                    return Gender.Male;
                }

                if (Lexicon.FemalePronouns.Contains(w))
                {
                    return Gender.Female;
                }

                // "Varga (D-Ohio) said he would stay": a bracket's party label or aside names no one else.
                if (w.Start > 0 && text[w.Start - 1] == '(')
                {
                    k = Punctuation.ClosingBracketWord(text, words, k);
                    continue;
                }

                if (w.IsCapitalized)
                {
                    return Gender.Unknown;
                }
            }

            return Gender.Unknown;
        }

        /// <summary>
        /// <c>him</c>, or <c>her</c> with no noun after it (<c>backed her up</c>, <c>told her that</c>, <c>thanked her.</c>): the
        /// object of a verb; <c>her plan</c> is a possessive, which tells the subject's gender.
        /// </summary>
        private static bool IsObjectPronoun(List<Word> words, int k)
        {
            var w = words[k];
            if (w.Is("him"))
            {
                return true;
            }

            if (!w.Is("her"))
            {
                return false;
            }

            if (k + 1 >= words.Count || Punctuation.BreakAfter(w))
            {
                return true;
            }

            var next = words[k + 1];
            return !char.IsLower(next.First) || Lexicon.FunctionWords.Contains(next) || Lexicon.VerbParticles.Contains(next);
        }

        /// <summary>
        /// The run [start, end) follows the comma that closes a sentence's opening phrase, a lower-case word follows it, and
        /// the phrase holds a possessive that looks ahead to it (<c>In his statement on Saturday, Varga went further</c>,
        /// <c>Speaking to her staff, Pike said</c>): the name opens the main clause, its subject. The phrase opens with a
        /// clause opener (a preposition, <c>when</c>, <c>after</c>) or a participle, and holds no other comma. Without the
        /// possessive (<c>On the eve of the vote, Varga …</c>) the name is left as it was: on our articles the wider rule
        /// gave as many quotes to the wrong person as to the right one.
        /// </summary>
        private static bool AfterOpeningPhrase(string text, List<Word> words, int start, int end)
        {
            // Cheap refusals first: most names follow no comma. "Asked if …, Jo Bloggs, a spokesman, suggested": an appositive
            // after the name (opened by an article or a possessive) leaves it the clause's subject.
            if (start == 0 || end >= words.Count || !Punctuation.CommaAfter(words[start - 1]))
            {
                return false;
            }

            var appositive = Punctuation.BreakAfter(words[end - 1]) &&
                             (words[end].Is("a") || words[end].Is("an") || words[end].Is("the") || (words[end].IsPossessive && words[end].IsCapitalized));
            if ((!appositive && (words[end].IsCapitalized || Punctuation.BreakAfter(words[end - 1]))) || words[end - 1].IsPossessive || Lexicon.Prepositions.Contains(words[end]) ||
                words[end].Is("and") || words[end].Is("or") || words[end].Is("who") || words[end].Is("which"))
            {
                return false;
            }

            var k = start - 1;
            for (var n = 0; k > 0 && n < MaxOpeningPhrase; k--, n++)
            {
                var before = words[k - 1];
                if (before.End < text.Length && SentenceBounds.IsEndAt(text, before.End))
                {
                    break;
                }

                if (Punctuation.BreakAfter(before) || before.End < text.Length && (text[before.End] == ';' || text[before.End] == ':'))
                {
                    return false; // "Varga, in a statement, Pike": not the sentence's opening phrase
                }
            }

            if (k > 0 && !(words[k - 1].End < text.Length && SentenceBounds.IsEndAt(text, words[k - 1].End)))
            {
                return false; // longer than an opening phrase runs
            }

            var opener = words[k];
            if (!opener.IsCapitalized || k >= start - 1 ||
                !(Lexicon.ClauseOpeners.Contains(opener) || (opener.BareEnd - opener.Start >= 6 && opener.BareEndsWith("ing"))))
            {
                return false;
            }

            // "In his statement on Saturday, Varga": the possessive in the opening phrase looks ahead to the subject it belongs to;
            // "Asked if …, Jo Bloggs, a spokesman, suggested": so does an appositive after the name.
            if (appositive)
            {
                return true;
            }

            for (var p = k; p < start; p++)
            {
                if (words[p].Is("his") || words[p].Is("her"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>One of our early investors, Farhan Mehta, put it plainly</c>: the name set off after a sentence's opening
        /// <c>One of</c> and the plural of a job is who the sentence is about, as after the job itself.
        /// </summary>
        private static bool OneOfAGroupBefore(List<Word> words, int first)
        {
            var group = first - 1;
            if (group < 2 || !Punctuation.CommaAfter(words[group]) || !Lexicon.IsOccupationPluralBare(words[group]))
            {
                return false;
            }

            for (var k = group - 1; k >= 1 && k >= group - 4; k--)
            {
                if (words[k].Is("of") && (words[k - 1].Is("One") || words[k - 1].Is("one")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The role noun at <paramref name="role"/> ends a noun phrase opened by a determiner or a possessive a few lower-case
        /// words before it (<c>her spokeswoman, Jo Bloggs,</c>), so the name after its comma is in apposition to it; in
        /// <c>whether she is fit to be president, Varga said</c> it is not.
        /// </summary>
        private static bool EndsNounPhrase(List<Word> words, int role)
        {
            for (var k = role - 1; k >= 0 && k > role - 4; k--)
            {
                var w = words[k];
                if (w.IsPossessive || Lexicon.Determiners.Contains(w))
                {
                    return true;
                }

                if (w.IsCapitalized || Punctuation.BreakAfter(w))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A lower-case role and a capitalised name follow the run at once (<c>Varga adviser Dan Orrin</c>).</summary>
        private static bool ModifiesRoleOfName(List<Word> words, int end) =>
            end + 1 < words.Count && !words[end].IsCapitalized && !Punctuation.BreakAfter(words[end - 1]) && !Punctuation.BreakAfter(words[end]) &&
            words[end + 1].IsCapitalized && Lexicon.IsOccupationBare(words[end]);

        /// <summary>
        /// The last character before <paramref name="index"/> that is neither a space nor a closing mark: a sentence that
        /// ends inside a quote (<c>… “hasty.” Rob Hale said</c>) ends at the full stop before the marks.
        /// </summary>
        private static int PreviousNonSpace(string text, int index)
        {
            var i = index - 1;
            while (i > 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            while (i > 0 && IsClosingMark(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            return i < 0 ? 0 : i;
        }

        private static bool IsClosingMark(char c) => c == '\u201D' || c == '\u2019' || c == '"' || c == '\'' || c == ')';
    }
}
