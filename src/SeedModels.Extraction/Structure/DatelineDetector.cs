using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>What a line of date furniture tells.</summary>
    internal enum DateLineKind
    {
        None,

        /// <summary>A calendar day (a date, when the year is printed too).</summary>
        Day,

        /// <summary>Only a time: a relative time, a reading time, a time of day.</summary>
        TimeOnly,
    }

    /// <summary>
    /// Decides where and when the story was filed: a wire prefix (<c>WASHINGTON (Reuters) -</c>,
    /// <c>LONDON, Jan 7 (AP) —</c>) or a date line (<c>Published 7 January 2021</c>, <c>January 7, 2021</c>).
    /// </summary>
    internal static class DatelineDetector
    {
        /// <summary>The longest line read as a date line: header lines are short, and nearly every other line fails here.</summary>
        private const int MaxDateLineLength = 160;

        /// <summary>
        /// A line that is only date furniture and names a day: <c>Published 7 January 2021</c>, <c>12:20pm Jan 7, 2024</c>,
        /// <c>Published on 30/04/2024 - 16:38</c>, <c>2024-02-14T16:15:30Z</c>, <c>2 minute read April 25, 2023 2:26 PM</c>.
        /// The date is null when the line prints no year.
        /// </summary>
        public static bool TryReadDateLine(string line, out DateTime? date) => ReadDateLine(line, out date) == DateLineKind.Day;

        /// <summary>What a line of date furniture is: one that names a day, one that only tells a time (<c>7 hours ago</c>,
        /// <c>6 minute read</c>, <c>Last updated 10:42</c>: page furniture), or no such line.</summary>
        public static DateLineKind ReadDateLine(string line, out DateTime? date)
        {
            date = null;
            if (line.Length > MaxDateLineLength || !Words.TryFirst(line, 0, line.Length, out var first) || !HasDigit(line))
            {
                return DateLineKind.None;
            }

            var kind = ReadDateFurnitureLine(line, first, out date);
            if (kind != DateLineKind.None)
            {
                return kind;
            }

            // "by | March 11, 2026 | Opinion | 1 comment": a meta row naming no author dates the story (one naming the author is
            // a byline, read by BylineDetector).
            if (BylineDetector.TryReadMetaRow(line, out var author, out var row) && author == null)
            {
                date = row.Date;
                return DateLineKind.Day;
            }

            return DateLineKind.None;
        }

        private static DateLineKind ReadDateFurnitureLine(string line, Word first, out DateTime? date)
        {
            date = null;
            var opensWithDate = CanOpenDateLine(first);
            var placeFirst = !opensWithDate && first.IsAllCaps && first.End - first.Start >= 3;
            if (!opensWithDate && !placeFirst && !(first.IsCapitalized && (LineTokens.HasBar(line) || HasStandingDash(line) || LineTokens.HasStandingSlash(line))))
            {
                return DateLineKind.None;
            }

            // A date in brackets is an aside of the text, not the page's date line.
            var t = LineTokens.Split(line);
            var from = opensWithDate ? PublishedInEnd(t) : placeFirst && !LineTokens.HasBar(line) ? PlaceEnd(t) : SectionEnd(t);
            if (t.Count == 0 || from < 0 || (t.Before(0) & Separators.Parenthesis) != 0 || !DateRun.IsWholeRun(t, from, IssueTailStart(t, ShareButtonsStart(t, CreditPartsStart(t, CategoryStart(t, UserNameStart(t))))), out var r))
            {
                return DateLineKind.None;
            }

            // "Today at 09:14" is a time; "Today, January 7, 2021" opens a sentence.
            if ((first.LowerIs("today") || first.LowerIs("yesterday")) && r.HasDayAndMonth)
            {
                return DateLineKind.None;
            }

            // After a place in capitals only a whole date makes the line a date line ("WESTHAVEN November 27, 2026 09:14 IST").
            if (placeFirst && !LineTokens.HasBar(line) && r.Date == null)
            {
                return DateLineKind.None;
            }

            // After a section's name only a whole day makes the line a date line ("News | March 4, 2024").
            if (from > 0 && !r.HasDayAndMonth)
            {
                return DateLineKind.None;
            }

            date = r.Date;
            return r.HasDayAndMonth ? DateLineKind.Day : DateLineKind.TimeOnly;
        }

        /// <summary>Whether a date line opens with an update's label (<c>Updated</c>, <c>Last modified</c>): it dates no publication.</summary>
        public static bool OpensWithUpdateLabel(string line) =>
            Words.TryFirst(line, 0, line.Length, out var first) && Lexicon.UpdateLabels.ContainsBare(first);

        /// <summary>The longest footer sentence read for its date.</summary>
        private const int MaxFooterDateWords = 60;

        /// <summary>
        /// A blog's footer sentence that dates the post: <c>This entry was posted on Monday, March 4th, 2024 at 10:15 am and is
        /// filed under News.</c>, <c>Created on March 4, 2024. Last modified on March 5, 2024.</c> The date needs its year.
        /// </summary>
        public static bool TryReadFooterDate(string line, out DateTime? date)
        {
            date = null;
            if (!Words.TryFirst(line, 0, line.Length, out var first) || !(first.Is("This") || Lexicon.FooterDateLabels.ContainsBare(first)) || !HasDigit(line) ||
                Chars.CountWords(line, 0, line.Length, limit: MaxFooterDateWords + 1) > MaxFooterDateWords)
            {
                return false;
            }

            var t = LineTokens.Split(line);
            var k = 0;

            // "This entry was", "This article was": what is dated, then the label.
            if (t[0].Is("This"))
            {
                if (t.Count < 4 || !t[2].LowerIs("was") || t.Before(1) != Separators.None || t.Before(2) != Separators.None)
                {
                    return false;
                }

                k = 3;
            }

            if (!Lexicon.FooterDateLabels.ContainsBare(t[k]))
            {
                return false;
            }

            var r = default(DateRunResult);
            if (DateRun.Read(t, k, t.Count, ref r) <= k + 1 || r.Date == null)
            {
                return false;
            }

            date = r.Date;
            return true;
        }

        /// <summary>The most parts of an issue's designation (<c>Vol. 41, No. 3</c>: two).</summary>
        private const int MaxIssueParts = 3;

        /// <summary>
        /// Where a newsletter's or magazine's issue designation from <paramref name="from"/> ends, past the bar after it
        /// (<c>Vol. 41, No. 3 ·</c>, <c>Issue 212 |</c>, <c>Volume 4, Issue 2 •</c>): a label and a number, up to three times,
        /// joined by commas. Returns the token after the bar, or 0.
        /// </summary>
        private static int IssueEnd(LineTokens t, int from)
        {
            var end = IssueDesignationEnd(t, from);
            return end > 0 && end < t.Count && (t.Before(end) & Separators.Bar) != 0 ? end : 0;
        }

        /// <summary>
        /// Where an issue designation closing the line starts, at the bar before it (<c>24 October 2026 · Issue 38</c>), else
        /// <paramref name="end"/>: the date line's own part ends there.
        /// </summary>
        private static int IssueTailStart(LineTokens t, int end)
        {
            for (var k = end - 2; k > 0; k--)
            {
                if ((t.Before(k) & Separators.Bar) != 0)
                {
                    return IssueDesignationEnd(t, k) == end ? k : end;
                }
            }

            return end;
        }

        /// <summary>The token after an issue designation's last number from <paramref name="from"/> (labels and numbers joined by commas), or 0.</summary>
        private static int IssueDesignationEnd(LineTokens t, int from)
        {
            var k = from;
            var parts = 0;
            while (k + 1 < t.Count && parts < MaxIssueParts && Lexicon.IssueNumberLabels.ContainsBare(t[k]) && t[k + 1].IsDigits && t.Before(k + 1) == Separators.None)
            {
                parts++;
                k += 2;
                if (k >= t.Count || t.Before(k) != Separators.Comma)
                {
                    return k;
                }
            }

            return 0;
        }

        /// <summary>
        /// The section a story is filed in, before a bar and the date (<c>News | March 4, 2024</c>, <c>Local Politics •
        /// …</c>, <c>Media release | 2 April 2024</c>): one to four words, the first capitalised. Returns the token after the
        /// bar, or -1.
        /// </summary>
        private static int SectionEnd(LineTokens t)
        {
            // "Vol. 41, No. 3 · Sunday 3rd March, 2024": a newsletter's issue, alone or after its name.
            var issueEnd = IssueEnd(t, 0);
            if (issueEnd > 0)
            {
                return issueEnd;
            }

            for (var k = 0; k < t.Count && k < 4; k++)
            {
                var w = t[k];
                if (k > 0 && t.Before(k) != Separators.None)
                {
                    // "Jane Doe | March 4, 2024" is a byline with its date, read as one: a section is named by no given name.
                    if ((t.Before(k) & Separators.Bar) == 0 || IsGivenNameAndMore(t, k))
                    {
                        return -1;
                    }

                    issueEnd = IssueEnd(t, k);
                    return issueEnd > 0 ? issueEnd : k;
                }

                // "Media release | 2 April 2024": a section's name may go on in lower case after its capital.
                if (!char.IsLetter(w.First) || (k == 0 && !w.IsCapitalized))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Most words of a publication's name after <c>Published in</c>.</summary>
        private const int MaxPublishedInWords = 5;

        /// <summary>
        /// Past a blog platform's <c>Published in Street Level ·</c> or <c>Filed under Parish News |</c> (a date's label, <c>in</c>
        /// or <c>under</c>, the publication's or category's capitalised name, a bar): the token after the bar, where the date line's times and date go on; 0 for any other line.
        /// </summary>
        private static int PublishedInEnd(LineTokens t)
        {
            if (t.Count < 4 || !Lexicon.DateLabels.ContainsBare(t[0]) || !(t[1].LowerIs("in") || t[1].LowerIs("under")) || !t[2].IsCapitalized || t.Before(1) != Separators.None)
            {
                return 0;
            }

            var k = 2;
            while (k < t.Count && k - 2 < MaxPublishedInWords && t.Before(k) == Separators.None)
            {
                k++;
            }

            return k < t.Count && (t.Before(k) & Separators.Bar) != 0 ? k : 0;
        }

        /// <summary>
        /// Where the place filed from ends, printed in capitals before the date with no separator (<c>WESTHAVEN November 27,
        /// 2026</c>): one to three words of capitals; -1 when none.
        /// </summary>
        private static int PlaceEnd(LineTokens t)
        {
            var k = 0;
            while (k < t.Count && k < 3 && t.Before(k) == Separators.None && t[k].IsAllCaps && char.IsLetter(t[k].First) && !Dates.CanStartDate(t[k]))
            {
                k++;
            }

            return k > 0 && k < t.Count && t.Before(k) == Separators.None ? k : -1;
        }

        /// <summary>Two or three words before <paramref name="end"/>, the first a given name: a person, not a section.</summary>
        private static bool IsGivenNameAndMore(LineTokens t, int end) =>
            end >= 2 && Lexicon.IsGivenNameBare(t[0]);

        /// <summary>
        /// A dash standing between spaces (<c>Westhaven Courier - Tue, 11/07/2017 - 08:30</c>): like a bar, it parts the
        /// source's or section's name from the date.
        /// </summary>
        public static bool HasStandingDash(string line)
        {
            // The dashes are found by the framework's search (a line of prose holds few), and only their neighbours are read.
            for (var i = line.Length > 2 ? line.IndexOfAny(Chars.Dashes, 1) : -1; i >= 0 && i + 1 < line.Length; i = line.IndexOfAny(Chars.Dashes, i + 1))
            {
                if (line[i - 1] == ' ' && line[i + 1] == ' ')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a blog's user name closes the line (<c>Posted on March 4, 2024 by admin</c>): <c>by</c> and one word in lower
        /// case, which names no person (a person's name is read by <see cref="BylineDetector"/>). The line's end otherwise.
        /// A byline's label left empty closes it too (<c>Monday, 03 February 2026 01:45 Written by</c>): the page printed no name.
        /// </summary>
        private static int UserNameStart(LineTokens t)
        {
            var n = t.Count;
            if (n >= 2 && t[n - 1].LowerIs("by") && t.Before(n - 1) == Separators.None)
            {
                return n >= 3 && Lexicon.FooterDateLabels.ContainsBare(t[n - 2]) && t.Before(n - 2) == Separators.None ? n - 2 : n - 1;
            }

            if (n < 3 || !t[n - 2].Is("by") || t.Before(n - 1) != Separators.None || t.Before(n - 2) != Separators.None)
            {
                return n;
            }

            var user = t[n - 1];
            for (var k = user.Start; k < user.End; k++)
            {
                var c = user.Source[k];
                if (!(char.IsLower(c) || char.IsDigit(c) || c == '_' || c == '.'))
                {
                    return n;
                }
            }

            return n - 2;
        }

        /// <summary>The longest place-and-date line: a town, a comma and a date.</summary>
        private const int MaxPlaceAndDateLength = 60;

        /// <summary>
        /// A press release's line of its town and day (<c>Westhaven, 23 November 2026</c>): up to three capitalised words, a
        /// comma, and a whole date with its year to the line's end.
        /// </summary>
        public static bool TryReadPlaceAndDateLine(string line, out DateTime? date)
        {
            date = null;
            var comma = line.IndexOf(',');
            if (line.Length > MaxPlaceAndDateLength || comma <= 0 || !char.IsUpper(line[0]) || !HasDigit(line))
            {
                return false;
            }

            var t = LineTokens.Split(line);
            var k = 0;
            while (k < t.Count && k < 3 && (k == 0 || t.Before(k) == Separators.None) && t[k].IsCapitalized && char.IsLetter(t[k].First) && !Dates.CanStartDate(t[k]))
            {
                k++;
            }

            if (k == 0 || k >= t.Count || t.Before(k) != Separators.Comma || !DateRun.IsWholeRun(t, k, t.Count, out var r) || r.Date == null || !r.HasDayAndMonth)
            {
                return false;
            }

            date = r.Date;
            return true;
        }

        /// <summary>
        /// Where the credits after a bar close a meta row (<c>Club News · 22 November 2026 · Words: Jo Roe · Photos: Tom Poe</c>):
        /// the parts after the last bar before them that each open with a credit's label and its colon. <paramref name="end"/> otherwise.
        /// </summary>
        private static int CreditPartsStart(LineTokens t, int end)
        {
            var start = end;
            for (var k = end - 1; k > 0; k--)
            {
                if ((t.Before(k) & Separators.Bar) == 0)
                {
                    continue;
                }

                if (!t.EndsWithColon(k) || !Lexicon.CreditPartLabels.ContainsBare(t[k]))
                {
                    break;
                }

                start = k;
            }

            return start;
        }

        /// <summary>The most share buttons read after a date line's date (<c>2 hours ago Share this</c>).</summary>
        private const int MaxShareButtons = 4;

        /// <summary>
        /// Where the share buttons closing a date line start (<c>2 hours ago Share this</c>, <c>Nov 27, 2026 Share Tweet</c>):
        /// share words up to <paramref name="end"/>, one of them a button's action; else <paramref name="end"/>.
        /// </summary>
        private static int ShareButtonsStart(LineTokens t, int end)
        {
            var start = end;
            var action = false;
            while (start > 1 && end - start < MaxShareButtons && Lexicon.ShareWords.ContainsBare(t[start - 1]) && !Lexicon.DateLabels.ContainsBare(t[start - 1]))
            {
                action |= Lexicon.ShareActionWords.ContainsBare(t[--start]);
            }

            return action ? start : end;
        }

        /// <summary>The most words of a blog's category after its post's date (<c>in Council decisions</c>).</summary>
        private const int MaxCategoryWords = 4;

        /// <summary>
        /// Where a blog's category closes a labelled date line (<c>Posted on 25 November 2026 in Council decisions</c>): <c>in</c>
        /// and up to four words to <paramref name="end"/>, the first capitalised, none a number. <paramref name="end"/> otherwise.
        /// </summary>
        private static int CategoryStart(LineTokens t, int end)
        {
            if (end < 4 || !Lexicon.DateLabels.ContainsBare(t[0]))
            {
                return end;
            }

            for (var k = Math.Max(1, end - MaxCategoryWords - 1); k < end - 1; k++)
            {
                if (!t[k].Is("in") || !t[k + 1].IsCapitalized || t.Before(k) != Separators.None)
                {
                    continue;
                }

                for (var j = k + 1; j < end; j++)
                {
                    if (!char.IsLetter(t[j].First) || t.Before(j) != Separators.None)
                    {
                        return end;
                    }
                }

                return k;
            }

            return end;
        }

        /// <summary>A date line opens with a number, a weekday or month, a label (<c>Published</c>) or a reading time.</summary>
        private static bool CanOpenDateLine(Word first) =>
            char.IsDigit(first.First) || Dates.CanStartDate(first) || Lexicon.DateLabels.ContainsBare(first) || Lexicon.ReadingTimeWords.ContainsBare(first) ||
            first.LowerIs("today") || first.LowerIs("yesterday") || (char.IsLower(first.First) && Lexicon.DateIconWords.Contains(first)) || Lexicon.Seasons.Contains(first);

        private static bool HasDigit(string s)
        {
            foreach (var c in s)
            {
                if (c >= '0' && c <= '9')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Reads a wire prefix at the start of a paragraph. Returns its length (what to cut from the paragraph),
        /// 0 when there is none.
        /// </summary>
        public static int TryReadWirePrefix(string text, out string? place, out string? agency, out int month, out int day, out int year)
        {
            place = agency = null;
            month = day = year = 0;
            if (text.Length > 0 && text[0] == '(')
            {
                return TryReadAgencyOnly(text, out agency);
            }

            // The place runs to a parenthesis, a comma or a spaced dash, within 80 characters, and holds four words at most. Most
            // first paragraphs run on past four words with none of those marks: where their fifth word starts is found first, and
            // the place's end is looked for only up to it (a place that ends past it would hold five words).
            var hasSlashedAgency = false;
            var scanEnd = Math.Min(text.Length, 80);
            var fifthWord = Chars.NthWordStart(text, 0, scanEnd, 5);
            var i = 0;
            var placeScanEnd = fifthWord < 0 ? scanEnd : fifthWord + 1;
            while (i < placeScanEnd && !(text[i] == '(' || text[i] == ',' || text[i] == ':' || (Chars.IsDash(text[i]) && i > 0 && text[i - 1] == ' ')))
            {
                i++;
            }

            if (fifthWord >= 0 && i > fifthWord)
            {
                return 0;
            }

            var placeEnd = i;

            var allCaps = true;
            for (var k = 0; k < placeEnd; k++)
            {
                if (char.IsLetter(text[k]) && !char.IsUpper(text[k]))
                {
                    allCaps = false;
                    break;
                }
            }

            var placeText = text.Substring(0, placeEnd).Trim();
            if (placeText.Length < 2 || Chars.CountWords(placeText) > 4 || !AllWordsCapitalized(placeText))
            {
                return 0;
            }

            // "BRACKENFORD, Wales--(BUSINESS WIRE)--Nov. 27, 2026-- The …": a press release's wire line.
            if (i < text.Length && text[i] == ',' && allCaps)
            {
                var release = TryReadReleaseWire(text, i, ref agency, out year, out month, out day);
                if (release > 0)
                {
                    place = Names.TitleCase(placeText);
                    return release;
                }
            }

            // ", Jan 7" or ", Jan. 7, 2021"
            if (i < text.Length && text[i] == ',')
            {
                var close = IndexOfAny(text, i + 1, "(\u2013\u2014-");

                // "NEW DELHI, March 4: The …": the date closed by a colon.
                var colon = text.IndexOf(':', i + 1, Math.Min(24, text.Length - i - 1));
                close = colon > 0 && (close < 0 || colon < close) && allCaps ? colon : close;
                var dateText = close < 0 ? string.Empty : text.Substring(i + 1, close - i - 1);

                // "BRACKENFORD, England —", "BRACKENFORD, Kestrel, March 4 (AP) —": the region in title case after a place in
                // capitals, perhaps before the date.
                var regionComma = allCaps ? dateText.IndexOf(',') : -1;
                var region = allCaps && IsRegion(regionComma < 0 ? dateText : dateText.Substring(0, regionComma));
                if (close < 0 || (dateText.Length == 0 && !region))
                {
                    return 0;
                }

                if (region)
                {
                    placeText = placeText + "," + (regionComma < 0 ? dateText : dateText.Substring(0, regionComma)).TrimEnd();
                    dateText = regionComma < 0 ? string.Empty : dateText.Substring(regionComma + 1);

                    // "SAN TEODORO, Batangan, Philippines —": the province, then the country.
                    if (dateText.Length > 0 && dateText.IndexOf(',') < 0 && IsRegion(dateText))
                    {
                        placeText = placeText + "," + dateText.TrimEnd();
                        dateText = string.Empty;
                    }
                }

                // "BRACKENFORD, Wales, Nov. 27, 2026 /PRNewswire/ --": a press release's wire between slashes after the date.
                var slashed = SlashedWireStart(dateText);
                if (slashed >= 0)
                {
                    agency = dateText.Substring(slashed + 1, dateText.Length - slashed - 1).Trim().Trim('/').Trim();
                    dateText = dateText.Substring(0, slashed);
                    hasSlashedAgency = agency.Length > 0;
                }

                // "SEFTON, Sept. 3, GNA –": a wire the lexicon knows after the date and a comma, with no brackets.
                var lastComma = slashed < 0 ? dateText.LastIndexOf(',') : -1;
                var afterComma = lastComma > 0 ? dateText.Substring(lastComma + 1).Trim() : string.Empty;
                if (afterComma.Length > 0 && Lexicon.Agencies.Contains(afterComma))
                {
                    agency = afterComma;
                    dateText = dateText.Substring(0, lastComma);
                    hasSlashedAgency = true;
                }

                if (dateText.Length > 0 && !TryReadWireDate(dateText, ref placeText, out year, out month, out day))
                {
                    return 0;
                }

                i = close;
            }

            var hasAgency = hasSlashedAgency;
            i = Chars.SkipSpaces(text, i, text.Length);
            if (i < text.Length && text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || close - i > 40)
                {
                    return 0;
                }

                agency = text.Substring(i + 1, close - i - 1).Trim();
                hasAgency = agency.Length > 0 && Chars.CountWords(agency) <= 4 && AllWordsCapitalized(agency);
                i = Chars.SkipSpaces(text, close + 1, text.Length);

                // "NEW DELHI, March 4 (IANS) The …": a dated wire line whose agency closes it with no dash, or with a colon
                // ("NEW DELHI, March 4 (IANS): The …"); the place may be in title case before a known agency ("New Delhi, Nov 27
                // (IANS) The …"), or before an agency's initials no list holds ("Mumbai, Jan 22 (NPA) The …").
                var wirePlace = allCaps || (hasAgency && (Lexicon.Agencies.Contains(agency!) || IsInitials(agency!)));
                if (hasAgency && wirePlace && month > 0 && i < text.Length && char.IsUpper(text[i]))
                {
                    place = Names.TitleCase(placeText);
                    return i;
                }

                if (hasAgency && wirePlace && month > 0 && i + 1 < text.Length && text[i] == ':')
                {
                    var after = Chars.SkipSpaces(text, i + 1, text.Length);
                    if (after < text.Length && char.IsUpper(text[after]))
                    {
                        place = Names.TitleCase(placeText);
                        return after;
                    }
                }
            }

            // "NEW DELHI: The ministry said …": a place in capitals and a colon, with no agency, opens Indian and Pakistani copy.
            if (i < text.Length && !hasAgency && allCaps && text[i] == ':' && IsPlaceColon(text, placeText, i))
            {
                place = Names.TitleCase(placeText);
                return Chars.SkipSpaces(text, i + 1, text.Length);
            }

            // "Brackenford, November 27, 2026 — The …": a place in title case takes an agency or a whole date before the dash.
            var datedPlace = year > 0 && Words.TryFirst(placeText, 0, placeText.Length, out var placeFirst) && !Lexicon.FunctionWords.ContainsBare(placeFirst);
            if (i >= text.Length || !Chars.IsDash(text[i]) || (!allCaps && !hasAgency && !datedPlace))
            {
                place = agency = null;
                month = day = year = 0;
                return 0;
            }

            place = allCaps ? Names.TitleCase(placeText) : placeText;
            return SkipDashes(text, i + 1);
        }

        /// <summary>Whether a bracket's text is an agency's initials: two to five capital letters (<c>NPA</c>).</summary>
        private static bool IsInitials(string text)
        {
            if (text.Length < 2 || text.Length > 5)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c < 'A' || c > 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where a wire's name between slashes closes the date's text (<c>Nov. 27, 2026 /PRNewswire/ </c>), else -1.</summary>
        private static int SlashedWireStart(string dateText)
        {
            var end = dateText.Length;
            while (end > 0 && dateText[end - 1] == ' ')
            {
                end--;
            }

            if (end < 3 || dateText[end - 1] != '/')
            {
                return -1;
            }

            var open = dateText.LastIndexOf('/', end - 2);
            return open >= 0 && (open == 0 || dateText[open - 1] == ' ') && end - open > 2 ? open : -1;
        }

        /// <summary>
        /// A press release's wire line after the place and its comma: the region, the wire in parentheses between double
        /// dashes, the date, and a double dash (<c>, Wales--(BUSINESS WIRE)--Nov. 27, 2026-- </c>). Returns where the
        /// paragraph's text begins, or 0.
        /// </summary>
        private static int TryReadReleaseWire(string text, int comma, ref string? agency, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var open = text.IndexOf("--(", comma, Math.Min(40, text.Length - comma), StringComparison.Ordinal);
            if (open < 0)
            {
                return 0;
            }

            var close = text.IndexOf(")--", open, Math.Min(40, text.Length - open), StringComparison.Ordinal);
            if (close < 0)
            {
                return 0;
            }

            var dateStart = close + 3;
            var dateEnd = text.IndexOf("--", dateStart, Math.Min(30, text.Length - dateStart), StringComparison.Ordinal);
            if (dateEnd < 0)
            {
                return 0;
            }

            var words = Words.Split(text, dateStart, dateEnd);
            var parts = new string[words.Count];
            for (var k = 0; k < parts.Length; k++)
            {
                parts[k] = words[k].Text;
            }

            if (parts.Length == 0 || Dates.TryRead(parts, 0, out year, out month, out day) != parts.Length)
            {
                year = month = day = 0;
                return 0;
            }

            agency = text.Substring(open + 3, close - open - 3).Trim();
            return SkipDashes(text, dateEnd);
        }

        /// <summary>
        /// The date after the place's comma (<c>Jan 7</c>, <c>Jan. 7, 2021</c>), or a second part of the place in capitals or a
        /// state's abbreviation (<c>WASHINGTON, D.C. (Reuters) -</c>, <c>SPRINGFIELD, Ill. (AP) —</c>), added to the place.
        /// </summary>
        private static bool TryReadWireDate(string dateText, ref string placeText, out int year, out int month, out int day)
        {
            var words = Words.Split(dateText);
            var parts = new string[words.Count];
            for (var k = 0; k < parts.Length; k++)
            {
                parts[k] = words[k].Text;
            }

            var used = Dates.TryRead(parts, 0, out year, out month, out day);
            if (used > 0 && used == parts.Length)
            {
                return true;
            }

            month = day = year = 0;
            if (words.Count == 0 || words.Count > 3 || !(Names.IsAllCaps(dateText) || IsAbbreviatedPlace(dateText, words)))
            {
                return false;
            }

            placeText = placeText + "," + dateText.TrimEnd();
            return true;
        }

        /// <summary>"(Reuters) - The …": an agency's name in parentheses opening the paragraph before a dash, with no place.</summary>
        private static int TryReadAgencyOnly(string text, out string? agency)
        {
            agency = null;
            var close = text.IndexOf(')', 1, Math.Min(40, text.Length - 1));
            var name = close < 0 ? string.Empty : text.Substring(1, close - 1).Trim();
            if (close < 0 || !Lexicon.Agencies.Contains(name))
            {
                return 0;
            }

            var i = Chars.SkipSpaces(text, close + 1, text.Length);
            if (i >= text.Length || !Chars.IsDash(text[i]))
            {
                return 0;
            }

            agency = name;
            return SkipDashes(text, i);
        }

        /// <summary>Past the dashes and spaces that close a wire prefix, from <paramref name="i"/>.</summary>
        private static int SkipDashes(string text, int i)
        {
            while (i < text.Length && (Chars.IsDash(text[i]) || text[i] == ' '))
            {
                i++;
            }

            return i;
        }

        /// <summary>A region after a place in capitals: one or two capitalised words of letters (<c>England</c>, <c>West Kestrel</c>).</summary>
        private static bool IsRegion(string text)
        {
            var words = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++words > 2 || !w.IsCapitalized || w.IsAllCaps || Dates.CanStartDate(w))
                {
                    return false;
                }

                for (var k = w.Start; k < w.End; k++)
                {
                    if (!char.IsLetter(w.Source[k]))
                    {
                        return false;
                    }
                }
            }

            return words > 0;
        }

        /// <summary>A state's or province's abbreviation after the city: <c>Wis.</c>, <c>N.H.</c>, <c>Calif.</c></summary>
        private static bool IsAbbreviatedPlace(string text, List<Word> words)
        {
            var trimmed = text.Trim();
            if (trimmed.Length < 2 || trimmed[trimmed.Length - 1] != '.' || words.Count > 2)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (!w.IsCapitalized || w.End - w.Start > 6)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether <c>PLACE:</c> opens a dateline: a place of letters only, not a label (<c>UPDATE:</c>, <c>WATCH:</c>), then
        /// the sentence, which is not a quotation (a speaker's label in a transcript is followed by what was said).
        /// </summary>
        private static bool IsPlaceColon(string text, string placeText, int colon)
        {
            var next = Chars.SkipSpaces(text, colon + 1, text.Length);
            if (next >= text.Length || next == colon + 1 || !char.IsUpper(text[next]) || Lexicon.StoryLabels.Contains(placeText) ||
                Chars.CountWords(text, next, text.Length, limit: 13) < 12)
            {
                return false;
            }

            foreach (var c in placeText)
            {
                if (!char.IsLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'')
                {
                    return false;
                }
            }

            return Chars.CountWords(placeText) <= 3;
        }

        private static bool AllWordsCapitalized(string s)
        {
            var at = 0;
            while (Words.TryNext(s, ref at, s.Length, out var w))
            {
                if (!w.IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOfAny(string s, int start, string chars)
        {
            for (var i = start; i < s.Length && i < start + 60; i++)
            {
                if (chars.IndexOf(s[i]) >= 0 && (s[i] != '-' || (i > 0 && s[i - 1] == ' ')))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
