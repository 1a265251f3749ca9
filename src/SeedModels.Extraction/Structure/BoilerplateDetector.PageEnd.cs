using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>What closes the page after the story: the copyright notice and the short furniture lines after the last paragraph.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>A copyright notice is a line or two; a longer paragraph opening with the word is the story's.</summary>
        private const int MaxNoticeLength = 400;

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
            IsCopyrightNotice(text) || IsCommentSectionHeading(text) || Lexicon.CommentSectionHeadings.Contains(text) || IsReleaseEndMark(text);

        /// <summary>The longest line a release's end mark stands on (<c>- ENDS -</c>, <c>###</c>).</summary>
        private const int MaxEndMarkLength = 12;

        /// <summary>
        /// A press release's end mark, alone on its line: <c>-ENDS-</c>, <c>ENDS</c>, <c>- End -</c>, <c>###</c>, <c>-30-</c>. What follows
        /// it (notes to editors, the issuer's description, a media contact) is no part of the release's story.
        /// </summary>
        private static bool IsReleaseEndMark(string text)
        {
            if (text.Length == 0 || text.Length > MaxEndMarkLength)
            {
                return false;
            }

            int start = 0, end = text.Length, hashes = 0;
            while (start < end && IsEndMarkDecoration(text[start]))
            {
                hashes += text[start++] == '#' ? 1 : 0;
            }

            while (end > start && IsEndMarkDecoration(text[end - 1]))
            {
                hashes += text[--end] == '#' ? 1 : 0;
            }

            // The word between the marks is compared in place: most lines this short are no end mark.
            return (end == start && hashes >= 3) || (start > 0 && IsWordAt(text, start, end, "30", System.StringComparison.Ordinal)) ||
                   IsWordAt(text, start, end, "ENDS", System.StringComparison.OrdinalIgnoreCase) || IsWordAt(text, start, end, "END", System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether [start, end) of <paramref name="text"/> is <paramref name="word"/>.</summary>
        private static bool IsWordAt(string text, int start, int end, string word, System.StringComparison comparison) =>
            end - start == word.Length && string.Compare(text, start, word, 0, word.Length, comparison) == 0;

        private static bool IsEndMarkDecoration(char c) => c == '-' || c == '#' || c == '*' || c == ' ' || Chars.IsDash(c);

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
                    prose += units[counted].Kind == UnitKind.Text && IsProse(units[counted]) ? 1 : 0;
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
        /// After the story's last paragraph of prose, the short lines that are not prose (tags, links, a contact line) are
        /// the page's. The last paragraph is the last one that ends a sentence.
        /// </summary>
        private static void MarkTrailingFurniture(List<Unit> units)
        {
            var last = -1;
            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].Kind == UnitKind.Text && IsProse(units[i]))
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

            // The items of a list the story's last paragraph opens or introduces stay the story's, however short: the mark
            // they share tells them from the page's lines after them.
            var listMark = LastLineListMark(units[last]);
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

                if (unit.Kind != UnitKind.Text)
                {
                    listMark = ListMarks.None;
                    continue;
                }

                if (listMark != ListMarks.None && ListMarks.At(unit.Text, 0) == listMark)
                {
                    continue;
                }

                if (IntroducesClosingList(units, i))
                {
                    listMark = ListMarks.At(units[i + 1].Text, 0);
                    continue;
                }

                listMark = ListMarks.None;

                // A short last line that ends a sentence ("Thank you.") stays the story's.
                if (unit.IsSingleLine && !unit.HasMarkup && !EndsSentence(unit.Text) &&
                    unit.WordsUpTo(MaxTrailingWords + 1) <= MaxTrailingWords)
                {
                    unit.Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>A paragraph of prose ends a sentence: a full stop, question or exclamation mark, perhaps inside quotes.</summary>
        public static bool IsProse(string text) => EndsSentence(text) && Chars.CountWords(text, 0, text.Length, limit: 4) >= 4;

        /// <summary><see cref="IsProse(string)"/> of a unit's text, from the word count the unit keeps: the detectors ask it of the same units again and again.</summary>
        public static bool IsProse(Unit unit) => EndsSentence(unit.Text) && unit.WordsUpTo(4) >= 4;
    }
}
