using System;
using System.Linq;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Reading the authors' names out of a byline's tokens: name runs, bullets, job titles closing a name, follow buttons and comment links after it.</summary>
    internal static partial class BylineDetector
    {
        /// <summary>
        /// The names and what describes each (<c>, Staff Attorney, Civil Liberties Union</c>); returns where they end. An
        /// organisation signing with people (<c>By Harbour News Staff and Jane Doe</c>) is no author beside them: a byline holds
        /// people, or else the one organisation.
        /// </summary>
        private static int ReadNames(LineTokens t, int p, bool labelled, BylineReading reading)
        {
            var end = ReadNameList(t, p, labelled, reading, out var organisationFirst);
            if (organisationFirst && reading.NamesPerson && reading.Authors.Count > 1)
            {
                reading.Authors.RemoveAt(0);
            }

            return end;
        }

        private static int ReadNameList(LineTokens t, int p, bool labelled, BylineReading reading, out bool organisationFirst)
        {
            organisationFirst = false;
            var i = p;
            var first = true;
            var memo = default(NameMemo);
            while (i < t.Count)
            {
                var kind = memo.Read(t, i, allowOrganisation: labelled && first, unlabelled: !labelled, out var nameEnd, out var roleEnd);
                if (kind == NameKind.None)
                {
                    return first ? p : i;
                }

                reading.Authors.Add(AuthorText(t, i, nameEnd, kind));
                reading.NamesPerson |= kind == NameKind.Person;
                organisationFirst |= first && kind == NameKind.Organisation;
                first = false;
                var next = roleEnd;

                // A job title after the name in lower case ("Jane Doe political correspondent"), then whom she writes for; "and"
                // may follow it before the next author ("Jane Doe Cricket writer and John Roe Sports reporter").
                next = SkipRole(t, next, requireSeparatorBefore: false, beforeAnd: true);
                // "Jane Doe New Delhi", "Jane Doe San Marcos Bureau Chief": where she files from, then her title.
                var place = kind == NameKind.Person ? SkipGluedPlace(t, next) : next;
                next = place > next ? SkipRole(t, place, requireSeparatorBefore: false) : next;
                next = SkipWritesFor(t, next);
                next = SkipPlaceBeforeNextName(t, next);
                if (kind == NameKind.Agency)
                {
                    next = ReadPlaceAfterWire(t, next, reading);
                }

                // Descriptions after commas: a job title, an employer, a place ("AFP, PARIS"). Once a job is read, capitalised words
                // after a comma that open with no given name are where the author works ("Jane Doe, Staff Engineer, Platform
                // Reliability"), not a second author.
                var described = roleEnd > nameEnd || next > roleEnd;
                while (next < t.Count && (t.Before(next) & Separators.Comma) != 0 &&
                       (!StartsName(t, next, kind == NameKind.Person, ref memo) || (described && kind == NameKind.Person && !Lexicon.IsGivenNameBare(t[next]))))
                {
                    var after = ReadDescriptor(t, next, kind, described);
                    if (after == next)
                    {
                        break;
                    }

                    // "Jane Doe, Associated Press": the wire the story came through, as after a bar.
                    if (kind == NameKind.Person && after >= t.Count && AgencyEnd(t, next) == after)
                    {
                        reading.Agency ??= t.Span(next, after);
                    }

                    described = true;
                    next = after;
                }

                i = next;
                if (i >= t.Count)
                {
                    return i;
                }

                // A joiner, then the next name.
                // A semicolon lists names as a comma does ("Jane Doe; John Roe"), as some pages print their author lists.
                var joined = (t.Before(i) & (Separators.Comma | Separators.Ampersand | Separators.Slash | Separators.Semicolon)) != 0;
                var at = i;
                if (t[i].Is("and") || t[i].Is("And") || t[i].Is("AND"))
                {
                    joined = true;
                    at = i + 1;
                }

                // "By Jane Doe with John Roe": a co-author; "with agencies", "with AFP" are read with the extras.
                var with = t[i].LowerIs("with") && t.Before(i) == Separators.None;
                if (with)
                {
                    joined = true;
                    at = i + 1;
                }

                // "Jane Doe • John Roe": a bar between two people whose given names the lexicon knows lists them; before anything
                // else it parts the names from a wire, a title or a date (read with the extras).
                var barred = !joined && kind == NameKind.Person && t.Before(i) == Separators.Bar && ((Lexicon.IsGivenNameBare(t[i]) && !Lexicon.CalendarWords.ContainsBare(t[i])) || IsBulletedName(t, i));
                joined |= barred;

                var nextEnd = at;
                var nextRoleEnd = at;
                // After a semicolon only a person's name read as strictly as an unlabelled line's ("; Staff Writer" is her title).
                var semicolon = t.Before(i) == Separators.Semicolon;
                var nextKind = !joined || at >= t.Count ? NameKind.None : memo.Read(t, at, allowOrganisation: false, unlabelled: !labelled || semicolon, out nextEnd, out nextRoleEnd);
                if (semicolon && nextKind != NameKind.Person)
                {
                    return i;
                }

                if (nextKind == NameKind.None || (with && nextKind != NameKind.Person) ||
                    (barred && (nextKind != NameKind.Person || (nextRoleEnd < t.Count && t.Before(nextRoleEnd) == Separators.None) || HasOrganisationWord(t, at, nextEnd))))
                {
                    return i;
                }

                i = at;
            }

            return i;
        }

        /// <summary>
        /// A second person after a bullet (<c>Jane Doe • Oluwaseun Adeyemi</c>) whose given name the lexicon lacks: two or
        /// three capitalised words closing the line or standing before the next bullet, with no word of a place, a section,
        /// a publication or a job. A bar (<c>|</c>) or a dash parts a name from its publication or desk as often, so only a
        /// bullet lists people this way.
        /// </summary>
        private static bool IsBulletedName(LineTokens t, int i)
        {
            if (!IsBulletBefore(t, i) || Lexicon.PlaceOpeners.ContainsBare(t[i]))
            {
                return false;
            }

            var end = i + 1;
            while (end < t.Count && t.Before(end) == Separators.None)
            {
                end++;
            }

            if (end - i < 2 || end - i > 3 || (end < t.Count && !IsBulletBefore(t, end)))
            {
                return false;
            }

            for (var k = i; k < end; k++)
            {
                var w = t[k];
                if (!w.IsCapitalized || Lexicon.SectionWords.ContainsBare(w) || Lexicon.PlaceClosers.ContainsBare(w) || Lexicon.CalendarWords.ContainsBare(w) ||
                    Lexicon.OrganisationWords.ContainsBare(w) || IsRoleWord(w) || Lexicon.IsOccupationBare(w))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a bullet or a middle dot (not a bar or a dash) stands before token <paramref name="i"/>.</summary>
        private static bool IsBulletBefore(LineTokens t, int i)
        {
            if (i == 0)
            {
                return false;
            }

            for (var k = t[i - 1].End; k < t[i].Start; k++)
            {
                var c = t.Source[k];
                if (c == '\u2022' || c == '\u00B7' || c == '\u2219')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word of tokens [<paramref name="p"/>, <paramref name="end"/>) names an organisation (<c>Institute</c>).</summary>
        private static bool HasOrganisationWord(LineTokens t, int p, int end) => HasWordOf(t, p, end, Lexicon.OrganisationWords);

        /// <summary>Whether a word of tokens [<paramref name="p"/>, <paramref name="end"/>) is one of <paramref name="set"/>'s (bare).</summary>
        private static bool HasWordOf(LineTokens t, int p, int end, WordSet set)
        {
            for (var k = p; k < end; k++)
            {
                if (set.ContainsBare(t[k]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The last two names read on a line, by token and reading. A list's next name is read to end the entry before it
        /// (<see cref="StartsName"/>, the joiner), then read again as itself: <see cref="ReadName"/> depends on nothing else,
        /// so the second reading is the first's.
        /// </summary>
        private struct NameMemo
        {
            private (int P, int Flags, NameKind Kind, int NameEnd, int RoleEnd) _a;
            private (int P, int Flags, NameKind Kind, int NameEnd, int RoleEnd) _b;
            private bool _nextIsB;

            public NameKind Read(LineTokens t, int p, bool allowOrganisation, bool unlabelled, out int nameEnd, out int roleEnd)
            {
                // Bit 4 marks a slot in use.
                var flags = 4 | (allowOrganisation ? 1 : 0) | (unlabelled ? 2 : 0);
                var hit = _a.P == p && _a.Flags == flags ? _a : _b.P == p && _b.Flags == flags ? _b : default;
                if (hit.Flags != 0)
                {
                    nameEnd = hit.NameEnd;
                    roleEnd = hit.RoleEnd;
                    return hit.Kind;
                }

                var kind = ReadName(t, p, allowOrganisation, unlabelled, out nameEnd, out roleEnd);
                if (_nextIsB)
                {
                    _b = (p, flags, kind, nameEnd, roleEnd);
                }
                else
                {
                    _a = (p, flags, kind, nameEnd, roleEnd);
                }

                _nextIsB = !_nextIsB;
                return kind;
            }
        }

        /// <summary>A person's name, an agency or (after a label) an organisation at token <paramref name="p"/>.</summary>
        private static NameKind ReadName(LineTokens t, int p, bool allowOrganisation, bool unlabelled, out int nameEnd, out int roleEnd)
        {
            nameEnd = roleEnd = p;
            var run = NameRunEnd(t, p);
            var personEnd = run;
            var roleStart = RoleStart(t, p, run);
            if (roleStart > p)
            {
                personEnd = roleStart;
            }

            var isPerson = IsPerson(t, p, personEnd, unlabelled);
            var agencyEnd = AgencyEnd(t, p);
            if (agencyEnd > p && (!isPerson || agencyEnd >= personEnd))
            {
                nameEnd = roleEnd = agencyEnd;
                return NameKind.Agency;
            }

            if (isPerson)
            {
                nameEnd = personEnd;
                roleEnd = run;
                return NameKind.Person;
            }

            if (allowOrganisation && IsOrganisation(t, p, run))
            {
                nameEnd = roleEnd = run;
                return NameKind.Organisation;
            }

            return NameKind.None;
        }

        /// <summary>Where a run of name-shaped tokens from <paramref name="p"/> ends: at a separator, a date, or a word no name has.</summary>
        private static int NameRunEnd(LineTokens t, int p)
        {
            var end = p;
            while (end < t.Count && end - p < 8)
            {
                // A name ends at a separator, at a colon ("Reporting: Jane Doe" is a label, then a name) and before "for"
                // ("Jane Doe For The Herald": whom she writes for, also "Special to The Herald").
                if (end > p && (t.Before(end) != Separators.None || t.EndsWithColon(end - 1) || WritesForLength(t, end) > 0 || StartsSignedAgency(t, p, end)))
                {
                    break;
                }

                var w = t[end];

                // "By JORDAN ROE Sentinel Staff Writer": a name set in capitals ends where the capitals do; what follows in
                // ordinary case is the paper and the job ("McDONALD" is still the name's).
                if (end >= p + 2 && IsTitleCase(w) && AllCapsFrom(t, p, end))
                {
                    break;
                }

                if (!IsNameToken(w, end == p) || (end > p && (StartsDate(t, end) || StartsLabelledDate(t, end) || IsFollowButton(t, end) || ClosesWithCommentPrompt(t, end) ||
                                                                OpensPictureCredit(t, end) || (end >= p + 2 && (PublicationTailEnd(t, end) > end || StartsGluedPlace(t, end))))))
                {
                    break;
                }

                end++;
            }

            return end;
        }

        /// <summary>
        /// Where the author files from, printed after her name with no separator (<c>By Jane Doe New Delhi</c>, <c>Jane Doe San
        /// Marcos Updated …</c>): a place's opener that no name holds, then a capitalised word, after a name's word that is no particle.
        /// </summary>
        private static bool StartsGluedPlace(LineTokens t, int i) =>
            i > 0 && i + 1 < t.Count && t[i].IsCapitalized && Lexicon.GluedPlaceOpeners.ContainsBare(t[i]) && t.Before(i + 1) == Separators.None &&
            t[i + 1].IsCapitalized && char.IsLetter(t[i + 1].First) && !Lexicon.NameParticles.ContainsBare(t[i - 1]);

        /// <summary>The place <see cref="StartsGluedPlace"/> finds at <paramref name="i"/>: the opener and one or two capitalised words; else <paramref name="i"/>.</summary>
        private static int SkipGluedPlace(LineTokens t, int i)
        {
            if (i >= t.Count || t.Before(i) != Separators.None || !StartsGluedPlace(t, i))
            {
                return i;
            }

            var end = i + 1;
            while (end < t.Count && end - i < 3 && t.Before(end) == Separators.None && t[end].IsCapitalized && char.IsLetter(t[end].First) &&
                   !Lexicon.DateLabels.ContainsBare(t[end]) && !IsRoleWord(t[end]) && !StartsDate(t, end))
            {
                end++;
            }

            return end;
        }

        /// <summary>A word in ordinary title case: a capital, then lower-case letters (<c>Sentinel</c>, not <c>McDONALD</c>).</summary>
        private static bool IsTitleCase(Word w) =>
            w.End - w.Start >= 3 && char.IsUpper(w.First) && char.IsLower(w.Source[w.Start + 1]) && char.IsLower(w.Source[w.Start + 2]);

        /// <summary>Whether tokens [<paramref name="p"/>, <paramref name="end"/>) are words in capitals, not initials (<c>J. K.</c>).</summary>
        private static bool AllCapsFrom(LineTokens t, int p, int end)
        {
            for (var k = p; k < end; k++)
            {
                if (!t[k].IsAllCaps || t[k].BareEnd - t[k].Start < 2)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Most words a publication's name printed after the author's runs to (<c>Kestrel Valley News-Democrat</c>).</summary>
        private const int MaxPublicationTailWords = 3;

        /// <summary>Most words of the place a broadcaster's newsroom is in, printed after its name (<c>CKVV News Prairie North</c>).</summary>
        private const int MaxNewsroomPlaceWords = 2;

        /// <summary>
        /// A publication's name printed right after the author's with no separator (<c>By Jane Doe Kestrel News-Democrat</c>,
        /// <c>Jane Doe The Westhaven Courier</c>, a station's <c>KVTN 7 News</c>): two or three capitalised words from
        /// <paramref name="i"/>, the last a publication's word (or one opening a hyphened name: <c>News-Democrat</c>), to the line's
        /// end or its next separator; or, as broadcasters print it, followed by its newsroom's place, the author's job or both
        /// (<c>Jane Doe CKVV News Valleyview Digital Producer</c>). Returns where it ends, or <paramref name="i"/>.
        /// </summary>
        private static int PublicationTailEnd(LineTokens t, int i)
        {
            // An agency's name (Associated Press) is read as the agency.
            if (!t[i].IsCapitalized || AgencyEnd(t, i) > i)
            {
                return i;
            }

            var end = i;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && end - i < MaxPublicationTailWords &&
                   ((t[end].IsCapitalized && char.IsLetter(t[end].First)) || (end > i && IsChannelNumber(t[end]))))
            {
                // "Jane Q. Doe Associated Press": the name's last word before an agency's, not a publication's first.
                if (end > i && AgencyEnd(t, end) > end)
                {
                    return i;
                }

                end++;
                if (end - i >= 2 && IsPublicationWord(t[end - 1]))
                {
                    return AtBoundary(t, end) ? end : NewsroomPlaceAndJobEnd(t, end, i);
                }
            }

            return i;
        }

        /// <summary>Whether the line ends at word <paramref name="i"/> or a separator stands before it.</summary>
        private static bool AtBoundary(LineTokens t, int i) => i >= t.Count || t.Before(i) != Separators.None;

        /// <summary><c>7</c> in <c>KVTN 7 News</c>: a station's channel number.</summary>
        private static bool IsChannelNumber(Word w) => w.IsDigits && w.End - w.Start <= 2;

        private static bool IsPublicationWord(Word last)
        {
            if (Lexicon.PublicationWords.ContainsBare(last) || Lexicon.PublicationNameWords.ContainsBare(last))
            {
                return true;
            }

            var hyphen = last.Source.IndexOf('-', last.Start, last.End - last.Start);
            return hyphen > last.Start && (Lexicon.PublicationWords.Contains(last.Source, last.Start, hyphen) || Lexicon.PublicationNameWords.Contains(last.Source, last.Start, hyphen));
        }

        /// <summary>
        /// After a publication's name that the line goes on past (<paramref name="end"/>): its newsroom's place, the author's job,
        /// or the place then the job, to the line's end, its next separator or the author's contact button (<c>… News Valleyview
        /// Videojournalist Contact</c>). Returns where that ends, or <paramref name="none"/>.
        /// </summary>
        private static int NewsroomPlaceAndJobEnd(LineTokens t, int end, int none)
        {
            var job = JobBeforeBoundaryEnd(t, end);
            if (job > end)
            {
                return job;
            }

            var place = end;
            while (place < t.Count && place - end < MaxNewsroomPlaceWords && t.Before(place) == Separators.None && t[place].IsCapitalized &&
                   char.IsLetter(t[place].First) && !IsRoleWord(t[place]) && !Lexicon.RoleModifiers.ContainsBare(t[place]))
            {
                place++;
                if (AtBoundary(t, place))
                {
                    return place;
                }

                job = JobBeforeBoundaryEnd(t, place);
                if (job > place)
                {
                    return job;
                }
            }

            return none;
        }

        /// <summary>A job title from <paramref name="i"/> to the line's end, a separator or a follow or contact button; else <paramref name="i"/>.</summary>
        private static int JobBeforeBoundaryEnd(LineTokens t, int i)
        {
            if (i >= t.Count || t.Before(i) != Separators.None)
            {
                return i;
            }

            var end = RoleWordsEnd(t, i, out var role);
            return role && (AtBoundary(t, end) || (IsFollowButton(t, end) && IsRoleWord(t[end - 1]))) ? end : i;
        }

        /// <summary>
        /// The author's follow or contact button copied after the name (<c>Jane Doe Follow</c>, <c>Jane Doe Follow | March 4,
        /// 2024</c>, <c>Jane Doe Videojournalist Contact</c>): it closes the name, at the line's end or before a separator.
        /// </summary>
        private static bool IsFollowButton(LineTokens t, int i) =>
            (t[i].LowerIs("follow") || t[i].LowerIs("contact")) && (i + 1 >= t.Count || t.Before(i + 1) != Separators.None);

        /// <summary>
        /// A blog's link to its comments from <paramref name="i"/> to the line's end (<c>October 19, 2019 by Jane Doe Leave a
        /// Comment</c>): no part of a name.
        /// </summary>
        private static bool ClosesWithCommentPrompt(LineTokens t, int i) =>
            t.Count - i <= Lexicon.CommentPrompts.MaxWords && Lexicon.CommentPrompts.Contains(t.Source, t[i].Start, t[t.Count - 1].End);

        /// <summary>A word a name can hold: capitalised (or a particle inside), letters only, no mark of an address.</summary>
        private static bool IsNameToken(Word w, bool first)
        {
            if (!char.IsLetter(w.First))
            {
                return false;
            }

            for (var k = w.Start; k < w.End; k++)
            {
                var c = w.Source[k];
                if (!char.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019')
                {
                    return false;
                }
            }

            return char.IsUpper(w.First) || (!first && Lexicon.NameParticles.ContainsBare(w));
        }

        /// <summary>
        /// Where a job title closing the run [p, run) starts (<c>Jane Doe Political Correspondent</c> → at <c>Political</c>, and
        /// <c>Jane Doe Health correspondent</c> → at <c>Health</c>), leaving at least two words of name; <paramref name="p"/>
        /// when the run does not end with one.
        /// </summary>
        private static int RoleStart(LineTokens t, int p, int run)
        {
            // "Jane Doe Health correspondent": a desk's capitalised word closing the run before a title in lower case.
            if (run - p >= 3 && run < t.Count && t.Before(run) == Separators.None && !t[run].IsCapitalized && IsRoleWord(t[run]))
            {
                var desk = run;
                while (desk - 1 >= p + 2 && Lexicon.RoleModifiers.ContainsBare(t[desk - 1]))
                {
                    desk--;
                }

                return desk < run ? desk : run == p + 3 && IsBeatAfterName(t, p) ? p + 2 : p;
            }

            if (run - p < 3 || !IsRoleWord(t[run - 1]))
            {
                return p;
            }

            var k = run - 1;
            while (k - 1 >= p + 2 && (IsRoleWord(t[k - 1]) || Lexicon.RoleModifiers.ContainsBare(t[k - 1])))
            {
                k--;
            }

            return k == run - 1 && k == p + 3 && IsBeatAfterName(t, p) ? k - 1 : k;
        }

        /// <summary>
        /// Whether the third word from <paramref name="p"/> is a region's or a beat's before a job title (<c>Jade Roe Queensland
        /// Reporter</c>, <c>Jo Roe Cricket writer</c>): after a known given name and a surname, neither of them or it a given name
        /// (<c>Mary Ann Roe Reporter</c> keeps three words of name).
        /// </summary>
        private static bool IsBeatAfterName(LineTokens t, int p) =>
            Lexicon.IsGivenNameBare(t[p]) && !Lexicon.IsGivenNameBare(t[p + 1]) && !Lexicon.IsGivenNameBare(t[p + 2]) && !Lexicon.NameParticles.ContainsBare(t[p + 1]);

        /// <summary>A call's verb with an s (<c>Downloads</c>): the name of a page's section of downloads, never a person's.</summary>
        private static bool IsPluralOfCallVerb(Word w) =>
            w.BareEnd - w.Start > 3 && (w.Source[w.BareEnd - 1] == 's' || w.Source[w.BareEnd - 1] == 'S') &&
            Lexicon.CallToActionVerbs.Contains(w.Source, w.Start, w.BareEnd - 1);

        private static bool IsRoleWord(Word w) => Lexicon.Roles.ContainsBare(w) || Lexicon.StaffWords.ContainsBare(w) || IsPluralRole(w);

        /// <summary>A job title's word in the plural, as two authors share one (<c>Jane Doe and John Roe, Staff Engineers</c>).</summary>
        private static bool IsPluralRole(Word w) =>
            w.BareEnd - w.Start > 3 && w.Source[w.BareEnd - 1] == 's' && w.Source[w.BareEnd - 2] != 's' && Lexicon.Roles.Contains(w.Source, w.Start, w.BareEnd - 1);

        /// <summary>A credit's source, a share button's word or a publication's word, which no author's name holds: one look-up for the three lists.</summary>
        private static readonly WordSet NoNameWords = new WordSet(Lexicon.CreditSources.Words.Concat(Lexicon.ShareActionWords.Words).Concat(Lexicon.PublicationWords.Words));

        /// <summary>A date's label or a call's verb, which make an unlabelled line furniture: one look-up for the two lists.</summary>
        private static readonly WordSet DateLabelsAndCallVerbs = new WordSet(Lexicon.DateLabels.Words.Concat(Lexicon.CallToActionVerbs.Words));

        private static bool IsPerson(LineTokens t, int p, int end, bool unlabelled)
        {
            var count = end - p;
            if (count < 2 || count > 5 || RepeatedTagRow.Is(t.Source, t[p].Start, t[end - 1].End))
            {
                return false;
            }

            var allCaps = true;
            for (var k = p; k < end; k++)
            {
                var w = t[k];
                if (NoNameWords.ContainsBare(w) || (k == p && StartsDate(t, k)))
                {
                    return false;
                }

                // Without a label, a date's label or a call's verb makes the line furniture ("Date Range", "Download Brochure").
                if (unlabelled && (DateLabelsAndCallVerbs.ContainsBare(w) || IsPluralOfCallVerb(w)))
                {
                    return false;
                }

                allCaps &= w.IsAllCaps || Lexicon.NameParticles.ContainsBare(w);
            }

            // Without a label, a title word opening or closing the "name" makes it a job title, a heading or a tag
            // ("Chief Football Writer", "Local Democracy Reporter", "Juvenile Justice"); a credit's label opening it, a credit
            // ("Words Jane Doe", "Photography John Roe").
            if (unlabelled && (IsRoleWord(t[end - 1]) || IsRoleWord(t[p]) || Lexicon.RoleModifiers.ContainsBare(t[p]) || Lexicon.CreditLabelWords.ContainsBare(t[p])))
            {
                return false;
            }

            // "By Staff Writer", "By Senior Correspondent": a job title names no one.
            var words = t.Words;
            if (IsOnlyJobOrDesk(t, p, end) || !Names.IsPersonName(words, p, end, allowAllCaps: allCaps))
            {
                return false;
            }

            // The name's words where they stand (t.Span(p, end) without the copy).
            var (from, to) = (t[p].Start, t[end - 1].End);
            return !Lexicon.FurnitureLines.Contains(t.Source, from, to) && !Lexicon.LinkListLabels.Contains(t.Source, from, to);
        }

        /// <summary>Whether a name (not a description) starts at <paramref name="i"/>: the next entry of a list.</summary>
        private static bool StartsName(LineTokens t, int i, bool afterPerson, ref NameMemo memo)
        {
            var kind = memo.Read(t, i, allowOrganisation: false, unlabelled: true, out var nameEnd, out var roleEnd);
            if (kind == NameKind.None)
            {
                return false;
            }

            // "Jane Doe, New Delhi | Updated …": capitalised words closing the list after a person, opening with no given name
            // the lexicon knows, are where she files from; a second author is joined by "and" or opens with a given name.
            if (kind == NameKind.Person && afterPerson && IsPlaceAfterName(t, i, nameEnd))
            {
                return false;
            }

            // "Jane Doe, Westhaven Online Editor", "Jane Doe, Kestrel Museum", "Jane Doe, Research Communications": capitalised words
            // after a person and a comma that open with no given name the lexicon knows and close on a job title, or hold an
            // organisation's or a unit's word, are her title and employer; a second author is joined by "and" or opens with a given name.
            if (kind == NameKind.Person && afterPerson && t.Before(i) == Separators.Comma && !Lexicon.IsGivenNameBare(t[i]) &&
                (roleEnd > nameEnd || HasOrganisationWord(t, i, nameEnd) || HasWordOf(t, i, nameEnd, Lexicon.OrganisationUnitWords)))
            {
                return false;
            }

            // "Jane Doe, Reuters, Washington", "Jane Doe, Associated Press": an agency after a person and a comma describes her
            // employer, the wire the story came through; "Jane Doe and AP", "Jane Doe & AP" sign it together.
            if (kind == NameKind.Agency && afterPerson && t.Before(i) == Separators.Comma)
            {
                return nameEnd < t.Count && (t[nameEnd].Is("and") || (t.Before(nameEnd) & (Separators.Ampersand | Separators.Slash)) != 0);
            }

            return kind == NameKind.Person || nameEnd >= t.Count || t[nameEnd].Is("and") || (t.Before(nameEnd) & (Separators.Ampersand | Separators.Slash)) != 0;
        }
    }
}
