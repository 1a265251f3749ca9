using System;
using System.Linq;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which line names the authors, and reads it: <c>By Jane Doe</c>, <c>By A, B and C</c>, <c>Jane Doe/John Roe</c>,
    /// <c>By Jane Doe | Reuters</c>, <c>Jane Doe, Political Reporter</c>, <c>Jane Doe Political Correspondent</c>,
    /// <c>By Jane Doe 30 August 2023 • 4:45pm</c>, <c>Jane Doe 2 hours ago</c>, <c>Written by Jane Doe on July 27, 2017</c>,
    /// <c>By Jane Doe, Westhaven TV</c>, an agency (<c>By Associated Press</c>, <c>AFP, PARIS</c>, <c>Jane Doe and AP</c>), an
    /// organisation after a label (<c>By Metro Staff</c>), and a line near the top that is only a name.
    /// A byline holds people or an agency: a date, a job title, a place, an e-mail address or a count on the line is read
    /// as what it is, and a line with anything else on it is no byline.
    /// </summary>
    internal static partial class BylineDetector
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
        public static bool TryReadByLine(string line, out BylineReading? byline) => TryReadByLine(line, LineMarks.All, out byline);

        /// <summary>
        /// The same, given the marks the line holds (<see cref="LineShape"/>): a meta row and a section's name before a byline
        /// part their pieces with a bar or a standing slash, and a line with neither is not searched for one.
        /// </summary>
        public static bool TryReadByLine(string line, LineMarks marks, out BylineReading? byline)
        {
            if (TryReadByLineAsPrinted(line, out byline) || TryReadLowerCaseByLine(line, out byline))
            {
                return true;
            }

            byline = null;
            return (marks & (LineMarks.Bar | LineMarks.Slash)) != 0 && (TryReadAuthorsMetaRow(line, out byline) || TryReadByLineAfterSection(line, out byline));
        }

        /// <summary>Most words of a section's or programme's name before a labelled byline on its line.</summary>
        private const int MaxSectionWordsBeforeLabel = 4;

        /// <summary>
        /// A section's or programme's name, a bar or standing slash, then a labelled byline (<c>Rural Report / By Jane Doe</c>,
        /// <c>Opinion | By Jane Doe</c>): the byline after the mark, which must name a person.
        /// </summary>
        private static bool TryReadByLineAfterSection(string line, out BylineReading? byline)
        {
            byline = null;
            var mark = line.IndexOf(" / ", StringComparison.Ordinal);
            if (mark < 0)
            {
                mark = line.IndexOf(" | ", StringComparison.Ordinal);
            }

            if (mark <= 0 || mark + 3 >= line.Length || !char.IsUpper(line[0]) || Chars.CountWords(line, 0, mark, MaxSectionWordsBeforeLabel + 1) > MaxSectionWordsBeforeLabel)
            {
                return false;
            }

            var rest = line.Substring(mark + 3);
            return LabelEnd(rest, out _) > 0 && TryReadByLineAsPrinted(rest, out byline) && byline!.NamesPerson;
        }

        /// <summary>A meta row naming the author (<c>by Jane Doe | March 11, 2026 | Opinion | 1 comment</c>): a byline with its date.</summary>
        private static bool TryReadAuthorsMetaRow(string line, out BylineReading? byline)
        {
            byline = null;
            if (!TryReadMetaRow(line, out var author, out var date) || author == null)
            {
                return false;
            }

            author.Date = date.Date;
            byline = author;
            return true;
        }

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
                if (stop == 0 || stop >= t.Count || !r.HasDayAndMonth)
                {
                    return false;
                }

                // "6 March 2024 / Guest post by Jane Doe": a label closing on "by" after the date, as after none.
                var after = t[stop].LowerIs("by") ? t[stop].End : LabelClosingOnBy(text, t[stop].Start);
                if (after < 0)
                {
                    return false;
                }

                leadingDate = r.Date;
                start = FirstTokenFrom(t, after);
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

            // "By Staff Writer", "By Our Correspondent", "By News Desk": the byline's place, naming no one.
            if (labelEnd > 0 && IsOnlyJobOrDesk(t, t[start].Is("Our") && start + 1 < t.Count ? start + 1 : start, t.Count))
            {
                byline = new BylineReading();
                return true;
            }

            var pastStaff = PastStaffBeforePublication(t, start);
            var staffOfWire = pastStaff > start;
            start = pastStaff;
            var reading = new BylineReading { Date = leadingDate };
            if ((!Read(t, start, labelled: true, reading) && !(labelEnd > 0 && ReadPersonAfterOrganisation(t, start, reading = new BylineReading { Date = leadingDate }))) ||
                (labelNeedsPerson && !reading.NamesPerson))
            {
                return false;
            }

            // The wire's staff: the wire is also the dateline's agency.
            if (staffOfWire && !reading.NamesPerson && reading.Authors.Count == 1)
            {
                reading.Agency ??= reading.Authors[0];
            }

            reading.Labelled = true;
            byline = reading;
            return true;
        }

        /// <summary>
        /// A line with no label that is only a name or names, perhaps with a job title, an agency, a place, a date or a
        /// relative time: a byline when it stands near the top of the article.
        /// </summary>
        public static bool TryReadNameLine(string line, out BylineReading? byline)
        {
            byline = null;
            var text = WithoutEditLink(line.Trim());
            if (text.Length < 2 || text.Length > MaxLength || !char.IsLetterOrDigit(text[0]) || EndsWithSentence(text))
            {
                return false;
            }

            var t = LineTokens.Split(text, splitSlashes: true);
            if (t.Count == 0 || t.Count > MaxNameLineTokens)
            {
                return false;
            }

            // The syndicated line and the date-first line read a day and month, and so does a desk's line unless it is the paper's own
            // desk alone ("Our Correspondent"): a day is read from digits (Dates.TryRead, TryReadNumeric), and most header lines
            // hold none.
            var dated = Chars.HasDigit(text, 0, text.Length);
            var reading = new BylineReading();
            if (!(char.IsLetter(text[0]) && Read(t, 0, labelled: false, reading)) && !(dated && ReadSyndicated(t, reading = new BylineReading())) &&
                !(dated && ReadDateFirst(t, reading = new BylineReading())) && !((dated || t[0].Is("Our")) && ReadDeskWithDate(t, reading = new BylineReading())))
            {
                return false;
            }

            byline = reading;
            return true;
        }

        /// <summary>
        /// The row without a link to edit the page closing it after a bar (<c>… · Jane Doe | Suggest Changes</c>), as static blogs
        /// print one beside the author.
        /// </summary>
        private static string WithoutEditLink(string text)
        {
            var bar = text.LastIndexOf('|');
            if (bar <= 0 || !Lexicon.PageEditLinks.Contains(text, Chars.SkipSpaces(text, bar + 1, text.Length), text.Length))
            {
                return text;
            }

            return text.Substring(0, Chars.TrimEnd(text, 0, bar));
        }

        /// <summary>Most words of a desk's byline that names no one (<c>Our Special Correspondent</c>).</summary>
        private const int MaxDeskWords = 4;

        /// <summary>
        /// A desk's byline that names no one, with the story's date (<c>Our Correspondent Published November 12, 2024 12:10am</c>,
        /// <c>Staff Reporter | 4 March 2024</c>), or the paper's own desk alone (<c>Our Staff Reporter</c>): no author, but the
        /// line leaves the story and dates it. A job's or desk's word is needed (<c>News | March 4, 2024</c> is a section's date
        /// line), and a whole day after any desk but the paper's own.
        /// </summary>
        private static bool ReadDeskWithDate(LineTokens t, BylineReading reading)
        {
            var p = t.Count > 0 && t[0].Is("Our") ? 1 : 0;
            var end = p;
            var role = false;
            while (end < t.Count && end - p < MaxDeskWords && (end == p || t.Before(end) == Separators.None) && !StartsDate(t, end) &&
                   !Lexicon.DateLabels.ContainsBare(t[end]))
            {
                role |= IsRoleWord(t[end]);
                end++;
            }

            if (!role || !IsOnlyJobOrDesk(t, p, end))
            {
                return false;
            }

            // "Our Correspondent", "Our Staff Reporter" alone: the paper's own desk, with no date on the line.
            if (end >= t.Count)
            {
                return p == 1;
            }

            var r = default(DateRunResult);
            if (!ReadExtras(t, end, reading, ref r) || !r.HasDayAndMonth)
            {
                return false;
            }

            reading.Date ??= r.Date;
            return true;
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

        private static string AuthorText(LineTokens t, int p, int end, NameKind kind)
        {
            // "Dr. Jane Doe": the author is the name, not the honorific.
            if (kind == NameKind.Person && end - p >= 3 && Lexicon.BylineHonorifics.ContainsBare(t[p]))
            {
                p++;
            }

            // "By Deputy Chief Jane Doe", "By Lieutenant John Roe", "By Senior Harbour Reporter Jane Doe": a rank or job title
            // printed before the name is no part of the author (a byline holds people, never a title); it ends at its last title
            // word, and two words of name stay.
            if (kind == NameKind.Person && end - p >= 3)
            {
                p = PastTitleBeforeName(t, p, end);
            }

            var text = t.Span(p, end);

            // "Written by Jane Doe. Published …": the full stop closes the byline's sentence, not an initial ("Jane Doe Jr.").
            if (text.Length > 1 && text[text.Length - 1] == '.' && EndsWithSentence(text))
            {
                text = text.Substring(0, text.Length - 1);
            }

            return kind == NameKind.Person && Names.IsAllCaps(text) ? Names.TitleCase(text) : text;
        }

        /// <summary>Most tokens an organisation's name before <c>and</c> and a person runs to (<c>the Centre for Harbour Studies</c>).</summary>
        private const int MaxOrganisationTokens = 8;

        /// <summary>
        /// <c>By 16 News Now and Jane Doe</c>, <c>By the Centre for Harbour Studies and Jane Doe</c>: a station or organisation
        /// that no name reading takes (a number, a lower-case article), then <c>and</c> and the people; the people are the authors.
        /// </summary>
        private static bool ReadPersonAfterOrganisation(LineTokens t, int start, BylineReading reading)
        {
            var capitalised = false;
            for (var a = start; a < t.Count - 2 && a - start <= MaxOrganisationTokens; a++)
            {
                var w = t[a];
                if (a > start && t.Before(a) != Separators.None)
                {
                    return false;
                }

                if (a > start && w.Is("and"))
                {
                    return capitalised && !Names.IsPersonName(t.Words, start, a) && Read(t, a + 1, labelled: true, reading) && reading.NamesPerson;
                }

                if (char.IsUpper(w.First) || char.IsDigit(w.First))
                {
                    capitalised = true;
                }
                else if (!w.LowerIs("the") && !w.LowerIs("of") && !w.LowerIs("for") && !w.LowerIs("in") && !w.LowerIs("on"))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Where the name starts after a title opening tokens [p, end): past its last title word, two words before the end at most.</summary>
        private static int PastTitleBeforeName(LineTokens t, int p, int end)
        {
            if (!IsTitleBeforeName(t[p]))
            {
                return p;
            }

            var start = p + 1;
            for (var k = p + 1; k <= end - 3; k++)
            {
                start = Lexicon.Roles.ContainsBare(t[k]) && !Lexicon.IsGivenNameBare(t[k]) ? k + 1 : start;
            }

            while (start <= end - 3 && IsTitleBeforeName(t[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>
        /// A rank or job title's word (<c>Deputy</c>, <c>Chief</c>, <c>Lieutenant</c>, <c>Senior</c>) before a name: no given
        /// name the lexicon knows (<c>Justice</c> may be one).
        /// </summary>
        private static bool IsTitleBeforeName(Word w) => TitleWords.ContainsBare(w) && !Lexicon.IsGivenNameBare(w);

        /// <summary>The roles, their modifiers and the honorifics a byline prints before a name, looked up as one set.</summary>
        private static readonly WordSet TitleWords = new WordSet(Lexicon.Roles.Words.Concat(Lexicon.RoleModifiers.Words).Concat(Lexicon.BylineHonorifics.Words));

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

        /// <summary>
        /// The end of a byline's label closing on <c>by</c> (<c>Guest post by</c>, <c>Posted by</c>) at <paramref name="at"/>,
        /// a space after it, else -1.
        /// </summary>
        public static int LabelClosingOnBy(string text, int at)
        {
            var label = Lexicon.BylineLabels.Match(text, at);
            return label != null && label.EndsWith("by", StringComparison.OrdinalIgnoreCase) && at + label.Length < text.Length && text[at + label.Length] == ' '
                ? at + label.Length
                : -1;
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
