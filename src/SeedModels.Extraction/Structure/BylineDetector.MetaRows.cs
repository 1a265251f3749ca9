using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A blog's or magazine's meta row: the post's facts in fields parted by bars or slashes, one of them its date
    /// (<c>by | March 11, 2026 | Opinion | 1 comment</c>, <c>March 11, 2026 / Jane Doe</c>, <c>by Jane Doe | March 11, 2026 |
    /// Harbour Life | 3 comments</c>). Every field must be one of these: the date, the author (after <c>by</c>, or after the
    /// date opening with a given name the lexicon knows), an empty <c>by</c>, a section's name, a count or a comment prompt;
    /// a field of anything else makes the line no meta row.
    /// </summary>
    internal static partial class BylineDetector
    {
        /// <summary>A meta row is a short line: a few fields of a few words.</summary>
        private const int MaxMetaRowLength = 160;

        private const int MaxMetaRowFields = 6;

        /// <summary>Most words a section's name in a meta row runs to (<c>Local Politics</c>).</summary>
        private const int MaxSectionFieldWords = 3;

        /// <summary>
        /// Reads a meta row: true when every field was read and one names a day. <paramref name="author"/> holds the author's
        /// reading when a field names a person, else null; <paramref name="date"/> is the first date's reading.
        /// </summary>
        public static bool TryReadMetaRow(string line, out BylineReading? author, out DateRunResult date)
        {
            author = null;
            date = default;
            var text = line.Trim();
            // The marks are searched for before the digits: the framework's search reads many characters per step.
            if (text.Length < 8 || text.Length > MaxMetaRowLength || !(LineTokens.HasBar(text) || LineTokens.HasStandingSlash(text)) || !Chars.HasDigit(text, 0, text.Length))
            {
                return false;
            }

            var t = LineTokens.Split(text);
            var fields = 0;
            var from = 0;
            while (from < t.Count)
            {
                // A field runs to the next bar, or to a slash standing alone as a token.
                var to = from;
                while (to < t.Count && (to == from || (t.Before(to) & Separators.Bar) == 0) && !IsLoneSlash(t[to]))
                {
                    to++;
                }

                if (++fields > MaxMetaRowFields || (to > from && !ReadMetaField(t, from, to, ref author, ref date)))
                {
                    return false;
                }

                from = to < t.Count && IsLoneSlash(t[to]) ? to + 1 : to;
            }

            return fields >= 2 && date.HasDayAndMonth;
        }

        private static bool IsLoneSlash(Word w) => w.End - w.Start == 1 && w.Source[w.Start] == '/';

        /// <summary>One field of a meta row, tokens [from, to): false when it is none of a meta row's fields.</summary>
        private static bool ReadMetaField(LineTokens t, int from, int to, ref BylineReading? author, ref DateRunResult date)
        {
            var first = t[from];

            // "by |": the page's byline with its name left empty.
            if (to - from == 1 && first.LowerIs("by"))
            {
                return true;
            }

            // The date, perhaps with its label and time ("Published March 11, 2026 at 9:14 am"), a count ("1 comment",
            // "683 views") or a comment prompt: date furniture, of which the first day read is the row's date.
            var r = default(DateRunResult);
            if (DateRun.Read(t, from, to, ref r) == to)
            {
                if (r.HasDayAndMonth && !date.HasDayAndMonth)
                {
                    date = r;
                }

                return true;
            }

            // The author: after "by", or after the date a name opening with a given name the lexicon knows; one per row. A row
            // opening with names is read as a byline line (TryReadNameLine), its bullets listing authors.
            var labelled = first.LowerIs("by");
            if (author == null && (labelled || (date.HasDayAndMonth && Lexicon.IsGivenNameBare(first))) && to - from >= (labelled ? 3 : 2))
            {
                var names = LineTokens.Split(t.Source, t[labelled ? from + 1 : from].Start, t[to - 1].End, splitSlashes: true);
                var reading = new BylineReading();
                if (Read(names, 0, labelled, reading) && reading.NamesPerson && reading.Date == null)
                {
                    author = reading;
                    return true;
                }
            }

            // A section's name ("Opinion", "Harbour Life") or a user's name of one word ("Leslie"): a few capitalised words, no
            // day or month among them; a person's full name is left to the byline readers.
            return !labelled && (to - from == 1 || !Lexicon.IsGivenNameBare(first)) && IsSectionField(t, from, to);
        }

        /// <summary>
        /// Section names (<c>Opinion</c>, <c>Harbour Life</c>, <c>Harbour News, Opinion</c>): capitalised words, at most three
        /// between commas, no day or month among them.
        /// </summary>
        private static bool IsSectionField(LineTokens t, int from, int to)
        {
            var words = 0;
            for (var k = from; k < to; k++)
            {
                var w = t[k];
                var before = k > from ? t.Before(k) : Separators.None;
                words = before == Separators.Comma ? 1 : words + 1;
                if ((before != Separators.None && before != Separators.Comma) || words > MaxSectionFieldWords || !char.IsLetter(w.First) ||
                    !(w.IsCapitalized || w.LowerIs("and")) || Lexicon.CalendarWords.ContainsBare(w))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
