using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which line names the authors, and reads it: <c>By Jane Doe</c>, <c>By A, B and C</c>, <c>Jane Doe/John Roe</c>,
    /// <c>By Jane Doe | Reuters</c>, <c>Jane Doe, Political Reporter</c>, <c>Jane Doe Political Correspondent</c>,
    /// <c>By Jane Doe 30 August 2023 • 4:45pm</c>, <c>Jane Doe 2 hours ago</c>, <c>Written by Jane Doe on July 27, 2017</c>,
    /// <c>By Jane Doe, CNN</c>, an agency (<c>By Associated Press</c>, <c>AFP, PARIS</c>, <c>Jane Doe and AP</c>), an
    /// organisation after a label (<c>By Metro Staff</c>), and a line near the top that is only a name.
    /// A byline holds people or an agency: a date, a job title, a place, an e-mail address or a count on the line is read
    /// as what it is, and a line with anything else on it is no byline.
    /// </summary>
    internal static class BylineDetector
    {
        /// <summary>A byline is a short line; longer ones are not read at all.</summary>
        private const int MaxLength = 300;

        private const int MaxTokens = 48;

        /// <summary>A name line without a label is shorter still.</summary>
        private const int MaxNameLineTokens = 24;

        private static readonly string[] Connectors = { "of", "for", "and", "at", "the", "on", "in", "de", "&" };

        private enum NameKind
        {
            None,
            Person,
            Agency,
            Organisation,
        }

        /// <summary>
        /// A labelled byline, wherever it stands: <c>By …</c>, <c>Written by …</c>, <c>Posted by …</c>, <c>Author: …</c>,
        /// or a date then <c>by …</c> (<c>October 19, 2019 by Jane Doe</c>). A label alone is read as such.
        /// </summary>
        public static bool TryReadByLine(string line, out BylineReading? byline) =>
            TryReadByLineAsPrinted(line, out byline) || TryReadLowerCaseByLine(line, out byline);

        /// <summary>
        /// A byline printed all in lower case (<c>by jane roe</c>, <c>by jane roe and john doe</c>), as some pages style it: read
        /// with its names capitalised, but only when every name opens with a given name the lexicon knows, so that no lower-case
        /// sentence (<c>by the time the council met</c>) becomes an author.
        /// </summary>
        private static bool TryReadLowerCaseByLine(string line, out BylineReading? byline)
        {
            byline = null;
            var text = line.Trim();
            if (text.Length < 5 || text.Length > MaxLength || HasUpper(text) || LabelEnd(text, out _) == 0)
            {
                return false;
            }

            if (!TryReadByLineAsPrinted(CapitaliseNames(text), out var reading) || reading!.IsLabelOnly || !reading.NamesPerson)
            {
                return false;
            }

            foreach (var author in reading.Authors)
            {
                if (!Words.TryFirst(author, 0, author.Length, out var given) || !Lexicon.IsGivenNameBare(given) || Chars.CountWords(author) < 2)
                {
                    return false;
                }
            }

            byline = reading;
            return true;
        }

        private static bool HasUpper(string text)
        {
            foreach (var c in text)
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every word capitalised but the label's <c>by</c>, the joiner <c>and</c> and a name's particles.</summary>
        private static string CapitaliseNames(string text)
        {
            var chars = text.ToCharArray();
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (char.IsLetter(w.First) && !w.LowerIs("by") && !w.LowerIs("and") && !Lexicon.NameParticles.ContainsBare(w))
                {
                    chars[w.Start] = char.ToUpperInvariant(chars[w.Start]);
                }
            }

            return new string(chars);
        }

        private static bool TryReadByLineAsPrinted(string line, out BylineReading? byline)
        {
            byline = null;
            var text = line.Trim();
            if (text.Length < 2 || text.Length > MaxLength)
            {
                return false;
            }

            var labelEnd = LabelEnd(text, out var labelNeedsPerson);
            DateTime? leadingDate = null;
            LineTokens t;
            int start;
            if (labelEnd > 0)
            {
                t = LineTokens.Split(text, splitSlashes: true);
                start = FirstTokenFrom(t, labelEnd);
            }
            else
            {
                // "October 19, 2019 by Jane Doe", "Posted on October 19, 2019 by Jane Doe": only a line that opens with a date
                // or a date's label is worth splitting.
                if (!Words.TryFirst(text, 0, text.Length, out var first) || !(Dates.CanStartDate(first) || Lexicon.DateLabels.ContainsBare(first)) ||
                    text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    return false;
                }

                t = LineTokens.Split(text, splitSlashes: true);
                var r = default(DateRunResult);
                var stop = DateRun.Read(t, 0, t.Count, ref r);
                if (stop == 0 || stop >= t.Count || !r.HasDayAndMonth || !t[stop].LowerIs("by"))
                {
                    return false;
                }

                leadingDate = r.Date;
                start = stop + 1;
            }

            if (t.Count > MaxTokens)
            {
                return false;
            }

            if (start >= t.Count)
            {
                byline = labelEnd > 0 ? new BylineReading { IsLabelOnly = true } : null;
                return byline != null;
            }

            var pastStaff = PastStaffBeforePublication(t, start);
            var staffOfWire = pastStaff > start;
            start = pastStaff;
            var reading = new BylineReading { Date = leadingDate };
            if (!Read(t, start, labelled: true, reading) || (labelNeedsPerson && !reading.NamesPerson))
            {
                return false;
            }

            // The wire's staff: the wire is also the dateline's agency.
            if (staffOfWire && !reading.NamesPerson && reading.Authors.Count == 1)
            {
                reading.Agency ??= reading.Authors[0];
            }

            byline = reading;
            return true;
        }

        /// <summary>
        /// <c>By Staff The Canadian Press</c>, <c>By Staff, Associated Press</c>: the paper's staff, then whose copy it is. The
        /// staff's words name nobody, so the names are read from the publication or wire after them; otherwise
        /// <paramref name="start"/>.
        /// </summary>
        private static int PastStaffBeforePublication(LineTokens t, int start)
        {
            var i = start;
            while (i < t.Count && i - start < 2 && (i == start || t.Before(i) == Separators.None) && Lexicon.StaffWords.ContainsBare(t[i]))
            {
                i++;
            }

            if (i == start || i >= t.Count || (t.Before(i) != Separators.None && t.Before(i) != Separators.Comma))
            {
                return start;
            }

            // Only a publication's name, which opens with "The" or is a wire: "By Staff Reporter" keeps its reading.
            return t[i].Is("The") || AgencyEnd(t, i) > i ? i : start;
        }

        /// <summary>
        /// A line with no label that is only a name or names, perhaps with a job title, an agency, a place, a date or a
        /// relative time: a byline when it stands near the top of the article.
        /// </summary>
        public static bool TryReadNameLine(string line, out BylineReading? byline)
        {
            byline = null;
            var text = line.Trim();
            if (text.Length < 2 || text.Length > MaxLength || !char.IsLetterOrDigit(text[0]) || EndsWithSentence(text))
            {
                return false;
            }

            var t = LineTokens.Split(text, splitSlashes: true);
            if (t.Count == 0 || t.Count > MaxNameLineTokens)
            {
                return false;
            }

            var reading = new BylineReading();
            if (!(char.IsLetter(text[0]) && Read(t, 0, labelled: false, reading)) && !ReadSyndicated(t, reading = new BylineReading()) &&
                !ReadDateFirst(t, reading = new BylineReading()))
            {
                return false;
            }

            byline = reading;
            return true;
        }

        /// <summary>
        /// The date, a bar, then the author (<c>March 4, 2024 | Jane Doe</c>, <c>4 March 2024 · Jane Doe</c>): a header that
        /// prints its date first. Only a person whose given name the lexicon knows: a date before a bar and capitalised words
        /// is also a section line (<c>March 4, 2024 | Harbour Life</c>).
        /// </summary>
        private static bool ReadDateFirst(LineTokens t, BylineReading reading)
        {
            var r = default(DateRunResult);
            var dateEnd = DateRun.Read(t, 0, t.Count, ref r);
            if (dateEnd == 0 || dateEnd >= t.Count || !r.HasDayAndMonth || (t.Before(dateEnd) & Separators.Bar) == 0 ||
                !Lexicon.IsGivenNameBare(t[dateEnd]) ||
                !Read(t, dateEnd, labelled: false, reading) || !reading.NamesPerson)
            {
                return false;
            }

            reading.Date ??= r.Date;
            return true;
        }

        /// <summary>
        /// A syndicated story's source line: the publication it came from, the date, then the author (<c>The Kettering
        /// Herald 02/10/2020 Jane Doe</c>). The publication is neither author nor agency.
        /// </summary>
        private static bool ReadSyndicated(LineTokens t, BylineReading reading)
        {
            for (var k = 1; k < t.Count && k <= 4; k++)
            {
                if (t.Before(k) != Separators.None || !t[k - 1].IsCapitalized || !char.IsLetter(t[k - 1].First))
                {
                    return false;
                }

                var r = default(DateRunResult);
                var dateEnd = DateRun.Read(t, k, t.Count, ref r);
                if (dateEnd > k && r.HasDayAndMonth && dateEnd < t.Count)
                {
                    if (!Read(t, dateEnd, labelled: false, reading) || !reading.NamesPerson)
                    {
                        return false;
                    }

                    reading.Date ??= r.Date;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A line that is only the author's job title, set under the byline: <c>Freelance sports writer</c>, <c>Assistant Sports
        /// Editor Follow</c>.
        /// </summary>
        public static bool IsRoleLine(string line)
        {
            // Up to seven words, read in place.
            var role = false;
            var count = 0;
            var at = 0;
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (++count > 7)
                {
                    return false;
                }

                var roleWord = IsRoleWord(w) || Lexicon.IsOccupationBare(w);
                if (!roleWord && !Lexicon.RoleModifiers.ContainsBare(w) && !w.IsOneOfLower(Connectors) && !w.LowerIs("follow"))
                {
                    return false;
                }

                role |= roleWord;
            }

            return role;
        }

        /// <summary>
        /// A line that is only a publication's name, set under the author's (<c>The Westhaven Courier</c>, <c>Harbour Daily
        /// News</c>): capitalised words, the last a newspaper's word.
        /// </summary>
        public static bool IsPublicationLine(string line)
        {
            var count = 0;
            var at = 0;
            var last = default(Word);
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (++count > 6 || !(w.IsCapitalized || w.IsOneOfLower(Connectors)) || !char.IsLetter(w.First))
                {
                    return false;
                }

                last = w;
            }

            return count > 0 && Lexicon.PublicationWords.ContainsBare(last);
        }

        /// <summary>Reads names from <paramref name="start"/>, then what may follow them; false unless every token was read.</summary>
        private static bool Read(LineTokens t, int start, bool labelled, BylineReading reading)
        {
            var end = ReadNames(t, start, labelled, reading);
            if (end == start || reading.Authors.Count == 0)
            {
                return false;
            }

            var r = default(DateRunResult);
            if (!ReadExtras(t, end, reading, ref r))
            {
                return false;
            }

            reading.Date ??= r.Date;
            return true;
        }

        /// <summary>The names and what describes each (<c>, Staff Attorney, Civil Liberties Union</c>); returns where they end.</summary>
        private static int ReadNames(LineTokens t, int p, bool labelled, BylineReading reading)
        {
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
                first = false;
                var next = roleEnd;

                // A job title after the name in lower case ("Jane Doe political correspondent"), then whom she writes for.
                next = SkipRole(t, next, requireSeparatorBefore: false);
                next = SkipWritesFor(t, next);
                next = SkipPlaceBeforeNextName(t, next);
                if (kind == NameKind.Agency)
                {
                    next = ReadPlaceAfterWire(t, next, reading);
                }

                // Descriptions after commas: a job title, an employer, a place ("AFP, PARIS").
                var described = roleEnd > nameEnd;
                while (next < t.Count && (t.Before(next) & Separators.Comma) != 0 && !StartsName(t, next, kind == NameKind.Person, ref memo))
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
        private static bool HasOrganisationWord(LineTokens t, int p, int end)
        {
            for (var k = p; k < end; k++)
            {
                if (Lexicon.OrganisationWords.ContainsBare(t[k]))
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
                if (!IsNameToken(w, end == p) || (end > p && (StartsDate(t, end) || StartsLabelledDate(t, end) || IsFollowButton(t, end) || ClosesWithCommentPrompt(t, end))))
                {
                    break;
                }

                end++;
            }

            return end;
        }

        /// <summary>
        /// The author's follow button copied after the name (<c>Jane Doe Follow</c>, <c>Jane Doe Follow | March 4, 2024</c>):
        /// it closes the name, at the line's end or before a separator.
        /// </summary>
        private static bool IsFollowButton(LineTokens t, int i) =>
            t[i].LowerIs("follow") && (i + 1 >= t.Count || t.Before(i + 1) != Separators.None);

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
        /// Where a job title closing the run [p, run) starts (<c>Jane Doe Political Correspondent</c> → at <c>Political</c>),
        /// leaving at least two words of name; <paramref name="p"/> when the run does not end with one.
        /// </summary>
        private static int RoleStart(LineTokens t, int p, int run)
        {
            if (run - p < 3 || !IsRoleWord(t[run - 1]))
            {
                return p;
            }

            var k = run - 1;
            while (k - 1 >= p + 2 && (IsRoleWord(t[k - 1]) || Lexicon.RoleModifiers.ContainsBare(t[k - 1])))
            {
                k--;
            }

            return k;
        }

        /// <summary>A call's verb with an s (<c>Downloads</c>): the name of a page's section of downloads, never a person's.</summary>
        private static bool IsPluralOfCallVerb(Word w) =>
            w.BareEnd - w.Start > 3 && (w.Source[w.BareEnd - 1] == 's' || w.Source[w.BareEnd - 1] == 'S') &&
            Lexicon.CallToActionVerbs.Contains(w.Source, w.Start, w.BareEnd - 1);

        private static bool IsRoleWord(Word w) => Lexicon.Roles.ContainsBare(w) || Lexicon.StaffWords.ContainsBare(w);

        private static bool IsPerson(LineTokens t, int p, int end, bool unlabelled)
        {
            var count = end - p;
            if (count < 2 || count > 5)
            {
                return false;
            }

            var allCaps = true;
            for (var k = p; k < end; k++)
            {
                var w = t[k];
                if (Lexicon.CreditSources.ContainsBare(w) || Lexicon.ShareActionWords.ContainsBare(w) || Lexicon.PublicationWords.ContainsBare(w) || (k == p && StartsDate(t, k)))
                {
                    return false;
                }

                // Without a label, a date's label or a call's verb makes the line furniture ("Date Range", "Download Brochure").
                if (unlabelled && (Lexicon.DateLabels.ContainsBare(w) || Lexicon.CallToActionVerbs.ContainsBare(w) || IsPluralOfCallVerb(w)))
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

            var words = t.Words;
            if (!Names.IsPersonName(words, p, end, allowAllCaps: allCaps))
            {
                return false;
            }

            // The name's words where they stand (t.Span(p, end) without the copy).
            var (from, to) = (t[p].Start, t[end - 1].End);
            return !Lexicon.FurnitureLines.Contains(t.Source, from, to) && !Lexicon.LinkListLabels.Contains(t.Source, from, to);
        }

        /// <summary>The end of an agency's name at <paramref name="p"/> (<c>Associated Press</c>, <c>AFP</c>), else <paramref name="p"/>.</summary>
        private static int AgencyEnd(LineTokens t, int p)
        {
            if (!char.IsUpper(t[p].First) && !t[p].LowerIs("the"))
            {
                return p;
            }

            // The agency's words stand together: no separator inside.
            var limit = p + 1;
            while (limit < t.Count && limit - p < Lexicon.Agencies.MaxWords && t.Before(limit) == Separators.None)
            {
                limit++;
            }

            for (var end = limit; end > p; end--)
            {
                if (Lexicon.Agencies.Contains(t.Source, t[p].Start, t[end - 1].End))
                {
                    // "AP Photo" is a credit, not the agency signing the story.
                    return end < t.Count && t.Before(end) == Separators.None && Lexicon.CreditSources.ContainsBare(t[end]) ? p : end;
                }
            }

            return p;
        }

        /// <summary>
        /// Whether an agency's name of two words or more (<c>Associated Press</c>) starts at <paramref name="i"/>, after at
        /// least two words of a name: <c>By JANE DOE Associated Press</c> names her and the wire. One-word agencies are
        /// also given names and surnames, so they need a separator.
        /// </summary>
        private static bool StartsSignedAgency(LineTokens t, int p, int i)
        {
            if (i - p < 2 || i + 1 >= t.Count || !t[i].IsCapitalized || t.Before(i + 1) != Separators.None)
            {
                return false;
            }

            return AgencyEnd(t, i) >= i + 2;
        }

        /// <summary>An organisation signing the story after a label: capitalised words, no date, no heading words.</summary>
        private static bool IsOrganisation(LineTokens t, int p, int run)
        {
            if (run - p < 1 || run - p > 5)
            {
                return false;
            }

            for (var k = p; k < run; k++)
            {
                var w = t[k];
                if (!char.IsUpper(w.First) || Lexicon.CalendarWords.ContainsBare(w) || (k == p && Lexicon.FunctionWords.ContainsBare(w)))
                {
                    return false;
                }
            }

            var (from, to) = (t[p].Start, t[run - 1].End);
            return !Lexicon.FurnitureLines.Contains(t.Source, from, to) && !Lexicon.LinkListLabels.Contains(t.Source, from, to);
        }

        /// <summary>Whether a name (not a description) starts at <paramref name="i"/>: the next entry of a list.</summary>
        private static bool StartsName(LineTokens t, int i, bool afterPerson, ref NameMemo memo)
        {
            var kind = memo.Read(t, i, allowOrganisation: false, unlabelled: true, out var nameEnd, out _);
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

            // "Jane Doe, Reuters, Washington", "Jane Doe, Associated Press": an agency after a person and a comma describes her
            // employer, the wire the story came through; "Jane Doe and AP", "Jane Doe & AP" sign it together.
            if (kind == NameKind.Agency && afterPerson && t.Before(i) == Separators.Comma)
            {
                return nameEnd < t.Count && (t[nameEnd].Is("and") || (t.Before(nameEnd) & (Separators.Ampersand | Separators.Slash)) != 0);
            }

            return kind == NameKind.Person || nameEnd >= t.Count || t[nameEnd].Is("and") || (t.Before(nameEnd) & (Separators.Ampersand | Separators.Slash)) != 0;
        }

        /// <summary>
        /// Whether tokens [<paramref name="i"/>, <paramref name="end"/>) after a person's name and a comma are a place: at most
        /// three words, no known given name first, before a bar (<c>Jane Doe, Westhaven | Updated …</c>), or closing the line
        /// with a place's word (<c>Jane Doe, New Delhi</c>, <c>Jane Doe, Harbour City</c>); else a second author.
        /// </summary>
        private static bool IsPlaceAfterName(LineTokens t, int i, int end) =>
            end - i <= 3 && !Lexicon.IsGivenNameBare(t[i]) &&
            ((end < t.Count && (t.Before(end) & Separators.Bar) != 0) ||
             (end >= t.Count && (end - i == 1 || Lexicon.PlaceOpeners.ContainsBare(t[i]) || Lexicon.PlaceClosers.ContainsBare(t[end - 1]))));

        /// <summary>
        /// A description after a comma: a job title (<c>Staff Attorney</c>, <c>Director of Education</c>), an employer
        /// (<c>CNN</c>, <c>Civil Liberties Union</c>), or a place after an agency (<c>AFP, PARIS</c>). Returns where it ends.
        /// </summary>
        private static int ReadDescriptor(LineTokens t, int i, NameKind kind, bool described)
        {
            var end = i;
            var capitalised = true;
            var role = false;
            var organisation = false;
            var allCaps = true;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && end - i < 9)
            {
                var w = t[end];
                var connector = end > i && w.IsOneOfLower(Connectors);
                var roleWord = IsRoleWord(w) || Lexicon.IsOccupationBare(w);

                // Titles are often written in lower case ("Transport correspondent"); other words of a description are capitalised.
                if (!connector && (!char.IsLetter(w.First) || (!char.IsUpper(w.First) && !roleWord && !Lexicon.RoleModifiers.ContainsBare(w))))
                {
                    capitalised = false;
                    break;
                }

                role |= roleWord;
                organisation |= Lexicon.OrganisationWords.ContainsBare(w) || Lexicon.PublicationWords.ContainsBare(w) || (w.IsAllCaps && w.End - w.Start >= 2);
                allCaps &= connector || w.IsAllCaps;
                end++;
            }

            if (!capitalised || end == i || (end < t.Count && t.Before(end) == Separators.None))
            {
                return i;
            }

            if (role || organisation || AgencyEnd(t, i) == end)
            {
                return end;
            }

            // A place after an agency ("AFP, MANILA") or after a person's name ("Jane Doe, New Delhi |"); anything capitalised
            // once the entry is already described.
            if ((kind == NameKind.Agency && end - i <= 3) || (allCaps && end - i <= 3) || (described && end - i <= 4) ||
                (kind == NameKind.Person && IsPlaceAfterName(t, i, end)))
            {
                return end;
            }

            return i;
        }

        /// <summary>
        /// Whom the author writes for, after the name (<c>Jane Doe for The Kettering Herald</c>, <c>Jane Doe, for the
        /// Herald</c>, <c>Jane Doe Special to The Kettering Herald</c>): an employer, not an author. Returns where it ends, or
        /// <paramref name="i"/>.
        /// </summary>
        private static int SkipWritesFor(LineTokens t, int i)
        {
            var opening = WritesForLength(t, i);
            if (opening == 0 || i + opening >= t.Count || (t.Before(i) & ~Separators.Comma) != 0)
            {
                return i;
            }

            var end = i + opening;
            var capitalised = 0;
            while (end < t.Count && t.Before(end) == Separators.None && end - i <= 6)
            {
                var w = t[end];
                if (w.IsCapitalized && char.IsLetter(w.First) && !w.Is("And"))
                {
                    capitalised++;
                }
                else if (!w.LowerIs("the") && !w.LowerIs("of"))
                {
                    break;
                }

                end++;
            }

            return capitalised > 0 && (end >= t.Count || t.Before(end) != Separators.None || t[end].LowerIs("and")) ? end : i;
        }

        /// <summary>The words that say whom an author writes for at <paramref name="i"/>: <c>for</c>, <c>special to</c>; 0 when none.</summary>
        private static int WritesForLength(LineTokens t, int i)
        {
            if (i >= t.Count)
            {
                return 0;
            }

            if (t[i].LowerIs("for") || (t[i].Is("at") && NamesPublication(t, i + 1)))
            {
                return 1;
            }

            return t[i].LowerIs("special") && i + 1 < t.Count && t[i + 1].LowerIs("to") && t.Before(i + 1) == Separators.None ? 2 : 0;
        }

        /// <summary>
        /// Whether capitalised words from <paramref name="i"/> to a separator or the line's end name a newspaper, the last a
        /// newspaper's word (<c>The Westhaven Courier</c>): <c>Jane Doe at The Westhaven Courier</c> says whom she writes for;
        /// <c>at</c> before any other place is where she is.
        /// </summary>
        private static bool NamesPublication(LineTokens t, int i)
        {
            var end = i;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && end - i < 6 &&
                   ((t[end].IsCapitalized && char.IsLetter(t[end].First)) || t[end].LowerIs("the") || t[end].LowerIs("of")))
            {
                end++;
            }

            return end > i && (end >= t.Count || t.Before(end) != Separators.None) && Lexicon.PublicationWords.ContainsBare(t[end - 1]);
        }

        /// <summary>
        /// Where the author files from, before the next author (<c>By Jane Doe in Kettering and John Roe in London</c>).
        /// Returns where the place ends, or <paramref name="i"/> when no name follows it (a place closing the line is read
        /// with the extras).
        /// </summary>
        private static int SkipPlaceBeforeNextName(LineTokens t, int i)
        {
            if (i + 2 >= t.Count || !t[i].Is("in") || t.Before(i) != Separators.None)
            {
                return i;
            }

            var end = i + 1;
            while (end < t.Count && end - i <= 3 && t.Before(end) == Separators.None && t[end].IsCapitalized && char.IsLetter(t[end].First))
            {
                end++;
            }

            var joiner = end < t.Count && (t[end].Is("and") || (t.Before(end) & (Separators.Comma | Separators.Ampersand)) != 0);
            return end > i + 1 && joiner ? end : i;
        }

        /// <summary>Most words the place after a wire's name runs to (<c>Port Elmsworth</c>).</summary>
        private const int MaxPlaceWordsAfterWire = 3;

        /// <summary>
        /// The place a wire files from, printed after its name with no mark between (<c>Reuters Westhaven</c>, <c>Press Trust
        /// of India Port Elmsworth</c>): capitalised words that close the line or stand before a bar, no date, month, job or
        /// known given name among them. Returns where the place ends, or <paramref name="i"/>.
        /// </summary>
        private static int ReadPlaceAfterWire(LineTokens t, int i, BylineReading reading)
        {
            if (i >= t.Count || t.Before(i) != Separators.None || Lexicon.IsGivenNameBare(t[i]))
            {
                return i;
            }

            var end = i;
            while (end < t.Count && end - i < MaxPlaceWordsAfterWire && (end == i || t.Before(end) == Separators.None))
            {
                var w = t[end];
                if (!char.IsLetter(w.First) || !char.IsUpper(w.First) || Lexicon.CalendarWords.ContainsBare(w) || IsRoleWord(w) || StartsDate(t, end) ||
                    Lexicon.CreditSources.ContainsBare(w) || Lexicon.CreditLabelWords.ContainsBare(w) || Lexicon.PublicationWords.ContainsBare(w) ||
                    Lexicon.ShareActionWords.ContainsBare(w))
                {
                    return i;
                }

                end++;
            }

            if (end == i || (end < t.Count && (t.Before(end) & Separators.Bar) == 0))
            {
                return i;
            }

            reading.Place ??= t.Span(i, end);
            return end;
        }

        /// <summary>A job title in lower case right after a name; returns where it ends, or <paramref name="i"/>.</summary>
        private static int SkipRole(LineTokens t, int i, bool requireSeparatorBefore)
        {
            if (i >= t.Count || (t.Before(i) != Separators.None) != requireSeparatorBefore)
            {
                return i;
            }

            var end = i;
            var role = false;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && (IsRoleWord(t[end]) || Lexicon.RoleModifiers.ContainsBare(t[end])))
            {
                role |= IsRoleWord(t[end]);
                end++;
            }

            return role && (end >= t.Count || t.Before(end) != Separators.None) ? end : i;
        }

        /// <summary>
        /// What may follow the names: dates and times, relative and reading times, <c>in Place</c>, <c>with agencies</c>,
        /// an agency after a bar, e-mail addresses, handles and links, <c>Follow</c>, counts. False on anything else.
        /// </summary>
        private static bool ReadExtras(LineTokens t, int i, BylineReading reading, ref DateRunResult r)
        {
            while (i < t.Count)
            {
                var w = t[i];

                // "| Edited by John Roe", "| Reviewed by …": who else worked on the story is no author; the rest of the line is
                // theirs ("Edited" also labels a date, so this is read first).
                if ((t.Before(i) & Separators.Bar) != 0 && Lexicon.EditorialVerbs.ContainsBare(w) && i + 1 < t.Count && t[i + 1].LowerIs("by"))
                {
                    return true;
                }

                // "| Photos by John Roe", "; Photography: John Roe", "with additional reporting by John Roe": the pictures' or
                // the reporting's credit, whose names are no authors.
                if (IsOthersCredit(t, i))
                {
                    return true;
                }

                // "Jane Doe / Westhaven Courier": whom she writes for, after a slash standing alone.
                if (w.Is("/") && i + 1 < t.Count && IsEmployer(t, i + 1))
                {
                    var agencyEnd = AgencyEnd(t, i + 1);
                    reading.Agency ??= agencyEnd == t.Count ? t.Span(i + 1, agencyEnd) : null;
                    return true;
                }

                var run = DateRun.Read(t, i, t.Count, ref r);
                if (run > i)
                {
                    i = run;
                    continue;
                }

                if (IsAddress(w))
                {
                    i++;
                    continue;
                }

                // "[email protected]": the page hid an address.
                if (w.LowerIs("email") && i + 1 < t.Count && t[i + 1].LowerIs("protected"))
                {
                    i += 2;
                    continue;
                }

                if (w.LowerIs("follow") || Lexicon.CountedThings.ContainsBare(w))
                {
                    i++;
                    continue;
                }

                if (ClosesWithCommentPrompt(t, i))
                {
                    return true;
                }

                // "in London", "in News, Politics": a place or the sections the story is filed in.
                if (w.LowerIs("in") && i + 1 < t.Count && char.IsUpper(t[i + 1].First))
                {
                    i++;
                    var taken = 0;
                    while (i < t.Count && char.IsUpper(t[i].First) && !StartsDate(t, i) && taken < 10)
                    {
                        i++;
                        taken++;
                    }

                    continue;
                }

                // "By JANE DOE Associated Press": the agency the story came through, with no separator before it.
                if (StartsSignedAgency(t, 0, i))
                {
                    var agencyEnd = AgencyEnd(t, i);
                    reading.Agency ??= t.Span(i, agencyEnd);
                    i = agencyEnd;
                    continue;
                }

                // "with agencies", "with AFP"
                if (w.LowerIs("with") && i + 1 < t.Count)
                {
                    var agency = AgencyEnd(t, i + 1);
                    if (agency > i + 1)
                    {
                        i = agency;
                        continue;
                    }
                }

                // "Jane Doe (Kettering Herald)": whom the author writes for, in brackets, closing the line.
                if ((t.Before(i) & Separators.Parenthesis) != 0 && (t.Trailing & Separators.Parenthesis) != 0 && IsSectionList(t, i))
                {
                    return true;
                }

                // "by Jane Doe | Mar 4, 2024 | News, Local": the sections the story is filed in, closing the line after its date.
                if (r.HasDayAndMonth && (t.Before(i) & Separators.Bar) != 0 && IsSectionList(t, i))
                {
                    return true;
                }

                // "– Courier reporter", "| Harbour Desk Senior Editor": a job title after the bar, perhaps naming the employer.
                if ((t.Before(i) & Separators.Bar) != 0)
                {
                    var roleEnd = JobTitleEnd(t, i);
                    if (roleEnd > i)
                    {
                        i = roleEnd;
                        continue;
                    }
                }

                // "By Jane Doe; Staff Writer": her job title after a semicolon.
                if (t.Before(i) == Separators.Semicolon)
                {
                    var titleEnd = SkipRole(t, i, requireSeparatorBefore: true);
                    if (titleEnd > i)
                    {
                        i = titleEnd;
                        continue;
                    }
                }

                // "Jane Doe ∙ Paid": a newsletter's access badge, no agency.
                if ((t.Before(i) & Separators.Bar) != 0 && Lexicon.PostBadges.ContainsBare(w))
                {
                    var badgeEnd = i + 1;
                    while (badgeEnd < t.Count && t.Before(badgeEnd) == Separators.None && Lexicon.PostBadges.ContainsBare(t[badgeEnd]))
                    {
                        badgeEnd++;
                    }

                    if (badgeEnd >= t.Count || t.Before(badgeEnd) != Separators.None)
                    {
                        i = badgeEnd;
                        continue;
                    }
                }

                // "| Reuters", "– Associated Press": the agency the story came through.
                if ((t.Before(i) & Separators.Bar) != 0 && char.IsUpper(w.First))
                {
                    var end = i;
                    while (end < t.Count && (end == i || t.Before(end) == Separators.None) && char.IsUpper(t[end].First) && !StartsDate(t, end) && !IsAddress(t[end]))
                    {
                        end++;
                    }

                    if (end - i <= 4 && (end >= t.Count || t.Before(end) != Separators.None))
                    {
                        // "- Staff Writer", "| Contributing Editor": a job title after the bar is the author's, no agency.
                        // Only a wire the lexicon knows is the agency: the same place holds the author's paper, desk, town or a
                        // second author ("Jane Doe | Harbour City", "Jane Doe • Local News"), none of them an agency.
                        if (AgencyEnd(t, i) >= end)
                        {
                            reading.Agency ??= t.Span(i, end);
                        }

                        i = end;
                        continue;
                    }
                }

                return false;
            }

            return true;
        }

        /// <summary>
        /// Whether a credit of others opens at <paramref name="i"/>, after a separator: <c>Photos by</c>, <c>Photography:</c>,
        /// <c>Edited by</c>, <c>with additional reporting by</c>, <c>Additional reporting by</c>.
        /// </summary>
        private static bool IsOthersCredit(LineTokens t, int i)
        {
            var w = t[i];
            if (i + 1 >= t.Count)
            {
                return false;
            }

            if (w.LowerIs("with") && t[i + 1].LowerIs("additional"))
            {
                return true;
            }

            if (t.Before(i) == Separators.None || !(Lexicon.CreditLabelWords.ContainsBare(w) || Lexicon.EditorialVerbs.ContainsBare(w) || w.LowerIs("additional")))
            {
                return false;
            }

            return t[i + 1].LowerIs("by") || t.EndsWithColon(i) || (w.LowerIs("additional") && t[i + 1].LowerIs("reporting"));
        }

        /// <summary>Tokens from <paramref name="i"/> to the line's end that name an employer: an agency or a publication.</summary>
        private static bool IsEmployer(LineTokens t, int i)
        {
            if (AgencyEnd(t, i) == t.Count)
            {
                return true;
            }

            for (var k = i; k < t.Count; k++)
            {
                if ((k > i && t.Before(k) != Separators.None) || !(t[k].IsCapitalized || t[k].IsOneOfLower(Connectors)) || !char.IsLetter(t[k].First))
                {
                    return false;
                }
            }

            return t.Count - i <= 6 && Lexicon.PublicationWords.ContainsBare(t[t.Count - 1]);
        }

        /// <summary>
        /// A job title after a bar, perhaps with its employer's name before it (<c>Courier reporter</c>, <c>Senior Editor</c>):
        /// capitalised words or a title's words, the last a title's word, closing the line's part. Returns where it ends, or
        /// <paramref name="i"/>.
        /// </summary>
        private static int JobTitleEnd(LineTokens t, int i)
        {
            var end = i;
            while (end < t.Count && end - i < 6 && (end == i || t.Before(end) == Separators.None) &&
                   (IsRoleWord(t[end]) || Lexicon.RoleModifiers.ContainsBare(t[end]) || (t[end].IsCapitalized && char.IsLetter(t[end].First))))
            {
                end++;
            }

            while (end > i && !IsRoleWord(t[end - 1]))
            {
                end--;
            }

            // A title's word ends the part, and the part is not an agency's name ("Reuters Staff" stays the agency's).
            return end > i && (end >= t.Count || t.Before(end) != Separators.None) && AgencyEnd(t, i) == i ? end : i;
        }

        /// <summary>Whether tokens from <paramref name="i"/> to the line's end are capitalised words parted by commas only.</summary>
        private static bool IsSectionList(LineTokens t, int i)
        {
            if (t.Count - i > 8)
            {
                return false;
            }

            for (var k = i; k < t.Count; k++)
            {
                if ((k > i && (t.Before(k) & ~Separators.Comma) != 0) || !t[k].IsCapitalized || !char.IsLetter(t[k].First))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An e-mail address, a handle or a web address: never a name, never an agency.</summary>
        private static bool IsAddress(Word w)
        {
            var s = w.Source;
            if (s[w.Start] == '@')
            {
                return w.End - w.Start > 1;
            }

            var dot = false;
            for (var k = w.Start; k < w.End; k++)
            {
                if (s[k] == '@')
                {
                    return true;
                }

                if (s[k] == '.' && k > w.Start && k + 1 < w.End && char.IsLetter(s[k + 1]) && char.IsLower(s[k + 1]))
                {
                    dot = true;
                }
            }

            return dot && char.IsLower(s[w.Start]) && w.End - w.Start > 4;
        }

        /// <summary>A date's label and the date after it (<c>Updated March 12, 2024</c>): the name before it has ended.</summary>
        private static bool StartsLabelledDate(LineTokens t, int i)
        {
            if (!Lexicon.DateLabels.ContainsBare(t[i]))
            {
                return false;
            }

            var r = default(DateRunResult);
            return DateRun.Read(t, i, t.Count, ref r) > i + 1 && r.HasDayAndMonth;
        }

        private static bool StartsDate(LineTokens t, int i)
        {
            var w = t[i];
            if (char.IsDigit(w.First))
            {
                return true;
            }

            if (!Dates.CanStartDate(w))
            {
                return false;
            }

            var r = default(DateRunResult);
            return DateRun.Read(t, i, t.Count, ref r) > i && r.HasDayAndMonth;
        }

        private static string AuthorText(LineTokens t, int p, int end, NameKind kind)
        {
            // "Dr. Jane Doe": the author is the name, not the honorific.
            if (kind == NameKind.Person && end - p >= 3 && Lexicon.BylineHonorifics.ContainsBare(t[p]))
            {
                p++;
            }

            var text = t.Span(p, end);

            // "Written by Jane Doe. Published …": the full stop closes the byline's sentence, not an initial ("Jane Doe Jr.").
            if (text.Length > 1 && text[text.Length - 1] == '.' && EndsWithSentence(text))
            {
                text = text.Substring(0, text.Length - 1);
            }

            return kind == NameKind.Person && Names.IsAllCaps(text) ? Names.TitleCase(text) : text;
        }

        /// <summary>The end of a byline label at the start of <paramref name="text"/> (in characters), else 0.</summary>
        private static int LabelEnd(string text, out bool needsPerson)
        {
            needsPerson = false;
            foreach (var label in Lexicon.BylineLabels.For(text))
            {
                if (!Prefixes.StartsAt(text, 0, label))
                {
                    continue;
                }

                var at = label.Length;
                var endsWithBy = label.EndsWith("by", StringComparison.OrdinalIgnoreCase);
                var k = at;
                while (k < text.Length && text[k] == ' ')
                {
                    k++;
                }

                // "Author: Jane Doe"; "Opinion: Jane Doe", "Columnist: Jane Doe": a label that also heads other lines takes only a
                // person's name.
                if (k < text.Length && text[k] == ':')
                {
                    needsPerson = Array.IndexOf(Lexicon.PersonOnlyBylineLabels, label) >= 0;
                    return k + 1;
                }

                // "By Jane", "By" alone; "Author" and the like need their colon ("Author Jane Doe said" is a sentence).
                if (endsWithBy && (at == text.Length || text[at] == ' '))
                {
                    return at;
                }

                // "Words Jane Doe": a magazine's credit with neither "by" nor a colon; only a person's name may follow.
                if (label == "Words" && k > at && k < text.Length && char.IsUpper(text[k]))
                {
                    needsPerson = true;
                    return at;
                }
            }

            return 0;
        }

        private static int FirstTokenFrom(LineTokens t, int offset)
        {
            for (var k = 0; k < t.Count; k++)
            {
                if (t[k].Start >= offset)
                {
                    return k;
                }
            }

            return t.Count;
        }

        /// <summary>A line ending in a full stop, unless the stop closes an initial (<c>Joe S.</c>).</summary>
        private static bool EndsWithSentence(string text)
        {
            var last = text[text.Length - 1];
            if (last == '?' || last == '!')
            {
                return true;
            }

            if (last != '.')
            {
                return false;
            }

            var space = text.LastIndexOf(' ');
            return text.Length - space - 1 > 3;
        }
    }
}
