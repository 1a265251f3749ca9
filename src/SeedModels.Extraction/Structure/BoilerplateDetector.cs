using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which lines are the publisher's furniture rather than the story: tips, follow-us, sign-ups and
    /// read-more lines, share rows (<c>Facebook Twitter Email</c>), page controls (<c>Join the conversation</c>), ad and
    /// player notices, a reader's consent under a sign-up box, calls to subscribe, download or donate, affiliate
    /// disclosures, wire sign-offs (<c>(Reporting by …; Editing by …)</c>), gallery counters (<c>3 of 12</c>), link lists
    /// under <c>Read more</c> or <c>Related</c>, and the tags and links after the story's last paragraph.
    /// </summary>
    internal static class BoilerplateDetector
    {
        private const string OriginallyPublished = "Originally published as ";

        /// <summary>Share rows, notices and prompts are short; longer lines are story.</summary>
        private const int MaxShareRowWords = 16;

        private const int MaxNoticeWords = 14;

        private const int MaxCallToActionWords = 40;

        /// <summary>A link in a list under <c>Read more</c> is a headline: short, perhaps with a label.</summary>
        private const int MaxLinkWords = 30;

        /// <summary>A disclosure about advertising or affiliate links is a short paragraph.</summary>
        private const int MaxDisclosureWords = 70;

        /// <summary>How far from the top or the end an author's note (a biography, an invitation to write to them) is looked for.</summary>
        private const int AuthorNoteReach = 4;

        /// <summary>An unlabelled list of links runs to a few lines; more is a list in the story.</summary>
        private const int MaxUnlabelledLinks = 4;

        /// <summary>A newsletter's pitch is a line or two.</summary>
        private const int MaxPitchWords = 35;

        /// <summary>A heading left at the end of a link list is short; the headlines of other stories are longer.</summary>
        private const int MaxHeadingAfterLinksWords = 6;

        /// <summary>A shop's or a link's name completing a label on the line above is a few words.</summary>
        private const int MaxCompletionWords = 4;

        /// <summary>A copyright notice is a line or two; a longer paragraph opening with the word is the story's.</summary>
        private const int MaxNoticeLength = 400;

        /// <summary>The paragraphs of prose a copyright notice must follow to close the page rather than stand in its header.</summary>
        private const int MinProseBeforeCopyright = 2;

        /// <summary>A label naming whose links follow (<c>More from The Harbour Gazette</c>) is a few words.</summary>
        private const int MaxNamedLabelWords = 7;

        private const int MaxNamedLabelLength = 80;

        /// <summary>A run of links between the header and the story: three lines or more, and a menu is short.</summary>
        private const int MinLeadLinks = 3;

        private const int MaxLeadLinks = 8;

        /// <summary>A price alone on a line: a currency sign and a few digits.</summary>
        private const int MaxPriceLength = 14;

        /// <summary>How many units past a contents list its sections' headings are looked for.</summary>
        private const int MaxContentsReach = 400;

        /// <summary>An embedded post is short: a few hundred characters.</summary>
        private const int MaxPostWords = 70;

        /// <summary>A teaser's label before its colon or bar is a few words (<c>You may also like:</c>).</summary>
        private const int MaxTeaserLabelLength = 30;

        /// <summary>A pager (<c>1 2 3 4 5 Next »</c>) and a rating widget's line are short.</summary>
        private const int MaxPagerLength = 40;

        private const int MaxRatingLength = 40;

        /// <summary>A sentence introducing a list has a subject and a verb: <c>The winners were:</c>.</summary>
        private const int MinListIntroducerWords = 3;

        /// <summary>How many units after a comment count may still be the page's comment section rather than the story.</summary>
        private const int MaxCommentSectionUnits = 8;

        /// <summary>A picture's file name is one short token.</summary>
        private const int MaxFileNameLength = 80;

        /// <summary>A paywall's prompt or meter is a line or two.</summary>
        private const int MaxPaywallWords = 25;

        /// <summary>A paywall's meter (<c>You've read 3 of 5 free articles this month.</c>) is one short sentence.</summary>
        private const int MaxMeterWords = 16;

        /// <summary>The tags and links after the last paragraph are short lines.</summary>
        private const int MaxTrailingWords = 14;

        /// <summary>Whether the whole line is boilerplate; <paramref name="namedHeadline"/> gets X from <c>Originally published as X</c>.</summary>
        public static bool IsBoilerplate(string line, out string? namedHeadline) => IsBoilerplate(line, -1, out namedHeadline);

        /// <summary>The same, given the line's word count (<see cref="Chars.CountWords(string)"/>), or -1 when not counted.</summary>
        public static bool IsBoilerplate(string line, int words, out string? namedHeadline)
        {
            namedHeadline = null;
            var text = line.Trim();
            if (text.Length == 0)
            {
                return false;
            }

            if (Prefixes.StartsAt(text, 0, OriginallyPublished))
            {
                var named = text.Substring(OriginallyPublished.Length).Trim();
                namedHeadline = named.Length > 0 ? named : null;
                return true;
            }

            if (IsTipRequest(text) || IsFollowUs(text, words) || StartsWithAny(text, Lexicon.FurnitureOpeners) || IsSignOff(text) || IsLabelledTeaser(text))
            {
                return true;
            }

            if (Lexicon.FurnitureLines.Contains(text) || IsNumberOnly(text) || IsControlGlyph(text) || IsImageFileName(text) || IsCommentCount(text) || IsCommentSectionHeading(text) || IsSlashCounter(text) || IsPriceOnly(text) || IsGalleryCounter(text) || IsPager(text) || IsRating(text) || IsEmbedSignature(text) ||
                IsBareAddress(text) || IsCopyrightNotice(text))
            {
                return true;
            }

            // Each check tests the first word or its marks first and counts words only then: most lines fail before any count.
            if (!Words.TryFirst(text, 0, text.Length, out var first))
            {
                return false;
            }

            return IsShareRow(text, first, words) || IsDisclosure(text, first, words) || IsNotice(text, first, words) || IsConsent(text, first) ||
                   IsCallToAction(text, first, words) || IsPaywallPrompt(text, first, words) || IsSupportAppeal(text, words);
        }

        /// <summary>
        /// The boilerplate rules that look past a line's opening, for a line that opens with an ordinary word: a disclosure
        /// naming the publisher first (<c>Harbour Gazette may earn a commission …</c>), an ad or player notice whose words
        /// stand anywhere (<c>The video player failed to load</c>) and a call to action after a label and a colon.
        /// </summary>
        public static bool IsBoilerplatePastItsOpening(string line) => IsBoilerplatePastItsOpening(line, -1);

        /// <summary>The same, given the line's word count, or -1 when not counted.</summary>
        public static bool IsBoilerplatePastItsOpening(string line, int words)
        {
            var text = line.Trim();
            return IsImageFileName(text) || (Words.TryFirst(text, 0, text.Length, out var first) &&
                   (IsDisclosure(text, first, words) || IsNotice(text, first, words) || (text.IndexOf(':') >= 0 && IsCallToAction(text, first, words)) ||
                    IsPaywallPrompt(text, first, words) || IsSupportAppeal(text, words)));
        }

        /// <summary>
        /// Another story's headline after a link-list or teaser label and a colon or bar on the same line (<c>You may also like:
        /// …</c>, <c>Catch up | …</c>). The label is read up to the first colon or bar near the line's start.
        /// </summary>
        private static bool IsLabelledTeaser(string text)
        {
            var end = System.Math.Min(text.Length, MaxTeaserLabelLength);
            var mark = -1;
            for (var k = 1; k < end && mark < 0; k++)
            {
                mark = text[k] == ':' || text[k] == '|' ? k : -1;
            }

            if (mark < 0 || mark + 2 >= text.Length)
            {
                return false;
            }

            var rest = Chars.SkipSpaces(text, mark + 1, text.Length);
            return rest < text.Length && char.IsLetterOrDigit(text[rest]) &&
                   (Lexicon.LinkListLabels.Contains(text, 0, mark) || Lexicon.TeaserLabels.Contains(text, 0, mark));
        }

        /// <summary>A label over a list of links: <c>Read more</c>, <c>Related coverage</c>, <c>More about</c>, <c>Tags</c>.</summary>
        public static bool IsLinkListLabel(string line) => Lexicon.LinkListLabels.Contains(line) || IsNamedLinkListLabel(line);

        /// <summary>
        /// A label naming whose links follow: <c>More from The Harbour Gazette</c>, <c>More in Politics</c>, <c>Latest from
        /// Nora Quill</c>. A short line, no sentence: a crosshead saying the same would end where its section starts.
        /// </summary>
        private static bool IsNamedLinkListLabel(string line)
        {
            var opener = Lexicon.LinkListLabelOpeners.Match(line);
            if (opener == null || line.Length > MaxNamedLabelLength || EndsSentence(line))
            {
                return false;
            }

            // The label names someone or something after its opening: a capital (More from The Herald, More in Sport).
            var at = opener.Length;
            while (at < line.Length && line[at] == ' ')
            {
                at++;
            }

            return at < line.Length && (char.IsUpper(line[at]) || char.IsDigit(line[at])) &&
                   Chars.CountWords(line, 0, line.Length, limit: MaxNamedLabelWords + 1) <= MaxNamedLabelWords;
        }

        /// <summary>A gallery's counter over a caption: <c>1 of 12</c>, <c>3 of 12 |</c>, <c>Image 2 of 9</c>.</summary>
        public static bool IsGalleryCounter(string line)
        {
            if (line.Length > 24)
            {
                return false;
            }

            // Three or four words, read in place: every line with a role of its own comes here.
            Word w0 = default, w1 = default, w2 = default, w3 = default;
            var count = 0;
            var i = 0;
            while (Words.TryNext(line, ref i, line.Length, out var w))
            {
                switch (count++)
                {
                    case 0: w0 = w; break;
                    case 1: w1 = w; break;
                    case 2: w2 = w; break;
                    case 3: w3 = w; break;
                    default: return false;
                }
            }

            return count == 3 ? IsCounter(w0, w1, w2) : count == 4 && Lexicon.GalleryCounterWords.Contains(w0) && IsCounter(w1, w2, w3);
        }

        /// <summary>
        /// A counter written with a slash: <c>1 / 12</c>, <c>3/9</c>. Pages set it above or below its picture's caption, so it
        /// is furniture without making the line after it a caption.
        /// </summary>
        private static bool IsSlashCounter(string line)
        {
            var k = Chars.SkipSpaces(line, 0, line.Length);
            var digits = 0;
            for (; k < line.Length && char.IsDigit(line[k]); k++)
            {
                digits++;
            }

            k = Chars.SkipSpaces(line, k, line.Length);
            if (digits == 0 || digits > 3 || k >= line.Length || line[k] != '/')
            {
                return false;
            }

            k = Chars.SkipSpaces(line, k + 1, line.Length);
            digits = 0;
            for (; k < line.Length && char.IsDigit(line[k]); k++)
            {
                digits++;
            }

            return digits > 0 && digits <= 3 && Chars.TrimEnd(line, k, line.Length) == k;
        }

        private static bool IsCounter(Word number, Word of, Word total) => IsDigits(number) && of.LowerIs("of") && IsDigits(total);

        /// <summary>
        /// Furniture that only its neighbours give away, after the headline: single share buttons in a row
        /// (<c>Tweet</c> / <c>Facebook</c> / <c>Mail</c>), the links under a link-list label, and the short lines (tags,
        /// links, contact lines) after the story's last paragraph.
        /// </summary>
        public static void DetectInContext(List<Unit> units)
        {
            MarkShareButtons(units);
            MarkEmbeddedPosts(units);
            MarkLabelCompletions(units);
            MarkLinkLists(units);
            MarkAfterCopyrightNotice(units);
            MarkCommentThreads(units);
            MarkAfterCommentCount(units);
            MarkTrailingFurniture(units);
        }

        /// <summary>
        /// The readers' comments under a story: a comments label or count (<c>Comments</c>, <c>12 Comments</c>) over a
        /// commenter's line (<c>Jane Roe says:</c>, or a name over <c>2 hours ago</c> or a date). What follows is the readers',
        /// not the story's, its date lines too; the label alone (a button between paragraphs) closes nothing.
        /// </summary>
        private static void MarkCommentThreads(List<Unit> units)
        {
            for (var i = 0; i + 1 < units.Count; i++)
            {
                var label = units[i];
                if (label.Kind != UnitKind.Boilerplate || !label.IsSingleLine || label.Text.Length > 24 || !IsCommentsLabel(label.Text.Trim()) ||
                    !IsCommenterLine(units, i + 1) || !HasProseParagraphsBefore(units, i, MinProseBeforeCopyright))
                {
                    continue;
                }

                // A comment's date line dates the comment, not the story.
                for (var k = i + 1; k < units.Count; k++)
                {
                    var kind = units[k].Kind;
                    if (kind == UnitKind.Text || kind == UnitKind.Crosshead || kind == UnitKind.Dateline)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                return;
            }
        }

        private static bool IsCommentsLabel(string text) =>
            Lexicon.CommentThreadLabels.Contains(text) || IsCommentCount(text) || Prefixes.StartsAt(text, 0, "Comments (");

        /// <summary>A commenter's line: <c>Jane Roe says:</c>, or a person's name alone over the time of the comment.</summary>
        private static bool IsCommenterLine(List<Unit> units, int k)
        {
            var unit = units[k];
            if (!unit.IsSingleLine || unit.Text.Length > 60 || (unit.Kind != UnitKind.Text && unit.Kind != UnitKind.Crosshead))
            {
                return false;
            }

            // The time of the comment stands under the commenter's line: "Jane Roe said:" over a quotation is the story's.
            if (k + 1 >= units.Count || !units[k + 1].IsSingleLine || units[k + 1].Text.Length > 60 || !IsCommentTime(units[k + 1].Text.Trim()))
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (text.Length > 0 && text[text.Length - 1] == ':')
            {
                var words = Words.Split(text);
                return words.Count >= 2 && words.Count <= 5 && Lexicon.CommenterVerbs.ContainsBare(words[words.Count - 1]) && Names.IsPersonName(words, 0, words.Count - 1);
            }

            return Names.IsPersonName(text);
        }

        /// <summary>When a comment was posted: <c>2 hours ago</c>, <c>November 27, 2026 at 4:12 pm</c>.</summary>
        private static bool IsCommentTime(string text)
        {
            var at = 0;
            var digits = false;
            Word last = default;
            var any = false;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                digits |= char.IsDigit(w.First);
                last = w;
                any = true;
            }

            return any && digits && (last.LowerIs("ago") || Dates.IsClockTime(last.Bare) || last.LowerIs("pm") || last.LowerIs("am") || IsYearAt(text, System.Math.Max(0, text.Length - 4)));
        }

        /// <summary>Whether at least <paramref name="needed"/> paragraphs of prose stand before unit <paramref name="i"/>.</summary>
        private static bool HasProseParagraphsBefore(List<Unit> units, int i, int needed)
        {
            var prose = 0;
            for (var k = 0; k < i && prose < needed; k++)
            {
                prose += units[k].Kind == UnitKind.Text && IsProse(units[k].Text) ? 1 : 0;
            }

            return prose >= needed;
        }

        /// <summary>
        /// An embedded post copied with the page: its text stands on the line over its signature (<c>Opening day! pic.…</c> /
        /// <c>— Jane Roe (@janeroe) May 2, 2024</c>). The post is the page's embed, not the story's prose.
        /// </summary>
        private static void MarkEmbeddedPosts(List<Unit> units)
        {
            for (var i = 1; i < units.Count; i++)
            {
                var signature = units[i];
                var post = units[i - 1];
                if (signature.Kind != UnitKind.Boilerplate || post.Kind != UnitKind.Text || !signature.IsSingleLine ||
                    signature.Text.IndexOf("(@", System.StringComparison.Ordinal) < 0 || !IsEmbedSignature(signature.Text.Trim()) ||
                    post.WordsUpTo(MaxPostWords + 1) > MaxPostWords || !(HasPostMark(post.Text) || !EndsSentence(post.Text)))
                {
                    continue;
                }

                post.Kind = UnitKind.Boilerplate;
            }
        }

        /// <summary>
        /// What a post carries and a paragraph of the story seldom does: a link, a picture's link, a hashtag, a handle or an
        /// emoji. A post of plain sentences is told from the story's paragraph over a signature (a post of a picture alone) by
        /// these only.
        /// </summary>
        private static bool HasPostMark(string text)
        {
            for (var k = 0; k < text.Length; k++)
            {
                var c = text[k];
                if (char.IsSurrogate(c) || ((c == '#' || c == '@') && k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1])))
                {
                    return true;
                }
            }

            return text.IndexOf("http", System.StringComparison.Ordinal) >= 0 || text.IndexOf("pic.", System.StringComparison.Ordinal) >= 0;
        }

        /// <summary>
        /// A page's copyright notice with a year or a reservation of rights (<c>Copyright 2024 The Herald. All rights
        /// reserved.</c>, <c>© 2024 …</c>); a picture's credit (<c>© Jane Roe</c>, <c>Copyright Press Photo</c>) is none.
        /// </summary>
        public static bool IsCopyrightNotice(string text)
        {
            var mark = Lexicon.CopyrightMarks.Match(text);
            if (mark == null || text.Length > MaxNoticeLength)
            {
                return false;
            }

            // A year within the next few characters (past a second mark: "Copyright © 2024"), else the reservation anywhere.
            var at = mark.Length;
            var end = System.Math.Min(text.Length, at + 16);
            for (var k = at; k + 4 <= end; k++)
            {
                if (IsYearAt(text, k))
                {
                    return true;
                }
            }

            return text.IndexOf("rights reserved", System.StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>
        /// What closes a page after its story: the copyright notice, or the heading of the readers' comments (<c>3 thoughts on
        /// "…"</c>, <c>Leave a Reply</c>): the comments under it are readers', not the story's.
        /// </summary>
        private static bool ClosesThePage(string text) =>
            IsCopyrightNotice(text) || IsCommentSectionHeading(text) || Lexicon.CommentSectionHeadings.Contains(text);

        /// <summary>
        /// A blog's heading over its readers' comments: a count, then what they are and what about (<c>3 thoughts on "…"</c>,
        /// <c>12 responses to "…"</c>, <c>One comment on "…"</c>).
        /// </summary>
        private static bool IsCommentSectionHeading(string text)
        {
            if (text.Length > 300 || !(char.IsDigit(text[0]) || text[0] == 'O'))
            {
                return false;
            }

            var at = 0;
            if (!Words.TryNext(text, ref at, text.Length, out var count) || !(IsDigits(count) || count.Is("One")) ||
                !Words.TryNext(text, ref at, text.Length, out var noun) || !Lexicon.CommentHeadingNouns.Contains(noun) ||
                !Words.TryNext(text, ref at, text.Length, out var preposition))
            {
                return false;
            }

            if (!preposition.Is("on") && !preposition.Is("to"))
            {
                return false;
            }

            // The post's title follows, quoted or capitalised, and no sentence ends: "12 responses to the survey backed it." is prose.
            var title = Chars.SkipSpaces(text, preposition.End, text.Length);
            return title < text.Length && (IsOpeningQuoteMark(text[title]) || (char.IsUpper(text[title]) && !EndsSentence(text)));
        }

        private static bool IsOpeningQuoteMark(char c) => c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '\u00AB';

        /// <summary>Four digits from 1900 to 2099 standing alone at <paramref name="k"/>.</summary>
        private static bool IsYearAt(string text, int k) =>
            (text[k] == '1' && text[k + 1] == '9' || text[k] == '2' && text[k + 1] == '0') && char.IsDigit(text[k + 2]) && char.IsDigit(text[k + 3]) &&
            (k == 0 || !char.IsLetterOrDigit(text[k - 1])) && (k + 4 == text.Length || !char.IsLetterOrDigit(text[k + 4]));

        /// <summary>
        /// The page's copyright notice closes the page: what a copy of the page holds after it (other stories, a site's
        /// sections) is not the story. Only a notice after the story's paragraphs counts, never one in the header.
        /// </summary>
        private static void MarkAfterCopyrightNotice(List<Unit> units)
        {
            // Notices are looked for first (furniture opening with their mark, nearly never there); prose is counted only then.
            var prose = 0;
            var counted = 0;
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Boilerplate || !unit.IsSingleLine || !ClosesThePage(unit.Text.Trim()))
                {
                    continue;
                }

                for (; counted < i && prose < MinProseBeforeCopyright; counted++)
                {
                    prose += units[counted].Kind == UnitKind.Text && IsProse(units[counted].Text) ? 1 : 0;
                }

                if (prose < MinProseBeforeCopyright)
                {
                    continue;
                }

                for (var k = i + 1; k < units.Count; k++)
                {
                    if (units[k].Kind == UnitKind.Text)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                return;
            }
        }

        /// <summary>
        /// A label that a link or a shop's name completes on the next line (<c>Price at</c> / <c>Harbour Stores</c>,
        /// <c>Available from</c> / <c>Dockside Books</c>): the short line under it is the label's.
        /// </summary>
        private static void MarkLabelCompletions(List<Unit> units)
        {
            for (var i = 0; i + 1 < units.Count; i++)
            {
                var label = units[i];
                var next = units[i + 1];
                if (label.Kind != UnitKind.Boilerplate || next.Kind != UnitKind.Text || !label.IsSingleLine || !next.IsSingleLine || !EndsWithPreposition(label.Text) ||
                    EndsSentence(next.Text) || next.WordsUpTo(MaxCompletionWords + 1) > MaxCompletionWords)
                {
                    continue;
                }

                next.Kind = UnitKind.Boilerplate;
                i++;
            }
        }

        /// <summary>A label left open: its last word is <c>at</c>, <c>from</c> or <c>on</c>.</summary>
        private static bool EndsWithPreposition(string text)
        {
            var end = text.Length;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == 0 || text[start - 1] != ' ')
            {
                return false;
            }

            var length = end - start;
            return (length == 2 && string.Compare(text, start, "at", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0) ||
                   (length == 2 && string.Compare(text, start, "on", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0) ||
                   (length == 4 && string.Compare(text, start, "from", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0);
        }

        /// <summary>
        /// A newsletter box: a short title, a line of pitch, then the sign-up button (<c>Morning Brief</c> / <c>The day's news in
        /// five minutes.</c> / <c>Sign up</c>). Walking back from the button over the box's other furniture (an address field, a
        /// consent line), the pitch and the title are the box's too.
        /// </summary>
        /// <remarks>Run after the header is read, so a byline above a box is never taken for its title.</remarks>
        public static void MarkSignUpBoxes(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (units[i].Kind != UnitKind.Boilerplate || !Lexicon.SignUpButtons.Contains(units[i].Text))
                {
                    continue;
                }

                // Back over the box's furniture; a label among it (a list's title) is the box's title, already furniture.
                var k = i - 1;
                var titled = false;
                while (k >= 0 && units[k].Kind == UnitKind.Boilerplate)
                {
                    titled |= units[k].IsLinkListLabel;
                    k--;
                }

                if (titled)
                {
                    continue;
                }

                if (k == i - 1 && k >= 0 && IsPitch(units[k]))
                {
                    units[k].Kind = UnitKind.Boilerplate;
                    k--;
                }

                if (k >= 0 && k < i - 1 && IsBoxTitle(units[k]))
                {
                    units[k].Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>
        /// Headlines of other stories set between paragraphs without a label: two or more headline-shaped lines in a row
        /// (<c>Storm closes schools across the county</c> / <c>Council to review flood plans</c>), none numbered, with prose
        /// before and after. A heading is one line, followed by its section.
        /// </summary>
        /// <remarks>Run after the header is read: a standfirst and a caption under the headline also stand in a row.</remarks>
        public static void MarkUnlabelledLinkLists(List<Unit> units, int bodyStart)
        {
            MarkLinksBeforeTheStory(units, bodyStart);
            MarkBodyTeasers(units, bodyStart);
            var i = bodyStart;
            while (i < units.Count)
            {
                if (!IsHeadlineShaped(units[i]) || !HasProseBefore(units, i))
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < units.Count && IsHeadlineShaped(units[end]))
                {
                    end++;
                }

                if (end - i >= 2 && end - i <= MaxUnlabelledLinks && end < units.Count && units[end].Kind == UnitKind.Text && IsProse(units[end].Text))
                {
                    for (var k = i; k < end; k++)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                i = end;
            }
        }

        /// <summary>
        /// Between the header and the story's first paragraph, a run of three or more short lines that are no sentences
        /// (<c>DOWNLOAD THE DEMO</c> / <c>Files: demos/socket/main.xml</c> / <c>Forum thread</c>) are the page's links: a heading
        /// there is one line, a standfirst is one paragraph.
        /// </summary>
        private static void MarkLinksBeforeTheStory(List<Unit> units, int bodyStart)
        {
            var k = bodyStart;
            var lines = 0;
            for (; k < units.Count; k++)
            {
                var unit = units[k];
                if (unit.Kind != UnitKind.Text)
                {
                    if (unit.Kind == UnitKind.Boilerplate)
                    {
                        continue;
                    }

                    return;
                }

                if (IsProse(unit.Text))
                {
                    break;
                }

                // A line ending a sentence, however short, is the story's own opening ("Tumblr and Yahoo.").
                if (!unit.IsSingleLine || unit.HasMarkup || ++lines > MaxLeadLinks || EndsSentence(unit.Text) ||
                    unit.WordsUpTo(MaxTrailingWords + 1) > MaxTrailingWords)
                {
                    return;
                }
            }

            if (k == units.Count || lines < MinLeadLinks)
            {
                return;
            }

            for (var m = bodyStart; m < k; m++)
            {
                units[m].Kind = units[m].Kind == UnitKind.Text ? UnitKind.Boilerplate : units[m].Kind;
            }
        }

        /// <summary>Another story's headline: one line of four to twenty words, capitalised, no full stop, not numbered.</summary>
        private static bool IsHeadlineShaped(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (text.Length == 0 || !char.IsUpper(text[0]) || EndsSentence(text) || text[text.Length - 1] == ':' || text[text.Length - 1] == ',')
            {
                return false;
            }

            var words = unit.WordsUpTo(21);
            return words >= 4 && words <= 20;
        }

        private static bool HasProseBefore(List<Unit> units, int i)
        {
            for (var k = i - 1; k >= 0; k--)
            {
                if (units[k].Kind == UnitKind.Text || units[k].Kind == UnitKind.Standfirst)
                {
                    return IsProse(units[k].Text);
                }

                if (units[k].Kind != UnitKind.Boilerplate && units[k].Kind != UnitKind.Caption && units[k].Kind != UnitKind.Credit)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A newsletter's pitch: one short line of one or two sentences, quoting no one.</summary>
        private static bool IsPitch(Unit unit) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && unit.WordsUpTo(MaxPitchWords + 1) <= MaxPitchWords &&
            unit.SentencesUpTo(3) <= 2 && unit.Text.IndexOf('"') < 0 && unit.Text.IndexOf('\u201C') < 0;

        /// <summary>A box's title: a name of a few words, no sentence.</summary>
        private static bool IsBoxTitle(Unit unit) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && !EndsSentence(unit.Text) && unit.WordsUpTo(7) <= 6;

        /// <summary>A lone share button (<c>Facebook</c>) standing next to other furniture.</summary>
        private static void MarkShareButtons(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (!IsLoneShareWord(units[i]))
                {
                    continue;
                }

                var before = i > 0 && (units[i - 1].Kind == UnitKind.Boilerplate || IsLoneShareWord(units[i - 1]));
                var after = i + 1 < units.Count && (units[i + 1].Kind == UnitKind.Boilerplate || IsLoneShareWord(units[i + 1]));
                if (before || after)
                {
                    units[i].Kind = UnitKind.Boilerplate;
                }
            }
        }

        private static bool IsLoneShareWord(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.Text.Length > 40)
            {
                return false;
            }

            // One to three words, each a share word or a number; read in place (every unit comes here, up to three times).
            var text = unit.Text;
            var count = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++count > 3 || (!Lexicon.ShareWords.Contains(w) && !IsDigits(w)))
                {
                    return false;
                }
            }

            return count > 0;
        }

        /// <summary>After <c>Read more</c> or <c>Related</c>: the headlines of other stories, up to the next paragraph of prose.</summary>
        private static void MarkLinkLists(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (!units[i].IsLinkListLabel)
                {
                    continue;
                }

                var k = i + 1;
                var links = 0;
                while (k < units.Count && IsLinkShaped(units[k]))
                {
                    links += units[k].Kind == UnitKind.Text ? 1 : 0;
                    k++;

                    // "Story continues below" ends the list: what follows is the story again.
                    if (links > 0 && units[k - 1].Kind == UnitKind.Boilerplate && IsContinuationNotice(units[k - 1].Text))
                    {
                        break;
                    }
                }

                // The last short line right before prose, after other links, is the body's next crosshead.
                var end = k;
                if (links >= 2 && k < units.Count && units[k].Kind == UnitKind.Text && IsProse(units[k].Text) && units[k - 1].Kind == UnitKind.Text &&
                    units[k - 1].WordsUpTo(MaxHeadingAfterLinksWords + 1) <= MaxHeadingAfterLinksWords && !RepeatsLater(units, k - 1))
                {
                    end = k - 1;
                }

                for (var m = i + 1; m < end; m++)
                {
                    units[m].Kind = UnitKind.Boilerplate;
                }

                i = k - 1;
            }
        }

        /// <summary>
        /// Whether a short line comes again further down: a contents list names the crossheads that follow, so its last entry
        /// is a link, not the heading of the prose under it.
        /// </summary>
        private static bool RepeatsLater(List<Unit> units, int i)
        {
            // A bounded look ahead keeps a page of many link lists linear: a contents list stands near the sections it names.
            var text = units[i].Text.Trim();
            var end = System.Math.Min(units.Count, i + MaxContentsReach);
            for (var k = i + 2; k < end; k++)
            {
                if (units[k].IsSingleLine && units[k].Text.Length >= text.Length && string.Equals(units[k].Text.Trim(), text, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A notice that the story goes on after the furniture: <c>Story continues below</c>, <c>Continue reading</c>.</summary>
        private static bool IsContinuationNotice(string text) => text.IndexOf("ontinue", System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>A line that reads as another story's headline or a tag: one short line that is no paragraph of prose.</summary>
        private static bool IsLinkShaped(Unit unit)
        {
            if (unit.Kind == UnitKind.Boilerplate)
            {
                return true;
            }

            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.IsLinkListLabel)
            {
                return false;
            }

            // A headline may ask or exclaim ("… - LIVE!"); prose ends with a full stop.
            var text = unit.Text.Trim();
            var words = unit.WordsUpTo(MaxLinkWords + 1);
            return words <= MaxLinkWords && (!IsProse(text) || (text[text.Length - 1] != '.' && words <= 20));
        }

        /// <summary>
        /// After the story's last paragraph of prose, the short lines that are not prose (tags, links, a contact line) are
        /// the page's. The last paragraph is the last one that ends a sentence.
        /// </summary>
        private static void MarkTrailingFurniture(List<Unit> units)
        {
            var last = -1;
            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].Kind == UnitKind.Text && IsProse(units[i].Text))
                {
                    last = i;
                    break;
                }
            }

            // No prose at all: nothing to tell furniture from.
            if (last < 0)
            {
                return;
            }

            for (var i = last + 1; i < units.Count; i++)
            {
                // A sentence introducing a list ("The winners are as follows:") keeps the list's lines under it the story's.
                var unit = units[i];
                if (IsListIntroducer(unit))
                {
                    while (i + 1 < units.Count && units[i + 1].Kind == UnitKind.Text)
                    {
                        i++;
                    }

                    continue;
                }

                // A short last line that ends a sentence ("Thank you.") stays the story's.
                if (unit.Kind == UnitKind.Text && unit.IsSingleLine && !unit.HasMarkup && !EndsSentence(unit.Text) &&
                    unit.WordsUpTo(MaxTrailingWords + 1) <= MaxTrailingWords)
                {
                    unit.Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>
        /// In the body, after the story's first paragraph of prose: a line promoting another piece after a media or section
        /// label and a colon or bar (<c>WATCH | The pier reopens</c>, <c>Opinion: Why the ferries must run</c>). A line of the
        /// header saying the same is the headline or a kicker, which the header's rules read.
        /// </summary>
        private static void MarkBodyTeasers(List<Unit> units, int bodyStart)
        {
            for (var i = System.Math.Max(1, bodyStart); i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || !IsBodyTeaser(unit.Text.Trim()) || unit.WordsUpTo(MaxLinkWords + 1) > MaxLinkWords ||
                    !HasProseBefore(units, i))
                {
                    continue;
                }

                unit.Kind = UnitKind.Boilerplate;
            }
        }

        /// <summary>A media or section label, a colon or bar, then the other piece's title opening with a letter or digit.</summary>
        private static bool IsBodyTeaser(string text)
        {
            var end = System.Math.Min(text.Length, MaxTeaserLabelLength);
            var mark = -1;
            for (var k = 1; k < end && mark < 0; k++)
            {
                mark = text[k] == ':' || text[k] == '|' ? k : -1;
            }

            if (mark < 0 || mark + 2 >= text.Length)
            {
                return false;
            }

            var rest = Chars.SkipSpaces(text, mark + 1, text.Length);
            return rest < text.Length && char.IsLetterOrDigit(text[rest]) && Lexicon.BodyTeaserLabels.Contains(text, 0, mark) &&
                   !Prefixes.StartsAt(text, rest, "By ");
        }

        /// <summary>
        /// A sentence of the story that ends with a colon over a list (<c>The new ministers are as follows:</c>): a few words,
        /// the last a verb or word that announces what follows (<see cref="Lexicon.ListIntroducerEnds"/>). A label ends the same
        /// way (<c>Related stories:</c>) but with a noun.
        /// </summary>
        private static bool IsListIntroducer(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.TrimEnd();
            if (text.Length < 8 || text[text.Length - 1] != ':' || !char.IsUpper(text[Chars.SkipSpaces(text, 0, text.Length)]))
            {
                return false;
            }

            var end = text.Length - 1;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var words = unit.WordsUpTo(MaxLinkWords + 1);
            return start < end && words >= MinListIntroducerWords && words <= MaxLinkWords && Lexicon.ListIntroducerEnds.Contains(text, start, end);
        }

        /// <summary>A paragraph of prose ends a sentence: a full stop, question or exclamation mark, perhaps inside quotes.</summary>
        public static bool IsProse(string text) => EndsSentence(text) && Chars.CountWords(text, 0, text.Length, limit: 4) >= 4;

        /// <summary>Whether the text's last mark, inside any closing quotes or brackets, ends a sentence.</summary>
        public static bool EndsSentence(string text)
        {
            var i = text.Length - 1;
            while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] == '"' || text[i] == '\u201D' || text[i] == '\u2019' || text[i] == '\'' || text[i] == ')' || text[i] == ']'))
            {
                i--;
            }

            return i > 0 && Chars.IsSentenceEnd(text[i]);
        }

        /// <summary>
        /// A disclosure about money in the publisher's voice: <c>We may earn a commission from links on this page</c>,
        /// <c>We recommend products independently; advertisers do not influence our picks</c>.
        /// </summary>
        private static bool IsDisclosure(string text, Word first, int words)
        {
            // No word of seventy is longer than fourteen characters on average: a longer line is not read word by word. A
            // known count decides the bound before any search.
            if (text.Length > MaxDisclosureWords * 14 || (words >= 0 && words > MaxDisclosureWords))
            {
                return false;
            }

            // A quoted line is none (below): its two marks are looked for before the five words, a search each.
            if (IsQuoted(text))
            {
                return false;
            }

            // A disclosure names the deal: a commission, an affiliate, compensation, an advertiser or a sponsor. A news
            // paragraph about money in a quoted first person ("we get paid", "the revenue helps us") names none of them.
            if (text.IndexOf("ffiliat", System.StringComparison.Ordinal) < 0 && text.IndexOf("ommission", System.StringComparison.Ordinal) < 0 &&
                text.IndexOf("ompensat", System.StringComparison.Ordinal) < 0 && text.IndexOf("dvertis", System.StringComparison.Ordinal) < 0 &&
                text.IndexOf("ponsor", System.StringComparison.Ordinal) < 0)
            {
                return false;
            }

            if (Chars.CountWordsUpTo(text, words, MaxDisclosureWords + 1) > MaxDisclosureWords)
            {
                return false;
            }

            var hits = 0;
            var ourVoice = false;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                hits += Lexicon.DisclosureWords.Contains(w) ? 1 : 0;
                ourVoice |= w.LowerIs("we") || w.LowerIs("our") || w.LowerIs("us");
            }

            return ourVoice && hits >= 2;
        }

        /// <summary>
        /// An author's note, near the top or at the end: a biography opening with the author's name (<c>Jane Roe is a senior
        /// reporter …</c>, <c>Roe covers politics …</c>), an invitation to reach the author (<c>You can email Jane Roe here</c>),
        /// and the author's name alone over a biography.
        /// </summary>
        public static void MarkAuthorNotes(List<Unit> units, List<string> authors, int headerEnd)
        {
            if (authors.Count == 0)
            {
                return;
            }

            var tail = Units.LastText(units) - AuthorNoteReach;
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Text || (i > headerEnd + AuthorNoteReach && i <= tail))
                {
                    continue;
                }

                var text = unit.Text.Trim();
                if (IsBiographyOf(text, authors) || (StartsWithAny(text, Lexicon.ReaderToAuthorOpeners) && NamesAny(text, authors)))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    if (i > 0 && units[i - 1].Kind == UnitKind.Text && IsNameOf(units[i - 1].Text, authors))
                    {
                        units[i - 1].Kind = UnitKind.Boilerplate;
                    }
                }
            }
        }

        /// <summary>The author's name (or first or last name), then what the author is or does: <c>is a</c>, <c>covers</c>, <c>joined</c>.</summary>
        public static bool IsBiographyOf(string text, List<string> authors)
        {
            foreach (var author in authors)
            {
                // The full name, the first word, the last word: each is a prefix of the author's name or of its last word.
                var firstSpace = author.IndexOf(' ');
                var lastSpace = author.LastIndexOf(' ');
                if (OpensBiography(text, author, 0, author.Length) ||
                    (firstSpace >= 3 && OpensBiography(text, author, 0, firstSpace)) ||
                    (lastSpace > 0 && author.Length - lastSpace - 1 >= 3 && OpensBiography(text, author, lastSpace + 1, author.Length)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="text"/> opens with the name [start, end) of <paramref name="author"/>, then a verb of biography.</summary>
        private static bool OpensBiography(string text, string author, int start, int end)
        {
            var length = end - start;
            if (text.Length <= length + 1 || text[length] != ' ' || string.Compare(text, 0, author, start, length, System.StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            var at = length;
            if (!Words.TryNext(text, ref at, text.Length, out var verb))
            {
                return false;
            }

            // "Jane Doe can be reached at …": how to reach the author, the page's note.
            if (verb.LowerIs("can"))
            {
                return OpensReachNote(text, at);
            }

            if (!Lexicon.BiographyVerbs.Contains(verb))
            {
                return false;
            }

            // "is" / "was" / "has" must say what the author is or has done: "is a", "is the", "has been", "has covered".
            if (verb.LowerIs("is") || verb.LowerIs("was") || verb.LowerIs("has"))
            {
                return Words.TryNext(text, ref at, text.Length, out var next) && (next.LowerIs("a") || next.LowerIs("an") || next.LowerIs("the") || next.LowerIs("been") ||
                                                                                  (verb.LowerIs("has") && Lexicon.BiographyParticiples.Contains(next)));
            }

            return true;
        }

        /// <summary>Whether <c>be reached</c> follows at <paramref name="at"/> (after <c>can</c>).</summary>
        public static bool OpensReachNote(string text, int at) =>
            Words.TryNext(text, ref at, text.Length, out var be) && be.LowerIs("be") && Words.TryNext(text, ref at, text.Length, out var reached) && reached.LowerIs("reached");

        private static bool NamesAny(string text, List<string> authors)
        {
            foreach (var author in authors)
            {
                if (text.IndexOf(author, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNameOf(string text, List<string> authors)
        {
            foreach (var author in authors)
            {
                if (string.Equals(Chars.CollapseSpaces(text), author, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Have a news tip?</c>, <c>Got a story for us?</c>, <c>Do you have a story tip?</c></summary>
        private static bool IsTipRequest(string text) =>
            StartsWithAny(text, Lexicon.TipRequests) &&
            (text.IndexOf("tip", System.StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf("story", System.StringComparison.OrdinalIgnoreCase) > 0);

        /// <summary><c>Follow WXYZ 7 on Facebook</c>, <c>Like us on Instagram</c>.</summary>
        private static bool IsFollowUs(string text, int words)
        {
            if (!StartsWithAny(text, Lexicon.FollowUs) || (words >= 0 ? words : Chars.CountWords(text)) > 20)
            {
                return false;
            }

            foreach (var network in Lexicon.SocialNetworks)
            {
                if (text.IndexOf(network, System.StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The signature line of an embedded post: perhaps a dash, the author and handle, the date (<c>— Jane Roe (@janeroe) May
        /// 2, 2024</c>, <c>Jane Roe (@janeroe) May 2, 2024</c>).
        /// </summary>
        private static bool IsEmbedSignature(string text)
        {
            if (text.Length < 8 || text.Length > 160)
            {
                return false;
            }

            // Without the dash the author's name must be short: the handle comes within a few words.
            var handle = text.IndexOf("(@", System.StringComparison.Ordinal);
            var close = handle < 0 ? -1 : text.IndexOf(')', handle);
            if (close < 0 || (!Chars.IsDash(text[0]) && Chars.CountWords(text, 0, handle, limit: 7) > 6))
            {
                return false;
            }

            var t = LineTokens.Split(text, close + 1, text.Length);
            return DateRun.IsWholeRun(t, 0, t.Count, out var r) && r.HasDayAndMonth;
        }

        /// <summary>
        /// An embedded post's picture link alone on its line (<c>pic.example.com/abc123</c>). Other addresses alone on a line
        /// may be the story's own references, so they stay.
        /// </summary>
        private static bool IsBareAddress(string text) =>
            text.Length >= 6 && text.Length <= 200 && text.IndexOf(' ') < 0 && text.StartsWith("pic.", System.StringComparison.OrdinalIgnoreCase) && text.IndexOf('/') > 0;

        /// <summary>A wire sign-off naming the staff behind the story: <c>(Reporting by …; Editing by …)</c>.</summary>
        private static bool IsSignOff(string text)
        {
            var at = text[0] == '(' || text[0] == '[' ? 1 : 0;
            return Lexicon.SignOffOpeners.Match(text, at) != null;
        }

        /// <summary>A row of share buttons: only share words (<c>Facebook Twitter Email</c>, <c>Copy link</c>), one of them an action.</summary>
        private static bool IsShareRow(string text, Word first, int words)
        {
            if (text.Length > MaxShareRowWords * 14 || (!Lexicon.ShareWords.Contains(first) && !IsDigits(first)) ||
                Chars.CountWordsUpTo(text, words, MaxShareRowWords + 1) > MaxShareRowWords)
            {
                return false;
            }

            var actions = 0;
            var count = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                count++;
                if (IsDigits(w))
                {
                    continue;
                }

                if (!Lexicon.ShareWords.Contains(w))
                {
                    return false;
                }

                actions += Lexicon.ShareActionWords.Contains(w) ? 1 : 0;
            }

            // One action word alone ("Email") could be a heading; two make a row.
            return actions >= 2 || (actions == 1 && count >= 2);
        }

        /// <summary>An ad or player notice: <c>Story continues below advertisement</c>, <c>This video failed to load</c>.</summary>
        private static bool IsNotice(string text, Word first, int words)
        {
            // A notice opens or closes with its subject or its verb ("Story continues below advertisement").
            if (text.Length > MaxNoticeWords * 14)
            {
                return false;
            }

            // The quotation marks before the words: a quoted line is no notice, and most lines of prose quote someone.
            if (Chars.CountWordsUpTo(text, words, MaxNoticeWords + 1) > MaxNoticeWords || IsQuoted(text))
            {
                return false;
            }

            var subjects = 0;
            var notices = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                // One look-up for most words: only a word of either kind is looked up again.
                if (Lexicon.NoticeVocabulary.Contains(w))
                {
                    subjects += Lexicon.NoticeSubjects.Contains(w) ? 1 : 0;
                    notices += Lexicon.NoticeWords.Contains(w) ? 1 : 0;
                }
            }

            return (subjects > 0 && notices > 0) || notices >= 2;
        }

        /// <summary>The reader's consent under a sign-up box: <c>By signing up you …</c>, <c>By clicking …</c>.</summary>
        private static bool IsConsent(string text, Word by)
        {
            if (!by.LowerIs("by") || by.Start != 0)
            {
                return false;
            }

            var at = by.End;
            return Words.TryNext(text, ref at, text.Length, out var gerund) && Lexicon.ConsentGerunds.Contains(gerund);
        }

        /// <summary>
        /// A call to subscribe, sign up, download or donate that names what it offers (<c>Subscribe now to our e-edition</c>,
        /// <c>Sign up for our weekly newsletter</c>): its verb opens the line, follows a colon, or follows a lead-in
        /// (<c>For the latest updates download our app</c>).
        /// </summary>
        private static bool IsCallToAction(string text, Word first, int words)
        {
            // Most lines fail on their first word: a call opens with its verb, a lead-in, or a label and a colon.
            if (text.Length > MaxCallToActionWords * 14)
            {
                return false;
            }

            var leadIn = first.Is("For") || first.Is("To");
            if (!leadIn && !Lexicon.CallToActionVerbs.Contains(first) && text.IndexOf(':') < 0)
            {
                return false;
            }

            if (IsQuoted(text) || Chars.CountWordsUpTo(text, words, MaxCallToActionWords + 1) > MaxCallToActionWords)
            {
                return false;
            }

            var channel = false;
            var verb = false;
            var at = 0;
            var index = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                channel |= Lexicon.CallToActionChannels.Contains(w);
                if (!verb && Lexicon.CallToActionVerbs.Contains(w))
                {
                    var opensLine = index == 0;
                    var afterColon = index > 0 && PrecededByColon(text, w.Start);
                    verb = opensLine || afterColon || (leadIn && !w.IsCapitalized);
                }

                index++;
            }

            return verb && channel;
        }

        /// <summary>
        /// A paywall's prompt or meter: <c>This article is for subscribers only.</c>, <c>You've read 3 of 5 free articles this
        /// month.</c> The page speaks of the article itself or counts the reader's free ones; a story about a subscription
        /// service names no free articles of its own page and does not open with <c>This article</c>.
        /// </summary>
        private static bool IsPaywallPrompt(string text, Word first, int words)
        {
            var aboutThePage = first.Is("This");
            var toTheReader = first.Is("You") || first.Is("You've") || first.Is("You\u2019ve") || first.Is("You're") || first.Is("You\u2019re");
            if ((!aboutThePage && !toTheReader) || text.Length > MaxPaywallWords * 14 || IsQuoted(text) ||
                Chars.CountWordsUpTo(text, words, MaxPaywallWords + 1) > MaxPaywallWords)
            {
                return false;
            }

            // "This article is …": the page names itself as the sentence's subject; "This article of the lease …" is the story's.
            var at = first.End;
            var pageNoun = false;
            var subscribers = false;
            var freeArticles = false;
            var previousWasFree = false;
            var index = 1;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                var isPageNoun = Lexicon.PaywallPageNouns.Contains(w);
                pageNoun |= (index == 1 && isPageNoun) || (index == 2 && pageNoun && Lexicon.AuxiliaryVerbs.Contains(w));
                pageNoun &= index != 2 || Lexicon.AuxiliaryVerbs.Contains(w);
                subscribers |= Lexicon.PaywallWords.Contains(w);
                freeArticles |= previousWasFree && isPageNoun;
                previousWasFree = w.LowerIs("free");
                index++;
            }

            // A meter is one short sentence; a story that tells its reader about free articles says more.
            return (aboutThePage && pageNoun && index > 3 && subscribers) || (toTheReader && freeArticles && index <= MaxMeterWords && Sentences.IsOne(text));
        }

        /// <summary>
        /// The publisher's appeal closing a short paragraph: <c>We are an independent newsroom. Donate today to support our
        /// work.</c> A sentence after the first opens with a call's verb, and the paragraph speaks as the publisher (<c>our</c>,
        /// <c>us</c>) or names a price; a story's sentences open with their subject, and its appeals are quoted.
        /// </summary>
        private static bool IsSupportAppeal(string text, int words)
        {
            if (text.Length > MaxCallToActionWords * 14 || !EndsSentence(text))
            {
                return false;
            }

            // The sentence ends are found by the framework's search, and only the word after each is read: most paragraphs
            // fail here without a word being counted. The appeal is the last sentence.
            var appeal = -1;
            for (var mark = text.IndexOfAny(SentenceMarks); mark >= 0 && mark < text.Length - 1; mark = text.IndexOfAny(SentenceMarks, mark + 1))
            {
                var at = mark + 1;
                if (Sentences.IsEndAt(text, mark, text.Length) && Words.TryNext(text, ref at, text.Length, out var next))
                {
                    appeal = next.IsCapitalized && Lexicon.AppealVerbs.Contains(next) ? next.Start : -1;
                }
            }

            // A comma in the appeal may stand before its speaker ("Join the queue early, our librarian advised.").
            if (appeal < 0 || text.IndexOf(',', appeal) >= 0 || IsQuoted(text) || Chars.CountWordsUpTo(text, words, MaxCallToActionWords + 1) > MaxCallToActionWords)
            {
                return false;
            }

            // The publisher speaks in its own voice or names a price; an imperative someone is reported to have given names its
            // speaker ("Join now, says the club.").
            var publisher = text.IndexOf('$') >= 0 || text.IndexOf('\u00A3') >= 0 || text.IndexOf('\u20AC') >= 0;
            var k = 0;
            while (Words.TryNext(text, ref k, text.Length, out var w))
            {
                publisher |= w.LowerIs("our") || (w.LowerIs("us") && !w.IsAllCaps);
                if (w.Start > appeal && Lexicon.SpeechVerbs.Contains(w))
                {
                    return false;
                }
            }

            return publisher;
        }

        private static readonly char[] SentenceMarks = { '.', '?', '!' };

        /// <summary>Straight or opening curly quotation marks, looked for in one search.</summary>
        private static readonly char[] QuotationMarks = { '"', '\u201C' };

        private static bool IsQuoted(string text) => text.IndexOfAny(QuotationMarks) >= 0;

        private static bool PrecededByColon(string text, int at)
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            return k >= 0 && text[k] == ':';
        }

        /// <summary>A price alone on its line, a shop button's: <c>£ 205</c>, <c>$49.99</c>, <c>€30</c>.</summary>
        private static bool IsPriceOnly(string text)
        {
            if (text.Length < 2 || text.Length > MaxPriceLength || char.GetUnicodeCategory(text[0]) != System.Globalization.UnicodeCategory.CurrencySymbol)
            {
                return false;
            }

            var k = 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            var digits = 0;
            for (; k < text.Length; k++)
            {
                var c = text[k];
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (c != '.' && c != ',')
                {
                    return false;
                }
            }

            return digits > 0;
        }

        /// <summary>
        /// A comment section's count alone on its line: <c>12 comments</c>, <c>0 Comments</c>, <c>3 replies</c>, <c>(0) comments</c>,
        /// <c>4 comments:</c>, or the button showing them (<c>View 12 comments</c>).
        /// </summary>
        private static bool IsCommentCount(string text)
        {
            if (text.Length > 24 || !(char.IsDigit(text[0]) || text[0] == '(' || char.IsUpper(text[0])))
            {
                return false;
            }

            var at = 0;
            if (!Words.TryNext(text, ref at, text.Length, out var number) ||
                (!char.IsDigit(number.First) && !(Lexicon.CommentViewVerbs.Contains(number) && Words.TryNext(text, ref at, text.Length, out number))))
            {
                return false;
            }

            return IsDigits(number) && Words.TryNext(text, ref at, text.Length, out var noun) &&
                   Lexicon.CommentCountNouns.Contains(noun) && !Words.TryNext(text, ref at, text.Length, out _);
        }

        /// <summary>
        /// The comment section a count opens after the story (<c>(0) comments</c> / <c>Welcome to the discussion.</c> / the house
        /// rules): with the story's prose before it and only a few units left after it, those units are the section's. A count
        /// further up is a button in the header's share row, and the story goes on under it.
        /// </summary>
        private static void MarkAfterCommentCount(List<Unit> units)
        {
            var start = System.Math.Max(1, units.Count - MaxCommentSectionUnits - 1);
            for (var i = start; i < units.Count - 1; i++)
            {
                var count = units[i];
                if (count.Kind != UnitKind.Boilerplate || !count.IsSingleLine || !IsCountedComments(count.Text.Trim()) ||
                    !HasProseParagraphsBefore(units, i, MinProseBeforeCopyright))
                {
                    continue;
                }

                for (var k = i + 1; k < units.Count; k++)
                {
                    if (units[k].Kind == UnitKind.Text || units[k].Kind == UnitKind.Crosshead)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                return;
            }
        }

        /// <summary>A count of the comments with its number (<c>(0) comments</c>, <c>12 Comments</c>), not a button showing them.</summary>
        private static bool IsCountedComments(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '(') && IsCommentCount(text);

        /// <summary>
        /// A control alone on its line that is one glyph: the close button of a box or player (<c>×</c>), an arrow. No story's
        /// line is one such mark.
        /// </summary>
        private static bool IsControlGlyph(string text) => text.Length == 1 && Lexicon.ControlGlyphs.IndexOf(text[0]) >= 0;

        /// <summary>
        /// The file name of a picture left where the picture stood (<c>harbour_view(2).jpg</c>): one token, no space, ending with
        /// an image file's extension.
        /// </summary>
        private static bool IsImageFileName(string text)
        {
            if (text.Length > MaxFileNameLength)
            {
                return false;
            }

            var dot = text.LastIndexOf('.');
            if (dot <= 0 || text.Length - dot > 6 || text.IndexOf(' ') >= 0)
            {
                return false;
            }

            return Lexicon.ImageFileExtensions.Contains(text, dot + 1, text.Length);
        }

        /// <summary>
        /// A pager between the parts of a long story: <c>Page 1 of 3</c>, <c>1 2 3 Next »</c>. Numbers and pager words only, with a
        /// number and a word both (<c>Next page</c> alone is a control the phrase list knows).
        /// </summary>
        private static bool IsPager(string text)
        {
            if (text.Length > MaxPagerLength || !(char.IsDigit(text[0]) || text[0] == 'P' || text[0] == 'p'))
            {
                return false;
            }

            var numbers = 0;
            var pagerWords = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (IsDigits(w))
                {
                    numbers++;
                }
                else if (Lexicon.PagerWords.Contains(w))
                {
                    pagerWords++;
                }
                else
                {
                    return false;
                }
            }

            return numbers > 0 && pagerWords > 0;
        }

        /// <summary>A rating widget's score: <c>4.5 (12 votes)</c>, <c>Rated 4.5 out of 5</c>.</summary>
        private static bool IsRating(string text)
        {
            if (text.Length > MaxRatingLength)
            {
                return false;
            }

            // "4.5 (12 votes)": a score, then a count of votes in brackets.
            var open = text.IndexOf('(');
            if (char.IsDigit(text[0]) && open > 0 && text[text.Length - 1] == ')')
            {
                var at = open + 1;
                return Words.TryNext(text, ref at, text.Length, out var count) && IsDigits(count) && Words.TryNext(text, ref at, text.Length, out var noun) &&
                       Lexicon.RatingNouns.Contains(noun) && !Words.TryNext(text, ref at, text.Length, out _);
            }

            // "Rated 4.5 out of 5 stars".
            return Lexicon.RatingOpeners.Contains(text, 0, System.Math.Min(5, text.Length)) && text.Length > 6 && text[5] == ' ' && char.IsDigit(text[6]) && text.IndexOf(" out of ", System.StringComparison.Ordinal) > 0;
        }

        private static bool IsNumberOnly(string text)
        {
            if (text.Length > 7)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsDigit(c) && c != ',')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(Word w)
        {
            for (var k = w.Start; k < w.End; k++)
            {
                if (!char.IsDigit(w.Source[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool StartsWithAny(string text, Prefixes prefixes) => prefixes.Match(text) != null;
    }
}
