using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    internal static partial class CaptionDetector
    {
        /// <summary>
        /// Where a credit's label carried on a caption's line may start, in the order of the line: after a space, at a capital or
        /// the copyright sign, either after a sentence end, a bar or a dash (<c>… the pier. Photo: …</c>), or at a C, I, P or the
        /// sign anywhere (the labels that say "credit" outright). Each kind of place is found by a search for its mark, so a
        /// paragraph of prose is read a few times by the framework's search instead of character by character, and most of its
        /// capitals (a name, a sentence's first word) are never looked at.
        /// </summary>
        private struct LabelPlaces
        {
            /// <summary>
            /// The marks a label after a break stands two characters after: a sentence end, a bar or a dash. Searched as two sets
            /// (the ASCII ones, the dashes outside ASCII), as the framework searches for up to five characters at once far faster
            /// than for more.
            /// </summary>
            private static readonly char[] AsciiBreakMarks = { '.', '?', '!', '|', '-' };

            private static readonly char[] DashBreakMarks = { '\u2013', '\u2014', '\u2012', '\u2015' };

            /// <summary>The characters a label that may stand anywhere opens with.</summary>
            private static readonly char[] StrongInitials = { 'C', 'I', 'P', '\u00A9' };

            private const int None = int.MaxValue;

            private readonly string _text;

            /// <summary>The next place after an ASCII break mark not yet given, or <see cref="None"/>.</summary>
            private int _afterBreak;

            /// <summary>The next place after a dash outside ASCII not yet given, or <see cref="None"/>.</summary>
            private int _afterDash;

            /// <summary>The next place at a strong label's initial not yet given, or <see cref="None"/>.</summary>
            private int _atInitial;

            /// <summary>The places of <paramref name="text"/>, part of a line whose marks are <paramref name="marks"/>: a break mark the line lacks is not searched for.</summary>
            public LabelPlaces(string text, LineMarks marks)
            {
                _text = text;
                _afterBreak = (marks & (LineMarks.Stop | LineMarks.Bar | LineMarks.Dash)) != 0 ? NextAfterBreak(text, 0, AsciiBreakMarks) : None;
                _afterDash = (marks & LineMarks.Dash) != 0 ? NextAfterBreak(text, 0, DashBreakMarks) : None;
                _atInitial = NextAtInitial(text, 1);
            }

            /// <summary>The next place, or -1 when there is none.</summary>
            public int Next()
            {
                var place = System.Math.Min(System.Math.Min(_afterBreak, _afterDash), _atInitial);
                if (place == None)
                {
                    return -1;
                }

                // A place of both kinds is given once.
                if (_afterBreak == place)
                {
                    _afterBreak = NextAfterBreak(_text, place - 1, AsciiBreakMarks);
                }

                if (_afterDash == place)
                {
                    _afterDash = NextAfterBreak(_text, place - 1, DashBreakMarks);
                }

                if (_atInitial == place)
                {
                    _atInitial = NextAtInitial(_text, place + 1);
                }

                return place;
            }

            /// <summary>The first place two characters after one of <paramref name="marks"/> at or after <paramref name="from"/>: a space, then a capital or the sign.</summary>
            private static int NextAfterBreak(string text, int from, char[] marks)
            {
                while (from < text.Length - 2)
                {
                    var mark = text.IndexOfAny(marks, from);
                    if (mark < 0 || mark > text.Length - 3)
                    {
                        return None;
                    }

                    var place = mark + 2;
                    if (text[mark + 1] == ' ' && (char.IsUpper(text[place]) || text[place] == '\u00A9'))
                    {
                        return place;
                    }

                    from = mark + 1;
                }

                return None;
            }

            /// <summary>
            /// The first strong label's initial at or after <paramref name="from"/> (at least 1) with a space before it, or a full
            /// stop after a lower-case letter.
            /// </summary>
            private static int NextAtInitial(string text, int from)
            {
                while (from < text.Length)
                {
                    var place = text.IndexOfAny(StrongInitials, from);
                    if (place < 0)
                    {
                        return None;
                    }

                    // "… in February.Credit: Jane Roe": some pages set the credit's label right after the caption's full stop.
                    if (text[place - 1] == ' ' || (place >= 2 && text[place - 1] == '.' && char.IsLower(text[place - 2])))
                    {
                        return place;
                    }

                    from = place + 1;
                }

                return None;
            }
        }
    }
}
