using System.Collections.Generic;
using System.Text;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// The article's mentions in reading order, with the look-ups speaker resolution needs — the last person
    /// before a point, the full name behind a surname or first name, the organisation behind an acronym — each
    /// answered without scanning the whole article, so long articles stay linear.
    /// </summary>
    internal sealed class MentionIndex
    {
        /// <summary>How far back a pronoun looks for its antecedent.</summary>
        private const int PronounWindow = 200;

        /// <summary>How many paragraphs before the nearest named person a sentence's subject is still preferred to it.</summary>
        private const int SubjectReach = 0;

        /// <summary>How many paragraphs further back than a name of unknown gender <c>he</c> or <c>she</c> looks for one that shows its gender.</summary>
        private const int UngenderedReach = 1;

        private readonly List<Mention> _mentions;

        /// <summary>
        /// Each mention's gender, from its title, a title at another mention of the surname, or its given name; read when
        /// first asked (<see cref="GenderAt"/>): a pronoun looks back over a few mentions, not all of them.
        /// </summary>
        private readonly Gender?[] _genders;

        /// <summary>Each mention's last name part, where the index cut it (else null, cut if ever asked).</summary>
        private readonly string?[] _lastParts;

        // The maps below are made when their first entry is: many articles give no full name, no title and no pronoun
        // after a subject, and an empty map looked up answers as a missing one does.
        private NameMap<string>? _byLastName;
        private NameMap<string>? _byFirstName;
        /// <summary>The names by their capitals (<see cref="Expand"/>), made on the first acronym looked up: most articles look up none.</summary>
        private NameMap<string>? _byInitials;
        private NameMap<Gender>? _genderBySurname;
        /// <summary>Each person the mentions resolve to, by the index of their first mention (whose gender is theirs).</summary>
        private readonly NameMap<int> _people = new NameMap<int>();

        /// <summary>
        /// One-word names that speak somewhere in the article (<see cref="Mention.Speaks"/>) or that an office made a person
        /// (<c>President Marlow</c>); null while there is none.
        /// </summary>
        private HashSet<string>? _personSingles;

        /// <summary>Per person, the <c>he</c>s less the <c>she</c>s that follow them as a subject.</summary>
        private NameMap<int>? _pronounVotes;

        public MentionIndex(List<Mention> mentions)
        {
            // First the full names (and the gender evidence at every mention of a surname), then the mentions in reading
            // order, one-word ones linked to the full name they stand for.
            // Each mention's last name part, cut once, when a map is keyed by it (else null, cut if ever asked).
            var lastParts = new string?[mentions.Count];
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (mention.Kind == MentionKind.Person)
                {
                    var firstSpace = mention.Name.IndexOf(' ');
                    // "Mr. Varga" is no full name, with its full stop or without.
                    if (firstSpace > 0 && !Lexicon.Titles.Contains(mention.Name, 0, mention.Name[firstSpace - 1] == '.' ? firstSpace - 1 : firstSpace))
                    {
                        // The first full name the article gives wins.
                        (_byLastName ??= new NameMap<string>()).TryAdd(lastParts[m] = LastPart(mention.Name), mention.Name);
                        (_byFirstName ??= new NameMap<string>()).TryAdd(mention.Name.Substring(0, firstSpace), mention.Name);
                    }

                    if (mention.Gender != Gender.Unknown)
                    {
                        // Evidence at any mention ("Ms Doe" later) tells the gender of every mention of the surname.
                        (_genderBySurname ??= new NameMap<Gender>()).Set(lastParts[m] ??= LastPart(mention.Name), mention.Gender);
                    }
                }

                if ((mention.Speaks || IsOneWordPerson(mention)) && !LooksPlural(mention.Name))
                {
                    (_personSingles ??= new HashSet<string>()).Add(mention.Name);
                }
            }

            _mentions = new List<Mention>(mentions.Count);
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                var linked = mention.Kind == MentionKind.SingleName ? Linked(mention) : IsOneWordPerson(mention) ? WithFullName(mention) : mention;
                if (linked == null)
                {
                    continue;
                }

                _mentions.Add(linked);
                // A name the link kept keeps its cut part, if any (moved down in place: a mention dropped leaves its slot behind).
                lastParts[_mentions.Count - 1] = ReferenceEquals(linked.Name, mention.Name) ? lastParts[m] : null;
            }

            // "Varga said she would stay": the pronouns after a person's subject mentions, counted by the name they resolve to.
            foreach (var mention in _mentions)
            {
                if (mention.Kind == MentionKind.Person && mention.PronounGender != Gender.Unknown)
                {
                    _pronounVotes ??= new NameMap<int>();
                    _pronounVotes.TryGetValue(mention.Name, out var votes);
                    _pronounVotes.Set(mention.Name, votes + (mention.PronounGender == Gender.Male ? 1 : -1));
                }
            }

            _lastParts = lastParts;
            _genders = new Gender?[_mentions.Count];
            for (var k = 0; k < _mentions.Count; k++)
            {
                if (_mentions[k].Kind == MentionKind.Person && !_people.ContainsKey(_mentions[k].Name))
                {
                    _people.Set(_mentions[k].Name, k);
                }
            }
        }

        /// <summary>Whether the article names a person so (the name a mention resolves to), and that person's gender.</summary>
        public bool IsPerson(string name, out Gender gender)
        {
            if (_people.TryGetValue(name, out var first))
            {
                gender = GenderAt(first);
                return true;
            }

            gender = Gender.Unknown;
            return false;
        }

        /// <summary>
        /// <c>“…,” he said.</c> given to Varga, whose gender nothing else told: Varga is a man for the pronouns after it (a later
        /// <c>she</c> skips him). Counted as a pronoun after his name is, so a given name or a title still decides first.
        /// </summary>
        public void LearnGender(string name, Gender gender)
        {
            if (gender == Gender.Unknown || !IsPerson(name, out var known) || known != Gender.Unknown)
            {
                return;
            }

            (_pronounVotes ??= new NameMap<int>()).Set(name, gender == Gender.Male ? 1 : -1);
            System.Array.Clear(_genders, 0, _genders.Length);
        }

        /// <summary>The gender of the mention at <paramref name="k"/>, read once (the maps it reads are complete by then).</summary>
        private Gender GenderAt(int k) => _genders[k] ??= GenderOf(_mentions[k], _lastParts[k]);

        /// <summary>
        /// A one-word mention as the person it names: the full name ending (or starting) with it, a given name standing
        /// alone (<c>his wife, Maria,</c>), or, when it speaks or stands as a subject, the word itself; else nothing.
        /// </summary>
        private Mention? Linked(Mention single)
        {
            var word = single.Name;
            if (_byLastName != null && (_byLastName.TryGetValue(word, out var full) || _byFirstName!.TryGetValue(word, out full)))
            {
                return single with { Name = full, Kind = MentionKind.Person };
            }

            if (Lexicon.MaleGivenNames.Contains(word) || Lexicon.FemaleGivenNames.Contains(word))
            {
                return single with { Kind = MentionKind.Person };
            }

            // "Varga said he", "Varga, who runs the pier,": a surname the article never gives in full is still a person's.
            if (_personSingles != null && _personSingles.Contains(word))
            {
                return single with { Kind = MentionKind.Person };
            }

            // "Iowa said" and "Goff said" look alike: a word the article never gives as part of a full name may be
            // quoted, but a pronoun does not stand for it.
            return single.Strong && !LooksPlural(word) ? single : null;
        }

        /// <summary>
        /// A one-word person (<c>Marlow</c> read from <c>President Marlow</c>, <c>Dilys</c> from <c>my neighbour Dilys</c>) as the full
        /// name ending (or starting) with it, when the article gives one (<c>Chief Jo Bloggs-Ruiz</c>, then <c>Chief Bloggs-Ruiz</c>).
        /// </summary>
        private Mention WithFullName(Mention single) =>
            _byLastName != null && (_byLastName.TryGetValue(single.Name, out var full) || _byFirstName!.TryGetValue(single.Name, out full))
                ? single with { Name = full }
                : single;

        /// <summary>A person named by one word (<c>Marlow</c>, read from <c>President Marlow</c>).</summary>
        private static bool IsOneWordPerson(Mention mention) => mention.Kind == MentionKind.Person && mention.Name.IndexOf(' ') < 0;

        /// <summary><c>Critics said</c>: a plural noun names a group, not a person.</summary>
        private static bool LooksPlural(string word) => word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's';

        private Gender GenderOf(Mention mention, string? lastPart)
        {
            if (mention.Kind != MentionKind.Person)
            {
                return Gender.Unknown;
            }

            if (mention.Gender != Gender.Unknown)
            {
                return mention.Gender;
            }

            if (_genderBySurname != null && _genderBySurname.TryGetValue(lastPart ?? LastPart(mention.Name), out var gender))
            {
                return gender;
            }

            var given = GivenNameGender(mention.Name);
            if (given != Gender.Unknown || _pronounVotes == null || !_pronounVotes.TryGetValue(mention.Name, out var votes) || votes == 0)
            {
                return given;
            }

            return votes > 0 ? Gender.Male : Gender.Female;
        }

        /// <summary>The gender the name's first word tells, when it is a given name borne mostly by one sex.</summary>
        public static Gender GivenNameGender(string name)
        {
            var space = name.IndexOf(' ');
            var end = space < 0 ? name.Length : space;
            if (Lexicon.MaleGivenNames.Contains(name, 0, end))
            {
                return Gender.Male;
            }

            return Lexicon.FemaleGivenNames.Contains(name, 0, end) ? Gender.Female : Gender.Unknown;
        }

        private static string LastPart(string name) => name.Substring(name.LastIndexOf(' ') + 1);

        /// <summary>The full name used for a person the text now calls by surname alone (or, failing that, by first name).</summary>
        public string? FullName(string part, bool allowFirstName) =>
            _byLastName == null ? null : _byLastName.TryGetValue(part, out var name) ? name : allowFirstName ? FullNameOpenedBy(part) : null;

        /// <summary>The full name that opens with <paramref name="part"/> (a given name, or a surname its culture writes first).</summary>
        public string? FullNameOpenedBy(string part) => _byFirstName != null && _byFirstName.TryGetValue(part, out var name) ? name : null;

        /// <summary>The name whose capitals spell <paramref name="acronym"/>.</summary>
        public string? Expand(string acronym) => ByInitials().TryGetValue(acronym, out var name) ? name : null;

        /// <summary>The first name in reading order with each run of capitals (two or more), as the mentions were linked.</summary>
        private NameMap<string> ByInitials()
        {
            if (_byInitials != null)
            {
                return _byInitials;
            }

            _byInitials = new NameMap<string>();
            foreach (var mention in _mentions)
            {
                var initials = Initials(mention.Name);
                if (initials.Length >= 2)
                {
                    _byInitials.TryAdd(initials, mention.Name);
                }
            }

            return _byInitials;
        }

        /// <summary>
        /// The nearest mention of <paramref name="kind"/> before a point, preferring one marked as a speaker, and, for a
        /// person, the subject of a sentence over a name the sentence only mentions (<c>Tom Varga is selling the boat he
        /// used to rescue Sam Pike, a swimmer. “…,” he said.</c>) when both stand within <see cref="SubjectReach"/>.
        /// </summary>
        public Mention? LastBefore(int paragraph, int index, MentionKind kind, Gender gender = Gender.Unknown)
        {
            Mention? weak = null;
            Mention? strong = null;
            Mention? ungendered = null;
            Mention? weakGendered = null;
            var from = FirstAtOrAfter(paragraph, index) - 1;
            for (var k = from; k >= 0 && k > from - PronounWindow; k--)
            {
                var m = _mentions[k];
                if (m.Kind != kind || (gender != Gender.Unknown && GenderAt(k) != Gender.Unknown && GenderAt(k) != gender))
                {
                    continue; // "she" skips a man just named
                }

                if (gender != Gender.Unknown && m.AfterPronounSubject == gender)
                {
                    continue; // "Varga eased his tone. He named Pike. “…,” he said.": Pike is whom "he" acted on, not "he"
                }

                if (gender != Gender.Unknown && GenderAt(k) == Gender.Unknown && !m.Strong && !m.Subject)
                {
                    // A name that shows no gender may be a place or a group ("New Hampshire", "Girl Scouts"): "he" prefers
                    // a man named a little earlier.
                    ungendered ??= m;
                    if (ungendered.Paragraph - m.Paragraph <= UngenderedReach)
                    {
                        continue;
                    }

                    return strong ?? weak ?? ungendered;
                }

                if (strong != null && strong.Paragraph - m.Paragraph > SubjectReach)
                {
                    return strong;
                }

                // "… gave Jo Bloggs the floor. “…,” she said.": a full name whose gender is known to match, in a later paragraph
                // than this subject, is nearer than it.
                if (weakGendered != null && weakGendered.Paragraph - m.Paragraph > SubjectReach)
                {
                    return weakGendered;
                }

                if (m.Subject)
                {
                    return m;
                }

                if (m.Strong)
                {
                    if (kind != MentionKind.Person)
                    {
                        return m;
                    }

                    strong ??= m;
                }

                weak ??= m;
                // Only a full name: one word ("Flint", "Christian") may be a place or a group that only looks like a given name.
                // A name in a fact box or a caption ("6th: behind Jo Bloggs (poll)") is no one the story turned to.
                if (gender != Gender.Unknown && GenderAt(k) == gender && !m.Listed && m.Name.IndexOf(' ') > 0)
                {
                    weakGendered ??= m;
                }
            }

            return strong ?? weak ?? ungendered;
        }

        /// <summary>
        /// The organisation last introduced by the noun of its kind (<c>cycling group Prairie Spokes</c> for <c>the group</c>)
        /// or whose name ends with it (<c>Capital Development Authority</c> for <c>the authority</c>) before a point, or null.
        /// </summary>
        public string? LastOrganisationCalled(int paragraph, int index, string kind)
        {
            var from = FirstAtOrAfter(paragraph, index) - 1;
            for (var k = from; k >= 0 && k > from - PronounWindow; k--)
            {
                var m = _mentions[k];
                if (m.Kind == MentionKind.Organisation && (string.Equals(m.Role, kind, System.StringComparison.Ordinal) || (m.Name.Length > kind.Length && Words.EndsWithWord(m.Name, kind))))
                {
                    return m.Name;
                }
            }

            return null;
        }

        /// <summary>The person last named with <paramref name="office"/> written before them (<see cref="Mention.Office"/>) before a point, or null.</summary>
        /// <remarks>
        /// An office written in full (<c>union minister</c>) matches itself; a bare one (<c>minister</c>) matches any office
        /// ending with it, but only when one person holds such an office (a Union Minister and a Prime Minister make
        /// <c>the Minister</c> ambiguous).
        /// </remarks>
        public string? LastHolding(int paragraph, int index, string office)
        {
            string? endingWith = null;
            var ambiguous = false;
            var from = FirstAtOrAfter(paragraph, index) - 1;
            for (var k = from; k >= 0 && k > from - PronounWindow; k--)
            {
                var held = _mentions[k].Office;
                if (_mentions[k].Kind != MentionKind.Person || held == null)
                {
                    continue;
                }

                if (string.Equals(held, office, System.StringComparison.Ordinal))
                {
                    return _mentions[k].Name;
                }

                if (held.Length > office.Length && held.EndsWith(" " + office, System.StringComparison.Ordinal))
                {
                    ambiguous |= endingWith != null && endingWith != _mentions[k].Name;
                    endingWith ??= _mentions[k].Name;
                }
            }

            return ambiguous ? null : endingWith;
        }

        /// <summary>
        /// The person last described before a point by <paramref name="role"/> (a lower-case role noun): in an appositive or
        /// before the name (<see cref="Mention.Role"/>), or as the last or first word of the office before it
        /// (<c>Harbour Master Jo Bloggs</c>, <c>Secretary of State Jo Bloggs</c>); null when nobody was, or when two people were
        /// described so equally well.
        /// </summary>
        /// <remarks>
        /// The description's words before its role noun (<paramref name="description"/>[<paramref name="from"/>,
        /// <paramref name="head"/>)) must agree with the holder's (<see cref="Agreement"/>): <c>the president</c> is the one
        /// introduced as <c>President Varga</c> rather than a bank's president, and never a vice president.
        /// </remarks>
        public string? LastDescribedAs(int paragraph, int index, string role, List<Word>? description = null, int from = 0, int head = 0)
        {
            string? described = null;
            var best = 0;
            var ambiguous = false;
            var start = FirstAtOrAfter(paragraph, index) - 1;
            for (var k = start; k >= 0 && k > start - PronounWindow; k--)
            {
                var m = _mentions[k];
                if (m.Kind != MentionKind.Person)
                {
                    continue;
                }

                var agreement = 0;
                if (string.Equals(m.Role, role, System.StringComparison.Ordinal))
                {
                    agreement = description == null ? Agrees : Agreement(m.RoleQualifiers, description, from, head);
                }

                if (agreement == 0 && m.Office != null && OfficeIs(m.Office, role))
                {
                    // The office's words before its role ("harbour" of "harbour judge"); one read "secretary of state" has none.
                    var qualifiers = m.Office.Length > role.Length && m.Office.EndsWith(role, System.StringComparison.Ordinal)
                        ? m.Office.Substring(0, m.Office.Length - role.Length - 1)
                        : null;
                    agreement = description == null ? Agrees : Agreement(qualifiers, description, from, head);
                }

                // Agreeing as well, a role written out ranks above an abbreviated title's.
                agreement = agreement * 2 - (agreement > 0 && m.Abbreviated ? 1 : 0);
                if (agreement > best)
                {
                    described = m.Name;
                    best = agreement;
                    ambiguous = false;
                }
                else if (agreement == best && agreement > 0 && !string.Equals(described, m.Name, System.StringComparison.Ordinal))
                {
                    ambiguous = true;
                }
            }

            return ambiguous ? null : described;
        }

        /// <summary>A holder's qualifiers and a description's are the same, or neither has any.</summary>
        private const int Agrees = 2;

        /// <summary>One of them says what the other does not (<c>the president</c> and <c>Harbour Bank President Quint</c>, <c>the Benwick senator</c> and <c>Sen. Pike</c>).</summary>
        private const int AgreesWeakly = 1;

        /// <summary>
        /// How a holder's qualifiers (the words before their role, and the place after it) agree with a description's
        /// (<paramref name="description"/>[<paramref name="from"/>..], but its role noun at <paramref name="head"/>):
        /// <see cref="Agrees"/>, <see cref="AgreesWeakly"/>, or 0 when the description says what the holder's do not — a place
        /// or an organisation (<c>the Benwick senator</c> is not the Sallow senator, nor surely a senator of no stated place),
        /// or a role word (<c>the vice president</c>) — or the holder's hold a role word the description lacks (<c>the
        /// president</c> is no vice president). Words of time and party tell no office and are passed over.
        /// </summary>
        private static int Agreement(string? held, List<Word> description, int from, int head)
        {
            var weak = false;
            if (held != null)
            {
                for (var i = 0; Words.TryNext(held, ref i, held.Length, out var h);)
                {
                    if (Lexicon.RoleQualifiersOfNoOffice.ContainsBare(h) || InDescription(h, description, from, head))
                    {
                        continue;
                    }

                    if (Lexicon.Roles.ContainsBare(h))
                    {
                        return 0; // "the president" is no vice president
                    }

                    // "the president" for a bank's president: an organisation's officer holds another office than the bare
                    // one; a place's ("Benwick Sen. Jo Bloggs") holds the same.
                    weak |= Lexicon.OrganisationWords.ContainsBare(h);
                }
            }

            for (var k = from; k < description.Count; k++)
            {
                var w = description[k];
                if (k == head || (k > head && !w.IsCapitalized) || Lexicon.RoleQualifiersOfNoOffice.ContainsBare(w) || (held != null && Held(w, held)))
                {
                    continue;
                }

                // "the vice president" for a president; "the Benwick senator" (or "the senator from Benwick") for the Sallow
                // senator, or for one whose place the article never gave: it may be any senator's.
                if (w.IsCapitalized || Lexicon.Roles.ContainsBare(w))
                {
                    return 0;
                }

                weak = true; // "the harbour master" for a master
            }

            return weak ? AgreesWeakly : Agrees;
        }

        private static bool InDescription(Word h, List<Word> description, int from, int head)
        {
            for (var k = from; k < description.Count; k++)
            {
                if (k != head && SameWord(description[k], h))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Held(Word w, string held)
        {
            for (var i = 0; Words.TryNext(held, ref i, held.Length, out var h);)
            {
                if (SameWord(w, h))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameWord(Word a, Word b) =>
            a.BareEnd - a.Start == b.BareEnd - b.Start &&
            string.Compare(a.Source, a.Start, b.Source, b.Start, a.BareEnd - a.Start, System.StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary><c>harbour master</c> and <c>secretary of state</c> are a <c>master</c> and a <c>secretary</c>.</summary>
        private static bool OfficeIs(string office, string role) =>
            office.Length >= role.Length &&
            ((office.EndsWith(role, System.StringComparison.Ordinal) && (office.Length == role.Length || office[office.Length - role.Length - 1] == ' ')) ||
             (office.StartsWith(role, System.StringComparison.Ordinal) && office.Length > role.Length + 3 && string.CompareOrdinal(office, role.Length, " of ", 0, 4) == 0));

        private int FirstAtOrAfter(int paragraph, int index)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_mentions[mid].IsBefore(paragraph, index))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>The capitals that open the name's words; empty when there are fewer than two (no acronym is indexed then).</summary>
        private static string Initials(string name)
        {
            // Counted before any copy: most mentions are one word, and only an acronym of two letters or more is indexed.
            var count = 0;
            for (var i = 0; Words.TryNext(name, ref i, name.Length, out var w);)
            {
                count += w.IsCapitalized ? 1 : 0;
            }

            if (count < 2)
            {
                return string.Empty;
            }

            var initials = new char[count];
            var n = 0;
            for (var i = 0; Words.TryNext(name, ref i, name.Length, out var w);)
            {
                if (w.IsCapitalized)
                {
                    initials[n++] = w.First;
                }
            }

            return new string(initials);
        }
    }
}
