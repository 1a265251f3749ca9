using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Readers' comments under the story: their labels, counts, headings, commenters and times.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>How many units after a comment count may still be the page's comment section rather than the story.</summary>
        private const int MaxCommentSectionUnits = 8;

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

                MarkCommentSection(units, i + 1);
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
                prose += units[k].Kind == UnitKind.Text && IsProse(units[k]) ? 1 : 0;
            }

            return prose >= needed;
        }

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
            if (!Words.TryNext(text, ref at, text.Length, out var count) || !(count.IsDigits || count.Is("One")) ||
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

            return number.IsDigits && Words.TryNext(text, ref at, text.Length, out var noun) &&
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

                MarkCommentSection(units, i + 1);
                return;
            }
        }

        /// <summary>
        /// Everything of a comment section from <paramref name="from"/> to the page's end leaves the story: its paragraphs and
        /// headings, and its date lines, which date a comment, not the story.
        /// </summary>
        private static void MarkCommentSection(List<Unit> units, int from)
        {
            for (var k = from; k < units.Count; k++)
            {
                var kind = units[k].Kind;
                if (kind == UnitKind.Text || kind == UnitKind.Crosshead || kind == UnitKind.Dateline)
                {
                    units[k].Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>A count of the comments with its number (<c>(0) comments</c>, <c>12 Comments</c>), not a button showing them.</summary>
        private static bool IsCountedComments(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '(') && IsCommentCount(text);
    }
}
