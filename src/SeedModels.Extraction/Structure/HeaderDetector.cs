using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the article's header: the lines between the headline and the body that carry the byline, the date, the
    /// standfirst, the lead image's caption and page furniture, in whatever order the page set them. A line near the top
    /// that is only a name is a byline (<see cref="BylineDetector"/> reads it); a label alone (<c>By</c>) takes the names on
    /// the lines after it; the one-line summary right under the headline is the standfirst, with or without a full stop,
    /// when the header goes on below it; another short line before the byline is the lead image's caption.
    /// </summary>
    internal static class HeaderDetector
    {
        /// <summary>How many text lines may stand between two header lines before the body is taken to have begun.</summary>
        private const int MaxTextsBetween = 2;

        /// <summary>A header line is short: a standfirst or a caption, never a paragraph of the body.</summary>
        private const int MaxHeaderLineWords = 60;

        /// <summary>
        /// Whether a date line opens with a person's (or a wire's) name before a bar (<c>Jane Doe | Nov 27, 2026</c>), or closes with one after it
        /// (<c>March 3, 2024 · Jane Doe</c>): a byline with its date. Only a single line opening with a capitalised word or a digit, with a bar
        /// or a standing slash in it (<c>Jane Doe / Nov 27, 2026</c>), is read again.
        /// </summary>
        private static bool IsNamedDateline(Unit unit, out BylineReading? byline)
        {
            byline = null;
            if (!unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.Trim();
            return text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && Words.TryFirst(text, 0, text.Length, out var first) &&
                   !Lexicon.DateLabels.ContainsBare(first) && (LineTokens.HasBar(text) || LineTokens.HasStandingSlash(text) || OpensWithAgencyAndDateLabel(text)) &&
                   BylineDetector.TryReadNameLine(text, out byline) && (byline!.NamesPerson || IsAgencyAlone(byline)) && byline.Date != null;
        }

        /// <summary>The most words of the outlet named after <c>Source:</c> before the author (<c>Source: Sunrise News | …</c>).</summary>
        private const int MaxSourceOutletWords = 4;

        /// <summary>
        /// <c>Source: GNA | 3 Sep 2025</c>: a source's label, then a wire the lexicon knows and the date; or the outlet, a bar, then
        /// the author and the date (<c>Source: Sunrise News | Jane Roe Date: 04.03.2026</c>), the outlet being neither author nor agency.
        /// </summary>
        private static bool TryReadSourceWireLine(string text, out BylineReading? byline)
        {
            byline = null;
            var t = text.Trim();
            const string Label = "Source:";
            if (!t.StartsWith(Label, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = t.Substring(Label.Length).Trim();
            if (BylineDetector.TryReadNameLine(rest, out byline) && IsAgencyAlone(byline!) && byline!.Date != null)
            {
                return true;
            }

            var bar = rest.IndexOf('|');
            if (bar <= 0 || !IsCapitalisedRun(rest, 0, bar, MaxSourceOutletWords))
            {
                return false;
            }

            return BylineDetector.TryReadNameLine(rest.Substring(bar + 1).Trim(), out byline) && byline!.NamesPerson && byline.Date != null;
        }

        /// <summary>Whether [start, end) is one to <paramref name="max"/> capitalised words (a capital is a letter).</summary>
        private static bool IsCapitalisedRun(string text, int start, int end, int max)
        {
            var count = 0;
            var at = start;
            while (Words.TryNext(text, ref at, end, out var w))
            {
                if (!w.IsCapitalized || ++count > max)
                {
                    return false;
                }
            }

            return count > 0;
        }

        /// <summary>Whether the line's last word is a writer's job (<c>Writer</c>, <c>Reporter</c>), not a photographer's.</summary>
        private static bool EndsWithWritersJob(string text)
        {
            var end = Chars.LastLetterRun(text, out var start);
            return end > start && Lexicon.WritersJobs.Contains(text, start, end);
        }

        /// <summary>The most words of an issuer's line under <c>From:</c> (<c>Department for Harbours and The Rt Hon Jane Roe MP</c>).</summary>
        private const int MaxIssuerWords = 16;

        /// <summary>An issuer's line: one short line of undecided text that closes no sentence.</summary>
        private static bool IsIssuerLine(Unit unit) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && !unit.HasMarkup && unit.WordsUpTo(MaxIssuerWords + 1) <= MaxIssuerWords &&
            !BoilerplateDetector.EndsSentence(unit.Text.Trim());

        /// <summary>A date's label alone on its line (<c>Published</c>, <c>Last updated:</c>).</summary>
        private static bool IsDateLabelAlone(string text)
        {
            var t = text.Trim().TrimEnd(':');
            var at = 0;
            var labels = 0;
            while (Words.TryNext(t, ref at, t.Length, out var w))
            {
                if (!Lexicon.DateLabels.ContainsBare(w) || ++labels > 2)
                {
                    return false;
                }
            }

            return labels > 0;
        }

        /// <summary><c>IPN Published: 27 November 2026</c>: a wire's name the lexicon knows, then a date's label.</summary>
        private static bool OpensWithAgencyAndDateLabel(string text)
        {
            var at = 0;
            for (var words = 0; words < 3 && Words.TryNext(text, ref at, text.Length, out var w); words++)
            {
                if (Lexicon.DateLabels.ContainsBare(w))
                {
                    return words > 0 && Lexicon.Agencies.Contains(text.Substring(0, w.Start).Trim());
                }
            }

            return false;
        }

        /// <summary>A byline signed by one wire the lexicon knows (<c>Reuters · 22 Apr 2024</c>): the wire is the author.</summary>
        private static bool IsAgencyAlone(BylineReading byline) => byline.Authors.Count == 1 && Lexicon.Agencies.Contains(byline.Authors[0]);

        /// <summary>The most characters a user name alone on its line runs to.</summary>
        private const int MaxUserNameLength = 30;

        /// <summary>A line that is one user name in lower case (<c>westhavenweb</c>, <c>jane_doe</c>): letters, digits, <c>_ . -</c>.</summary>
        private static bool IsUserNameLine(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (text.Length < 3 || text.Length > MaxUserNameLength || !char.IsLower(text[0]))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsLower(c) && !char.IsDigit(c) && c != '_' && c != '.' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A line going on from the date line above it with <c>and</c> and a dated label (<c>and last updated 7:45 PM, Apr 02, 2024</c>).</summary>
        private static bool IsJoinedUpdateLine(string text)
        {
            var t = text.TrimStart();
            return t.StartsWith("and ", System.StringComparison.Ordinal) && Words.TryFirst(t, 4, t.Length, out var label) && Lexicon.DateLabels.ContainsBare(label) &&
                   DatelineDetector.ReadDateLine(t.Substring(4), out _) != DateLineKind.None;
        }

        /// <summary>A caption in the header with no credit is a sentence or two.</summary>
        private const int MaxCaptionWords = 45;

        private const int MinCaptionWords = 5;

        /// <summary>How many lines a label alone (<c>By</c>) gathers names from.</summary>
        private const int MaxLabelledNameLines = 7;

        /// <summary>
        /// Reads the header from <paramref name="start"/> (after the headline): marks its bylines, its standfirst and its
        /// captions. Returns where the header ends: the first unit of the body.
        /// </summary>
        public static int Read(List<Unit> units, int start, bool standfirstAnnotated)
        {
            var textsBetween = 0;
            var firstMeta = -1;
            var lastMeta = -1;
            var person = false;
            // The text lines before the first byline or date: at most MaxTextsBetween of them.
            var beforeMeta1 = -1;
            var beforeMeta2 = -1;
            // The first text line after the first byline or date, when another follows it: perhaps the standfirst under the byline.
            var afterFirstMeta = -1;
            var underFirstMeta = -1;
            var lastDateline = -1;
            for (var i = start; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Byline)
                {
                    if (unit.Byline != null && unit.Byline.IsLabelOnly)
                    {
                        i = GatherLabelledNames(units, i);
                    }

                    person |= unit.Byline?.NamesPerson == true;
                    Meta(i);
                    continue;
                }

                // "Jane Doe | Nov 27, 2026", "Jane Doe / Nov 27, 2026", "Jane Doe · Posted: Nov 27, 2026 6:00 AM": read as a section's name and a date, but a
                // person's name and a date are a byline's.
                if (unit.Kind == UnitKind.Dateline && !person && IsNamedDateline(unit, out var named))
                {
                    unit.Kind = UnitKind.Byline;
                    unit.Byline = named;
                    person = true;
                    Meta(i);
                    continue;
                }

                if (unit.Kind == UnitKind.Dateline)
                {
                    // "Updated: March 5, 2024" over "Published: March 4, 2024": the story's date is its publication's, and the
                    // update's line is furniture.
                    if (lastDateline >= 0 && unit.Date != null && DatelineDetector.OpensWithUpdateLabel(units[lastDateline].Text) &&
                        !DatelineDetector.OpensWithUpdateLabel(unit.Text))
                    {
                        units[lastDateline].Kind = UnitKind.Boilerplate;
                    }

                    lastDateline = i;
                    Meta(i);
                    continue;
                }

                // "Jane Doe • Nov 27, 2026 • Westhaven Courier": read as a caption and its credit after the bar, but a name and a
                // date are a byline's.
                var singleCaption = unit.Kind == UnitKind.Caption && unit.IsSingleLine && !unit.HasMarkup;
                if (singleCaption && !person && BylineDetector.TryReadNameLine(unit.Text, out var dated) && dated!.NamesPerson && dated.Date != null)
                {
                    RecastAsByline(i, dated);
                    continue;
                }

                // "Jane Doe/Sentinel Writer": read as a picture's credit for its slash, but a writer's job after it makes it the byline.
                if (unit.Kind == UnitKind.Credit && unit.IsSingleLine && !unit.HasMarkup && !person && EndsWithWritersJob(unit.Text) &&
                    BylineDetector.TryReadNameLine(unit.Text, out var writer) && writer!.NamesPerson)
                {
                    RecastAsByline(i, writer);
                    continue;
                }

                // "Source: GNA | 3 Sep 2025 3:20 PM": read as a credit for its label, but a wire and the date make the byline.
                if ((unit.Kind == UnitKind.Credit || unit.Kind == UnitKind.Caption) && unit.IsSingleLine && !unit.HasMarkup && !person &&
                    TryReadSourceWireLine(unit.Text, out var wire))
                {
                    RecastAsByline(i, wire!);
                    continue;
                }

                // "Club News · 22 November 2026 · Words: Jo Roe · Photos: Tom Poe": read as a caption for its credit's label, but a
                // meta row whose credits close it after the date.
                if (singleCaption && LineTokens.HasBar(unit.Text) && DatelineDetector.ReadDateLine(unit.Text, out var rowDate) == DateLineKind.Day)
                {
                    unit.RecastCaption(UnitKind.Dateline);
                    unit.Date = rowDate;
                    lastDateline = i;
                    Meta(i);
                    continue;
                }

                // "Posted in Parish News | 22 November 2026": furniture for its category's label, but the day after the bar dates the
                // story when nothing else in the header has.
                if (unit.Kind == UnitKind.Boilerplate && lastDateline < 0 && unit.IsSingleLine && !unit.HasMarkup && LineTokens.HasBar(unit.Text) &&
                    DatelineDetector.ReadDateLine(unit.Text, out var filedDate) == DateLineKind.Day)
                {
                    unit.Kind = UnitKind.Dateline;
                    unit.Date = filedDate;
                    lastDateline = i;
                    Meta(i);
                    continue;
                }

                // "Image:" / "Jane Doe, Westhaven Museum": a credit's label left alone on its line over the lead picture's
                // credit; both are the picture's, neither the byline nor the story.
                if (unit.Kind != UnitKind.Headline && i + 1 < units.Count && units[i + 1].IsSingleLine && !units[i + 1].HasMarkup &&
                    (units[i + 1].Kind == UnitKind.Text || units[i + 1].Kind == UnitKind.Credit || units[i + 1].Kind == UnitKind.Caption) && UnderBareCreditLabel(units, i + 1))
                {
                    // The summary right under the headline, over the picture, is the standfirst.
                    if (!standfirstAnnotated && firstMeta < 0 && beforeMeta1 >= 0 && beforeMeta1 == i - 1 && beforeMeta2 < 0 &&
                        FirstNonFurniture(units, start) == beforeMeta1 && StandfirstDetector.IsDek(units[beforeMeta1].Text))
                    {
                        units[beforeMeta1].Kind = UnitKind.Standfirst;
                    }

                    unit.Kind = UnitKind.Boilerplate;
                    units[++i].Kind = UnitKind.Boilerplate;
                    continue;
                }

                if (unit.Kind != UnitKind.Text || unit.HasMarkup)
                {
                    continue;
                }

                // "Posted at 5:12 PM, Apr 02, 2024" / "and last updated 7:45 PM, Apr 02, 2024": the update's half of the date
                // line, right under it.
                if (lastMeta == i - 1 && unit.IsSingleLine && IsJoinedUpdateLine(unit.Text))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    Meta(i);
                    continue;
                }

                if (person && IsNextAuthorLine(units, i, lastMeta))
                {
                    unit.Kind = UnitKind.Byline;
                    Meta(i);
                    continue;
                }

                if (!person && !UnderBareCreditLabel(units, i) &&
                    (((unit.IsSingleLine || (unit.LineCount <= 3 && BreaksAtJoiners(unit))) && BylineDetector.TryReadNameLine(unit.Text, out var byline)) ||
                     TryReadNameOverRole(unit, out byline) || (unit.IsSingleLine && BylineDetector.TryReadJobThenName(unit.Text, out byline)) ||
                     (DatelineFollows(units, i) && TryReadBiography(unit, out byline))))
                {
                    // A portrait's caption or a name's label names someone the way a byline does: with a labelled byline under
                    // it, or, naming a role after a comma, printed again nearby (as a picture's alternative text and caption), the
                    // line is no byline; it is left out of the story, as the byline was (whether a page calls it a caption varies).
                    // A bare name printed again may be the author's box under the story.
                    if (unit.IsSingleLine && (LabelledBylineFollows(units, i) || (unit.Text.IndexOf(',') > 0 && PrintedAgain(units, i))))
                    {
                        unit.Kind = UnitKind.Boilerplate;
                        continue;
                    }

                    unit.Kind = UnitKind.Byline;
                    unit.Byline = byline;
                    person |= byline!.NamesPerson;
                    Meta(i);
                    continue;
                }

                // "WESTHAVEN November 27, 2026 09:14 IST": a date line opening with the place in capitals, which the line gate
                // leaves to the header (a line of the body opening with a word in capitals is no date line).
                // "Westhaven Courier - Tue, 11/07/2026 - 08:30": the source's name, a dash and the date, which the line gate leaves
                // to the header too (a line of the body may open with a name and go on past a dash).
                if (unit.IsSingleLine && (OpensWithCapitalsWord(unit.Text) || DatelineDetector.HasStandingDash(unit.Text)) &&
                    DatelineDetector.ReadDateLine(unit.Text, out var placedDate) == DateLineKind.Day)
                {
                    unit.Kind = UnitKind.Dateline;
                    unit.Date = placedDate;
                    Meta(i);
                    continue;
                }

                // "Westhaven, 23 November 2026": a press release's town and day.
                if (unit.IsSingleLine && DatelineDetector.TryReadPlaceAndDateLine(unit.Text.Trim(), out var releaseDate))
                {
                    unit.Kind = UnitKind.Dateline;
                    unit.Date = releaseDate;
                    Meta(i);
                    continue;
                }

                // "Posted by admin on November 27, 2026": a user name is no author, but the line dates the story.
                if (unit.IsSingleLine && UserNameByline.TryRead(unit.Text, out var userLineDate))
                {
                    unit.Kind = UnitKind.Dateline;
                    unit.Date = userLineDate;
                    Meta(i);
                    continue;
                }

                // "From:" / "Department for Harbours and Jane Roe MP": a government release's issuer under its label; neither is the
                // story's, and the issuer is no author.
                if (unit.IsSingleLine && i + 1 < units.Count && Lexicon.IssuerLabels.Contains(unit.Text.Trim()) && IsIssuerLine(units[i + 1]))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    units[++i].Kind = UnitKind.Boilerplate;
                    continue;
                }

                // "Published" / "26 November 2026": a date's label alone on its line over the date.
                if (unit.IsSingleLine && i + 1 < units.Count && units[i + 1].Kind == UnitKind.Dateline && IsDateLabelAlone(unit.Text))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    continue;
                }

                if (IsSectionLabel(unit) || HeaderFurniture.IsFurniture(unit, afterMeta: firstMeta >= 0, nextToMeta: textsBetween == 0) || (i > 0 && units[i - 1].Kind == UnitKind.Byline && IsUnderByline(unit, units[i - 1])))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    continue;
                }

                if (!(IsHeaderShaped(unit) || (firstMeta < 0 && textsBetween == 0 && i == FirstNonFurniture(units, start) && IsDeckOverMetaRow(units, i))) ||
                    ++textsBetween > MaxTextsBetween)
                {
                    break;
                }

                if (firstMeta >= 0 && afterFirstMeta < 0 && textsBetween == 1)
                {
                    afterFirstMeta = i;
                }

                if (firstMeta < 0)
                {
                    if (beforeMeta1 < 0)
                    {
                        beforeMeta1 = i;
                    }
                    else
                    {
                        beforeMeta2 = i;
                    }
                }
            }

            // A line first read as a caption or a credit that is the byline: it names the authors, a person's name among them
            // ends the search for one.
            void RecastAsByline(int i, BylineReading byline)
            {
                // The line over a credit that is the byline was made a caption by it: it goes back to the text it was.
                if (units[i].Kind == UnitKind.Credit && i > 0 && units[i - 1].Kind == UnitKind.Caption && units[i].Credit != null &&
                    ReferenceEquals(units[i - 1].Credit, units[i].Credit))
                {
                    units[i - 1].RecastCaption(UnitKind.Text);
                    if (firstMeta < 0 && beforeMeta1 < 0)
                    {
                        beforeMeta1 = i - 1;
                    }
                }

                units[i].RecastCaption(UnitKind.Byline);
                units[i].Byline = byline;
                person |= byline.NamesPerson;
                Meta(i);
            }

            void Meta(int i)
            {
                // The line after the first byline or date is the standfirst's place only when the next byline or date comes right under it.
                underFirstMeta = afterFirstMeta >= 0 && underFirstMeta < 0 && textsBetween == 1 ? afterFirstMeta : underFirstMeta;
                firstMeta = firstMeta < 0 ? i : firstMeta;
                lastMeta = i;
                textsBetween = 0;
            }

            if (firstMeta < 0)
            {
                return FirstBody(units, start);
            }

            // "By Jane Doe" / "The council says …" / "November 27, 2026": a header with nothing over its byline may set the standfirst
            // between the byline and the date.
            if (!standfirstAnnotated && beforeMeta1 < 0 && underFirstMeta > firstMeta && FirstNonFurniture(units, start) == firstMeta &&
                IsStandfirstUnderByline(units[underFirstMeta]))
            {
                units[underFirstMeta].Kind = UnitKind.Standfirst;
            }

            // Before the byline or date: the standfirst (right under the headline) and the lead image's caption.
            var directlyUnder = FirstNonFurniture(units, start);
            for (var n = 0; n < 2; n++)
            {
                var i = n == 0 ? beforeMeta1 : beforeMeta2;
                if (i < 0)
                {
                    continue;
                }

                var unit = units[i];
                if (i == directlyUnder)
                {
                    if (!standfirstAnnotated && (StandfirstDetector.IsDek(unit.Text) || IsDeckOverMetaRow(units, i)))
                    {
                        unit.Kind = UnitKind.Standfirst;
                    }
                }
                else if (IsCaptionShaped(unit.Text))
                {
                    CaptionDetector.MakeCaption(unit, unit.Text.Trim());
                }
            }

            return FirstBody(units, lastMeta + 1);
        }

        /// <summary>
        /// A byline label alone (<c>By</c>, <c>By:</c>): the names stand on the next lines, perhaps one per line with
        /// <c>and</c> between. Returns the last line taken.
        /// </summary>
        private static int GatherLabelledNames(List<Unit> units, int label)
        {
            var joined = new System.Text.StringBuilder();
            var last = label;
            var previousJoiner = false;
            for (var k = label + 1; k < units.Count && k <= label + MaxLabelledNameLines; k++)
            {
                var unit = units[k];
                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine)
                {
                    break;
                }

                var text = unit.Text.Trim();
                var joiner = text == "and" || text == "&" || text == "," || text == "and,";
                if (!joiner && !BylineDetector.TryReadNameLine(text, out _))
                {
                    break;
                }

                // Two names on lines of their own, one after the other, are two authors: a comma parts them.
                joined.Append(joined.Length == 0 ? string.Empty : !joiner && !previousJoiner ? ", " : " ").Append(text);
                previousJoiner = joiner;
                last = k;
            }

            // "Article by" / "westhavenweb": a site's user name under the label names no person, but it is the byline's line.
            if (last == label && label + 1 < units.Count && IsUserNameLine(units[label + 1]))
            {
                units[label + 1].Kind = UnitKind.Boilerplate;
                return label + 1;
            }

            if (last == label || !BylineDetector.TryReadNameLine(joined.ToString(), out var names))
            {
                return label;
            }

            names!.Labelled = true;
            units[label].Byline = names;
            for (var k = label + 1; k <= last; k++)
            {
                units[k].Kind = UnitKind.Byline;
            }

            return last;
        }

        /// <summary>
        /// <c>Jane Doe News editor</c> / <c>Tom Roe Technical correspondent</c>: an author box per person, each on its line, the
        /// next right under the first byline (undated, as the date closes the block). Its names join the first byline's.
        /// </summary>
        private static bool IsNextAuthorLine(List<Unit> units, int i, int lastMeta)
        {
            // Each author's box is a block of its own: a line right under the name, in its block, is the name's job with its beat
            // ("Kestrel Valley Correspondent"), which reads as a name and a job too; but under "Jane Doe, Campus Editor", whose job
            // the line gave, "Tom Roe, Staff Reporter" is the next author.
            var unit = units[i];
            var sameBlock = unit.FirstLine == units[i - 1].FirstLine + units[i - 1].LineCount;
            if (lastMeta != i - 1 || !unit.IsSingleLine || (sameBlock && !(HasJobAfterComma(units[i - 1].Text) && HasJobAfterComma(unit.Text))) ||
                units[i - 1].Kind != UnitKind.Byline || units[i - 1].Byline is not { NamesPerson: true, Date: null } first ||
                !BylineDetector.TryReadNameLine(unit.Text, out var next) || next is not { NamesPerson: true, Date: null })
            {
                return false;
            }

            // Two capitalised words ("Speed Read") may be a box's title: only a given name the lexicon knows, or the job or paper
            // printed after the name, makes the line an author's.
            var text = unit.Text;
            var name = next.Authors[0];
            var at = text.IndexOf(name, System.StringComparison.Ordinal);
            var rest = at < 0 ? string.Empty : text.Substring(at + name.Length).Trim(' ', ',', '|');
            if (next.Authors.Count == 1 && !(Words.TryFirst(name, 0, name.Length, out var given) && Lexicon.IsGivenNameBare(given)) &&
                !(rest.Length > 0 && (BylineDetector.IsRoleLine(rest) || BylineDetector.IsPublicationLine(rest))))
            {
                return false;
            }

            foreach (var author in next.Authors)
            {
                if (!first.Authors.Contains(author))
                {
                    first.Authors.Add(author);
                }
            }

            return true;
        }

        /// <summary>Whether a name's line gives the job after a comma (<c>Jane Doe, Campus Editor</c>).</summary>
        private static bool HasJobAfterComma(string text)
        {
            var comma = text.IndexOf(',');
            return comma > 0 && BylineDetector.IsRoleLine(text.Substring(comma + 1).Trim());
        }

        /// <summary>
        /// The author's name over the job title, handle or publication, one per line with no blank line between (<c>Jane Doe</c> /
        /// <c>Political Correspondent</c>, <c>Jane Doe</c> / <c>@janedoe</c>, <c>Jane Doe</c> / <c>Westhaven Courier</c>): the
        /// byline is the first line's.
        /// </summary>
        private static bool TryReadNameOverRole(Unit unit, out BylineReading? byline)
        {
            byline = null;
            if (unit.LineCount is < 2 or > 3)
            {
                return false;
            }

            var text = unit.Text;
            for (var k = 1; k < unit.Content.PartCount; k++)
            {
                var from = unit.Content.PartStart(k);
                var to = k + 1 < unit.Content.PartCount ? unit.Content.PartStart(k + 1) : text.Length;
                var line = text.Substring(from, to - from).Trim();
                if (!IsJobOrPaperLine(line) && !IsHandle(line))
                {
                    return false;
                }
            }

            return BylineDetector.TryReadNameLine(text.Substring(0, unit.Content.PartStart(1)), out byline) && byline!.NamesPerson;
        }

        /// <summary>A line under an author's name that only says what they do or whom they write for: a job, a paper, or both.</summary>
        private static bool IsJobOrPaperLine(string line)
        {
            if (BylineDetector.IsRoleLine(line) || BylineDetector.IsPublicationLine(line))
            {
                return true;
            }

            // "Rural reporter, Westhaven Courier", "Senior Correspondent, Nairobi": the job, a comma, then the paper or the place.
            var comma = CommaAfterRole(line);
            return comma > 0 && (BylineDetector.IsPublicationLine(line.Substring(comma + 1).Trim()) || IsPlaceAfterComma(line, comma) || IsUnitAfterComma(line, comma));
        }

        /// <summary>Where the only comma of a line that opens with a job title stands (<c>Rural reporter, …</c>), or -1.</summary>
        private static int CommaAfterRole(string line)
        {
            var comma = line.IndexOf(',');
            return comma > 0 && line.IndexOf(',', comma + 1) < 0 && BylineDetector.IsRoleLine(line.Substring(0, comma)) ? comma : -1;
        }

        /// <summary>The most words of the department after a job and a comma (<c>Senior Lecturer, School of Law</c>).</summary>
        private const int MaxUnitWordsAfterRole = 5;

        /// <summary>
        /// <c>…, School of Law</c>, <c>…, Urban Mobility Programme</c>: after the job's comma, the department or programme the
        /// author works in, capitalised words joined by <c>of</c>, <c>and</c> or <c>for</c>, one a unit's word.
        /// </summary>
        private static bool IsUnitAfterComma(string line, int comma)
        {
            var at = comma + 1;
            var words = 0;
            var unit = false;
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (++words > MaxUnitWordsAfterRole || !char.IsLetter(w.First) || !(w.IsCapitalized || (words > 1 && (w.Is("of") || w.Is("and") || w.Is("for")))))
                {
                    return false;
                }

                unit |= Lexicon.OrganisationWords.ContainsBare(w) || Lexicon.OrganisationUnitWords.ContainsBare(w);
            }

            return unit;
        }

        /// <summary>The most words of the place after a job and a comma (<c>Senior Correspondent, Port Elder</c>).</summary>
        private const int MaxPlaceWordsAfterRole = 3;

        /// <summary><c>…, Nairobi</c>: after the job's comma, where the author files from, in a few capitalised words.</summary>
        private static bool IsPlaceAfterComma(string line, int comma) => IsCapitalisedRun(line, comma + 1, line.Length, MaxPlaceWordsAfterRole);

        /// <summary>How many words after a biography's "is a" may come before the job's word (<c>is a senior health reporter</c>).</summary>
        private const int MaxWordsBeforeJob = 6;

        /// <summary>
        /// The author's biography standing in the header, over the date (<c>Jane Doe is a reporter at the Westhaven Courier.</c>),
        /// perhaps under the name alone (<c>Jane Doe</c> / <c>Jane Doe is a …</c>): the byline names her. The biography says
        /// what she does (<c>covers</c>, <c>writes</c>, <c>reports</c>) or is (<c>is a … reporter</c>); a story's opening about
        /// someone else who is a reporter would need the date line right under it.
        /// </summary>
        public static bool TryReadBiography(Unit unit, out BylineReading? byline)
        {
            byline = null;
            // A name printed twice over the biography (the author's picture, then the name) reads as one name line.
            var doubled = DoubledNameLine.Is(unit);
            if (unit.LineCount > 2 && !doubled)
            {
                return false;
            }

            var text = unit.Text;
            var bioStart = unit.IsSingleLine ? 0 : unit.Content.PartStart(unit.LineCount - 1);

            // The name runs to the biography's verb.
            var at = bioStart;
            var nameEnd = -1;
            var words = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w) && ++words <= 6)
            {
                if (words > 2 && Lexicon.BiographyVerbs.Contains(w))
                {
                    nameEnd = w.Start;
                    break;
                }
            }

            if (nameEnd < 0)
            {
                return false;
            }

            // "Mr. Trump reported …", "Ms. Roe joined …": a story's sentence about someone it named before, not the author's note.
            // What the biography says depends on no name: it is read before any name is (most sentences say no job).
            var bio = text.Substring(bioStart).Trim();
            var verbAt = nameEnd - bioStart;
            if (Lexicon.BylineHonorifics.ContainsBare(FirstWord(bio)) || !(NamesJob(bio, verbAt) || SaysWhomSheWritesFor(bio, verbAt)))
            {
                return false;
            }

            if ((!unit.IsSingleLine && !BylineDetector.TryReadNameLine(text.Substring(0, doubled ? unit.Content.PartStart(1) : bioStart), out byline)) ||
                (byline == null && !BylineDetector.TryReadNameLine(text.Substring(bioStart, nameEnd - bioStart), out byline)) ||
                byline == null || !byline.NamesPerson || byline.Authors.Count != 1 || !BoilerplateDetector.IsBiographyOf(bio, byline.Authors))
            {
                byline = null;
                return false;
            }

            return true;
        }

        private static Word FirstWord(string text) => Words.TryFirst(text, 0, text.Length, out var w) ? w : new Word(" ", 0, 1);

        /// <summary>
        /// A biography in the present tense saying what the author does and whom for (<c>covers local government for the
        /// Westhaven Courier</c>, <c>edits the politics page for …</c>); a past tense (<c>wrote on Facebook</c>, <c>joined the
        /// board</c>) tells the story.
        /// </summary>
        private static bool SaysWhomSheWritesFor(string bio, int at)
        {
            if (!Words.TryNext(bio, ref at, bio.Length, out var verb) || !Lexicon.PresentBiographyVerbs.Contains(verb))
            {
                return false;
            }

            while (Words.TryNext(bio, ref at, bio.Length, out var w))
            {
                if (w.LowerIs("for") && Words.TryNext(bio, ref at, bio.Length, out var next) && (next.IsCapitalized || next.LowerIs("the")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What the author is, in the present tense, within a few words of the verb: <c>is a senior health reporter</c>, <c>is
        /// the author of …</c>.
        /// </summary>
        private static bool NamesJob(string bio, int at)
        {
            if (!Words.TryNext(bio, ref at, bio.Length, out var verb) || !verb.LowerIs("is"))
            {
                return false;
            }

            var words = 0;
            while (Words.TryNext(bio, ref at, bio.Length, out var w) && ++words <= MaxWordsBeforeJob + 2)
            {
                if (Lexicon.NewsroomJobs.ContainsBare(w) || Lexicon.StaffWords.ContainsBare(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many units after a name line a labelled byline is looked for.</summary>
        private const int MaxUnitsToLabelledByline = 3;

        /// <summary>
        /// <c>Jane Doe, Harbour Editor</c> over <c>By John Roe</c>: a name line with no label with a labelled byline naming a
        /// person just under it is the lead picture's caption (a portrait), not the byline; the page labels its byline.
        /// </summary>
        private static bool LabelledBylineFollows(List<Unit> units, int i)
        {
            for (var k = i + 1; k < units.Count && k <= i + MaxUnitsToLabelledByline; k++)
            {
                var byline = units[k].Kind == UnitKind.Byline ? units[k].Byline : null;
                if (byline != null && byline.Labelled && byline.NamesPerson)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many units above or below a name line its repetition is looked for.</summary>
        private const int MaxUnitsToRepetition = 12;

        /// <summary>Whether the single line of unit <paramref name="i"/> stands again, alone, a few units above or below.</summary>
        private static bool PrintedAgain(List<Unit> units, int i)
        {
            var text = units[i].Text;
            var from = Chars.SkipSpaces(text, 0, text.Length);
            var to = Chars.TrimEnd(text, from, text.Length);
            for (var k = System.Math.Max(0, i - MaxUnitsToRepetition); k < units.Count && k <= i + MaxUnitsToRepetition; k++)
            {
                if (k == i || !units[k].IsSingleLine)
                {
                    continue;
                }

                var other = units[k].Text;
                var start = Chars.SkipSpaces(other, 0, other.Length);
                var end = Chars.TrimEnd(other, start, other.Length);
                if (end - start == to - from && string.CompareOrdinal(text, from, other, start, to - from) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name under a credit's label left alone on its line (<c>Image:</c> / <c>Jane Doe, Westhaven Museum</c>): the
        /// picture's credit, not the byline.
        /// </summary>
        private static bool UnderBareCreditLabel(List<Unit> units, int i)
        {
            if (i == 0 || !units[i - 1].IsSingleLine)
            {
                return false;
            }

            var text = units[i - 1].Text;
            var end = Chars.TrimEnd(text, 0, text.Length);

            // A cheap mark first: the label closes on its colon.
            if (end == 0 || text[end - 1] != ':')
            {
                return false;
            }

            var trimmed = text.Trim();
            var label = Lexicon.CaptionLabels.Match(trimmed);
            return label != null && label.Length == trimmed.Length;
        }

        /// <summary>Whether the next unit after <paramref name="i"/>, past furniture, is a date line.</summary>
        private static bool DatelineFollows(List<Unit> units, int i)
        {
            var k = i + 1;
            while (k < units.Count && units[k].Kind == UnitKind.Boilerplate)
            {
                k++;
            }

            return k < units.Count && units[k].Kind == UnitKind.Dateline;
        }

        /// <summary>
        /// A line right under the byline that says more about the author: her job title, her publication, or the agency
        /// the story came through (<c>The Associated Press</c>, kept as the agency).
        /// </summary>
        private static bool IsUnderByline(Unit unit, Unit byline)
        {
            if (!unit.IsSingleLine)
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (IsJobOrPaperLine(text))
            {
                return true;
            }

            if (byline.Byline == null || !byline.Byline.NamesPerson || !Lexicon.Agencies.Contains(text))
            {
                return false;
            }

            byline.Byline.Agency ??= text;
            return true;
        }

        private static bool OpensWithCapitalsWord(string text) =>
            Words.TryFirst(text, 0, text.Length, out var first) && first.End - first.Start >= 3 && first.IsAllCaps && char.IsLetter(first.First);

        /// <summary>A social-media handle alone: <c>@janedoe</c>.</summary>
        private static bool IsHandle(string line)
        {
            if (line.Length < 2 || line[0] != '@')
            {
                return false;
            }

            for (var k = 1; k < line.Length; k++)
            {
                if (!char.IsLetterOrDigit(line[k]) && line[k] != '_' && line[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Names broken over lines at a joiner (<c>Jane Doe, Staff Attorney</c> / <c>&amp; John Roe, Director</c>) read as one
        /// line; a break anywhere else parts two lines (<c>Jane Doe</c> / <c>Kettering</c> is no name of three words).
        /// </summary>
        private static bool BreaksAtJoiners(Unit unit)
        {
            var text = unit.Text;
            for (var k = 1; k < unit.Content.PartCount; k++)
            {
                var at = unit.Content.PartStart(k);
                var opensWithJoiner = at < text.Length && (text[at] == '&' || text[at] == ',' || Prefixes.StartsAt(text, at, "and "));
                var end = at - 1;
                while (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                var closesWithJoiner = end > 0 && (text[end - 1] == ',' || text[end - 1] == '&' || (end >= 4 && string.CompareOrdinal(text, end - 4, " and", 0, 4) == 0));
                if (!opensWithJoiner && !closesWithJoiner)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The first unit from <paramref name="from"/> that is plain text: where the body begins.</summary>
        private static int FirstBody(List<Unit> units, int from)
        {
            for (var i = from; i < units.Count; i++)
            {
                if (units[i].Kind == UnitKind.Text && !units[i].HasMarkup)
                {
                    return i;
                }
            }

            return units.Count;
        }

        private static int FirstNonFurniture(List<Unit> units, int from)
        {
            var i = from;
            while (i < units.Count && units[i].Kind == UnitKind.Boilerplate)
            {
                i++;
            }

            return i;
        }

        /// <summary>
        /// A standfirst set under the byline: a summary closing with a full stop, not a photo's description or alternative text
        /// (a lead image's caption stands there too).
        /// </summary>
        private static bool IsStandfirstUnderByline(Unit unit)
        {
            var t = unit.Text.Trim();
            return t.Length > 0 && Chars.IsSentenceEnd(t[t.Length - 1]) && unit.SentencesUpTo(2) == 1 && StandfirstDetector.IsDek(t) && !PhotoDescriptionDetector.IsPhotoDescription(t) &&
                   !PhotoDescriptionDetector.IsAltText(t) && !CaptionDetector.TryReadCaptionLine(t, out _, out _);
        }

        /// <summary>A line that could stand in a header: one short line of at most two sentences.</summary>
        /// <summary>
        /// A deck of three short sentences right under the headline over the byline's row (<c>The city says … Critics say …
        /// Here is how it works.</c> / <c>Jane Doe · Housing reporter · 29 February 2024</c>): longer than most header lines, but
        /// the row under it is the header's, so it is the standfirst, not the story's first paragraph.
        /// </summary>
        private static bool IsDeckOverMetaRow(List<Unit> units, int i)
        {
            var unit = units[i];
            if (!unit.IsSingleLine || i + 1 >= units.Count || unit.WordsUpTo(MaxHeaderLineWords + 1) > MaxHeaderLineWords || unit.SentencesUpTo(4) != 3)
            {
                return false;
            }

            var next = units[i + 1];
            return next.Kind == UnitKind.Byline || next.Kind == UnitKind.Dateline ||
                   (next.IsSingleLine && !next.HasMarkup && BylineDetector.TryReadNameLine(next.Text, out var row) && row!.NamesPerson && row.Date != null);
        }

        private static bool IsHeaderShaped(Unit unit) =>
            unit.IsSingleLine && unit.WordsUpTo(MaxHeaderLineWords + 1) <= MaxHeaderLineWords && unit.SentencesUpTo(3) <= 2;

        /// <summary>
        /// A caption with no credit: a sentence or two of five words or more, opening with a capital, no question and no
        /// quotation (a sub-heading opening with an ellipsis or in lower case is no caption).
        /// </summary>
        private static bool IsCaptionShaped(string text)
        {
            var t = text.Trim();
            if (t.Length == 0 || !char.IsUpper(t[0]) || t[t.Length - 1] == '?' || t.IndexOf('\u201C') >= 0 || t.IndexOf('"') >= 0)
            {
                return false;
            }

            var words = Chars.CountWords(t, 0, t.Length, limit: MaxCaptionWords + 1);
            return words >= MinCaptionWords && words <= MaxCaptionWords;
        }

        /// <summary>The sections a story is filed in, as a line of the header: <c>In Local News, Politics</c>.</summary>
        private static bool IsSectionLabel(Unit unit)
        {
            if (!unit.IsSingleLine || unit.Text.Length < 3 || (unit.Text[0] != 'I' && unit.Text[0] != 'i') || unit.Text[1] != 'n' || unit.Text[2] != ' ')
            {
                return false;
            }

            // Two to six words, read in place: "in", then capitalised words only.
            var text = unit.Text;
            var count = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++count > 6 || (count == 1 ? !w.LowerIs("in") : !w.IsCapitalized))
                {
                    return false;
                }
            }

            return count >= 2 && !BoilerplateDetector.EndsSentence(text);
        }
    }
}
