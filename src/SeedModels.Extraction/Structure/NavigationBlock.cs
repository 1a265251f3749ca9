using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A page's menu or section path copied over the headline as one block of short lines with no blank line between
    /// (<c>News</c> / <c>Local</c> / <c>Weather</c>, <c>Westhaven University</c> / <c>News and events</c>): read as one
    /// paragraph, the top would have no headline. Each line is a few capitalised words that close no sentence; the
    /// headline under the block is longer than any of them (<see cref="HeadlineDetector"/> checks that).
    /// </summary>
    internal static class NavigationBlock
    {
        /// <summary>Most lines a menu copied over the headline runs to.</summary>
        private const int MaxLines = 8;

        /// <summary>Most words of one menu entry (<c>News and events</c>, <c>Westhaven University</c>).</summary>
        private const int MaxEntryWords = 4;

        /// <summary>Most words of a line of the block that is a section path (<c>News and events / Research news</c>).</summary>
        private const int MaxPathWords = 6;

        /// <summary>
        /// The words of the block's longest line when <paramref name="unit"/> is such a block, else -1. A block of two lines
        /// is read so only when both are short: a section over a headline, or a headline wrapped in two, is
        /// <see cref="TwoLineTop"/>'s.
        /// </summary>
        public static int LongestEntry(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || unit.LineCount < 2 || unit.LineCount > MaxLines || unit.HasMarkup || unit.Content.PartCount != unit.LineCount)
            {
                return -1;
            }

            var text = unit.Text;
            var longest = 0;
            for (var k = 0; k < unit.LineCount; k++)
            {
                var (start, end) = unit.PartRange(k);
                var words = Entry(text, start, end);
                if (words < 0)
                {
                    return -1;
                }

                longest = words > longest ? words : longest;
            }

            return longest;
        }

        /// <summary>Most words of each line of a menu kept as one block (<c>News</c> / <c>Local</c> / <c>Weather</c>); a byline's block has longer lines (<c>Local Democracy Reporter</c>).</summary>
        private const int MaxMenuLineWords = 2;

        /// <summary>
        /// Whether a block is a menu of one- and two-word entries, whose lines stay one unit for <see cref="LongestEntry"/>
        /// (a block the page broke is otherwise read line by line).
        /// </summary>
        public static bool IsMenuBlock(string s, Segmentation.SourceLine[] block)
        {
            if (block.Length < 2 || block.Length > MaxLines)
            {
                return false;
            }

            foreach (var line in block)
            {
                var words = Entry(s, line.Start, line.End);
                if (words < 0 || words > MaxMenuLineWords)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The words of one entry: one to four, the first capitalised (or a digit), the entry closing on no sentence mark, colon or quotation; else -1.</summary>
        private static int Entry(string text, int start, int end)
        {
            start = Chars.SkipSpaces(text, start, end);
            end = Chars.TrimEnd(text, start, end);
            if (end <= start || !(char.IsUpper(text[start]) || char.IsDigit(text[start])))
            {
                return -1;
            }

            var last = text[end - 1];
            if (last == '.' || last == '!' || last == '?' || last == ',' || last == ':' || last == ';' || last == '"' || last == '\u201D')
            {
                return -1;
            }

            // A section path on one line of the block runs longer ("News and events / Research news").
            var most = IsPath(text, start, end) ? MaxPathWords : MaxEntryWords;
            var words = Chars.CountWords(text, start, end, most + 1);
            return words == 0 || words > most ? -1 : words;
        }

        /// <summary>Most characters of a site's menu copied as one row.</summary>
        private const int MaxMenuRowLength = 80;

        /// <summary>Fewest entries of such a row.</summary>
        private const int MinMenuRowEntries = 3;

        /// <summary>Most words of one of its entries.</summary>
        private const int MaxMenuRowEntryWords = 3;

        /// <summary>
        /// A site's menu copied as one row, its entries parted by runs of spaces (<c>Home   About   Archive   Subscribe</c>,
        /// <c>Posts   Tags   About</c>): three entries or more of a few capitalised words each, one of them a menu's own word
        /// (<see cref="Lexicon.SiteMenuWords"/>). A line of prose holds no run of spaces, and fails on that search.
        /// </summary>
        public static bool IsMenuRow(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup || unit.Text.Length > MaxMenuRowLength ||
                unit.Text.IndexOf("  ", System.StringComparison.Ordinal) < 0)
            {
                return false;
            }

            var text = unit.Text;
            var entries = 0;
            var entryWords = 0;
            var menuWord = false;
            var previousEnd = -1;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (!char.IsUpper(w.First) && !w.Is("&"))
                {
                    return false;
                }

                var newEntry = previousEnd < 0 || w.Start - previousEnd >= 2;
                entries += newEntry ? 1 : 0;
                entryWords = newEntry ? 1 : entryWords + 1;
                if (entryWords > MaxMenuRowEntryWords)
                {
                    return false;
                }

                menuWord |= Lexicon.SiteMenuWords.Contains(w);
                previousEnd = w.End;
            }

            return entries >= MinMenuRowEntries && menuWord;
        }

        /// <summary>The marks that part a section path's steps (<c>News and events / Research news</c>), standing between spaces.</summary>
        private const string PathMarks = "/>|\u00BB\u203A";

        private static bool IsPath(string text, int start, int end) => Chars.HasStandingMark(text, start, end, PathMarks);
    }
}
