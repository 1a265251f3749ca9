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
    internal static partial class BoilerplateDetector
    {
        private const string OriginallyPublished = "Originally published as ";

        /// <summary>A link in a list under <c>Read more</c> is a headline: short, perhaps with a label.</summary>
        private const int MaxLinkWords = 30;

        /// <summary>The paragraphs of prose a copyright notice must follow to close the page rather than stand in its header.</summary>
        private const int MinProseBeforeCopyright = 2;

        /// <summary>A sentence introducing a list has a subject and a verb: <c>The winners were:</c>.</summary>
        private const int MinListIntroducerWords = 3;

        /// <summary>A picture's file name is one short token.</summary>
        private const int MaxFileNameLength = 80;

        /// <summary>A staff credit names a few people: longer, a line opening with one is a sentence.</summary>
        private const int MaxStaffCreditWords = 16;

        /// <summary>The tags and links after the last paragraph are short lines.</summary>
        private const int MaxTrailingWords = 14;

        /// <summary>Whether the whole line is boilerplate; <paramref name="namedHeadline"/> gets X from <c>Originally published as X</c>.</summary>
        public static bool IsBoilerplate(string line, out string? namedHeadline) => IsBoilerplate(line, -1, out namedHeadline);

        /// <summary>The same, given the line's word count (<see cref="Chars.CountWords(string)"/>), or -1 when not counted.</summary>
        public static bool IsBoilerplate(string line, int words, out string? namedHeadline) => IsBoilerplate(line, new LineShape(words, LineMarks.All), out namedHeadline);

        /// <summary>
        /// The same, given the line's shape (<see cref="LineShape.Of"/>): the rules that refuse a quoted line or need a colon
        /// read the marks rather than search the line for them.
        /// </summary>
        public static bool IsBoilerplate(string line, LineShape shape, out string? namedHeadline)
        {
            namedHeadline = null;
            var words = shape.Words;
            var marks = shape.Marks;
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

            // A picture left as Markdown with no alternative text: nothing of it is the story's.
            if (text[0] == '!' && CaptionDetector.TryReadMarkdownImage(text, out var alt) && alt.Length == 0)
            {
                return true;
            }

            // A rule that needs a mark the line lacks is not run: the marks were read with the line (LineShape), every rule's
            // needs are its own (a teaser's label ends at a colon or bar, a file name's extension follows a full stop, an address
            // holds its at sign or slash, a reader-supported note its hyphen). The trimmed line holds no mark the line lacks.
            if (IsTipRequest(text) || IsFollowUs(text, words) || (Has(marks, LineMarks.Colon | LineMarks.Bar) && IsLabelledTeaser(text)) || IsFeedFooter(text))
            {
                return true;
            }

            // "View all of Jo Roe's posts." under an author's box at the page's end, as beside the byline.
            var opener = Lexicon.FurnitureOpeners.Match(text) ?? Lexicon.AuthorLinkOpeners.Match(text) ?? SignOffOpener(text);
            if (opener != null && !IsSentenceAfterCredit(text, opener, words) && !IsCopyrightCredit(text, opener))
            {
                return true;
            }

            if (Lexicon.FurnitureLines.Contains(text) || IsNumberOnly(text) || IsControlGlyph(text) || IsBracketedButtonRow(text) || (Has(marks, LineMarks.Stop) && IsImageFileName(text)) || IsCommentCount(text) || IsCommentSectionHeading(text) ||
                (Has(marks, LineMarks.Slash) && IsSlashCounter(text)) || IsPriceOnly(text) || IsGalleryCounter(text) || IsMatchClock(text) || IsScoreLine(text, words) || IsPollQuestion(text) || IsPager(text) || IsRating(text, marks) || IsStarRating(text) || IsShortNumericDate(text) || IsEmbedSignature(text, marks) ||
                (Has(marks, LineMarks.Slash) && IsBareAddress(text)) || (Has(marks, LineMarks.At) && IsEmailAddressAlone(text)) || IsCopyrightNotice(text) || IsReleaseEndMark(text))
            {
                return true;
            }

            if (Lexicon.SummaryBoxLabels.Contains(text) || Lexicon.ContactBoxLabels.Contains(text) || IsDealsHeading(text, words))
            {
                return true;
            }

            // Each check tests the first word or its marks first and counts words only then: most lines fail before any count.
            if (!Words.TryFirst(text, 0, text.Length, out var first))
            {
                return false;
            }

            return IsShareRow(text, first, words) || IsGluedTeaser(text, first, words) || IsDisclosure(text, first, words, marks) || IsNotice(text, first, words, marks) || IsConsent(text, first) ||
                   IsCallToAction(text, first, words, marks) || IsPaywallPrompt(text, first, words, marks) || IsSupportAppeal(text, words, marks) ||
                   (Has(marks, LineMarks.Dash) && IsReaderSupportedDescription(text));
        }

        /// <summary>
        /// The boilerplate rules that look past a line's opening, for a line that opens with an ordinary word: a disclosure
        /// naming the publisher first (<c>Harbour Gazette may earn a commission …</c>), an ad or player notice whose words
        /// stand anywhere (<c>The video player failed to load</c>) and a call to action after a label and a colon or after a
        /// question (<c>Enjoying Harbour Notes? Subscribe for free …</c>).
        /// </summary>
        public static bool IsBoilerplatePastItsOpening(string line) => IsBoilerplatePastItsOpening(line, -1);

        /// <summary>The same, given the line's word count, or -1 when not counted.</summary>
        public static bool IsBoilerplatePastItsOpening(string line, int words) => IsBoilerplatePastItsOpening(line, new LineShape(words, LineMarks.All));

        /// <summary>The same, given the line's shape: the marks answer whether it quotes anyone or holds a colon.</summary>
        public static bool IsBoilerplatePastItsOpening(string line, LineShape shape)
        {
            var text = line.Trim();
            var words = shape.Words;
            var marks = shape.Marks;
            return (Has(marks, LineMarks.Stop) && IsImageFileName(text)) || (Has(marks, LineMarks.At) && IsEmailAddressAlone(text)) || IsScoreLine(text, words) ||
                   (Words.TryFirst(text, 0, text.Length, out var first) &&
                   (IsDisclosure(text, first, words, marks) || IsNotice(text, first, words, marks) ||
                    ((Holds(text, marks, LineMarks.Colon) || (Has(marks, LineMarks.Stop) && text.IndexOf('?') > 0)) && IsCallToAction(text, first, words, marks)) ||
                    IsPaywallPrompt(text, first, words, marks) || IsSupportAppeal(text, words, marks) || (Has(marks, LineMarks.Dash) && IsReaderSupportedDescription(text))));
        }

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
            MarkNamedLinkListLabels(units);
            MarkLinkLists(units);
            MarkClosingLinkLists(units);
            MarkAfterCopyrightNotice(units);
            MarkAfterFeedFooter(units);
            MarkCommentThreads(units);
            MarkAfterCommentCount(units);
            MarkBoxesUnderLabels(units);
            MarkFundingNotes(units);
            MarkTrailingFurniture(units);
        }

        /// <summary>
        /// A sentence of the story that ends with a colon over a list (<c>The new ministers are as follows:</c>) or a quotation
        /// (<c>Cllr Jane Roe, the council's leader, said:</c>): a few words, the last a verb or word that announces what follows
        /// (<see cref="Lexicon.ListIntroducerEnds"/>, <see cref="Lexicon.QuoteIntroducerEnds"/>). A label ends the same way
        /// (<c>Related stories:</c>) but with a noun.
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
            return start < end && words >= MinListIntroducerWords && words <= MaxLinkWords &&
                   (Lexicon.ListIntroducerEnds.Contains(text, start, end) || Lexicon.QuoteIntroducerEnds.Contains(text, start, end));
        }

        /// <summary>
        /// A staff credit (<c>Produced by Jane Roe and Tom Lee</c>, <c>Sponsored by Harbour Bank</c>) names a few people or a
        /// sponsor; a line that opens the same way but runs on into a sentence of the story
        /// (<c>Produced by the council and the trust, the handbook guides …</c>) is the story's.
        /// </summary>
        private static bool IsSentenceAfterCredit(string text, string opener, int words)
        {
            if (!opener.EndsWith(" by", System.StringComparison.Ordinal) || !EndsSentence(text) || text.IndexOf(',') < 0)
            {
                return false;
            }

            return (words >= 0 ? words : Chars.CountWords(text)) > MaxStaffCreditWords;
        }

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
        /// Whether the line may hold one of <paramref name="any"/>: a bit of the marks read (<see cref="LineShape.Of"/>), so a rule
        /// that needs a mark the line lacks is skipped by one test; always, for marks not read (<see cref="LineMarks.All"/>).
        /// </summary>
        private static bool Has(LineMarks marks, LineMarks any) => (marks & any) != 0;

        /// <summary>Straight or opening curly quotation marks, looked for in one search.</summary>
        private static readonly char[] QuotationMarks = { '"', '\u201C' };

        /// <summary>
        /// Whether the line quotes anyone, from its marks when they were read: <see cref="LineMarks.Quote"/> is set exactly
        /// for these two marks, and trimming the line's white space keeps them. <see cref="LineMarks.All"/> (not read) searches.
        /// </summary>
        private static bool IsQuoted(string text, LineMarks marks) => Holds(text, marks, LineMarks.Quote);

        /// <summary>
        /// Whether the line (trimmed or not) holds <paramref name="mark"/> (<see cref="LineMarks.Quote"/> or <see cref="LineMarks.Colon"/>):
        /// its bit in the marks read, a search when they were not read (<see cref="LineMarks.All"/>).
        /// </summary>
        private static bool Holds(string text, LineMarks marks, LineMarks mark) =>
            marks != LineMarks.All ? (marks & mark) != 0 :
            mark == LineMarks.Colon ? text.IndexOf(':') >= 0 : text.IndexOfAny(QuotationMarks) >= 0;

        /// <summary>The most words of a picture's copyright credit alone on its line (<c>© Jane Roe</c>, <c>© Westhaven Museum Archive</c>).</summary>
        private const int MaxCopyrightCreditWords = 5;

        /// <summary>
        /// <c>© Jane Roe</c> under a caption: a short name after the copyright sign, no year, credits the picture (the page's
        /// notice has its year or reserves its rights: <see cref="IsCopyrightNotice"/>).
        /// </summary>
        private static bool IsCopyrightCredit(string text, string opener) =>
            opener == "\u00A9 " && !Chars.HasDigit(text, 0, text.Length) && !IsCopyrightNotice(text) &&
            Chars.CountWords(text, 0, text.Length, limit: MaxCopyrightCreditWords + 2) <= MaxCopyrightCreditWords + 1;

        /// <summary>
        /// A control alone on its line that is one glyph: the close button of a box or player (<c>×</c>), an arrow. No story's
        /// line is one such mark.
        /// </summary>
        private static bool IsControlGlyph(string text) => text.Length == 1 && Lexicon.ControlGlyphs.IndexOf(text[0]) >= 0;

        /// <summary>Most characters of a row of bracketed buttons.</summary>
        private const int MaxButtonRowLength = 160;

        /// <summary>
        /// A row of buttons whose labels the copy kept in square brackets (<c>[Print]  [Share &amp; Bookmark]  [Subscribe]</c>):
        /// two labels or more and nothing between them but spaces. A story's own brackets hold an editor's words inside a sentence.
        /// </summary>
        private static bool IsBracketedButtonRow(string text)
        {
            if (text.Length < 6 || text.Length > MaxButtonRowLength || text[0] != '[' || text[text.Length - 1] != ']')
            {
                return false;
            }

            var labels = 0;
            var at = 0;
            while (at < text.Length)
            {
                var close = text.IndexOf(']', at);
                if (text[at] != '[' || close < 0 || close == at + 1 || text.IndexOf('[', at + 1, close - at - 1) >= 0)
                {
                    return false;
                }

                labels++;
                at = Chars.SkipSpaces(text, close + 1, text.Length);
            }

            return labels >= 2;
        }

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
        /// An e-mail address alone on its line (<c>jroe@westhavensentinel.com</c>), the reporter's contact under the story: one
        /// token, no space, one <c>@</c> with a dotted domain after it. The dot and the length are read first: most lines fail there.
        /// </summary>
        private static bool IsEmailAddressAlone(string text)
        {
            if (text.Length > MaxFileNameLength || text.Length < 6)
            {
                return false;
            }

            var at = text.IndexOf('@');
            return at > 0 && text.LastIndexOf('.') > at + 1 && text.IndexOf('@', at + 1) < 0 && text.IndexOf(' ') < 0 && char.IsLetterOrDigit(text[text.Length - 1]);
        }

        private static bool StartsWithAny(string text, Prefixes prefixes) => prefixes.Match(text) != null;
    }
}
