using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A blog's byline signed with a user name, not a person's name (<c>Posted by admin on November 27, 2026</c>,
    /// <c>By jane_doe | Nov 27, 2026</c>): no author (a user name is no person), but the line is the header's, and its
    /// date is the story's.
    /// </summary>
    internal static class UserNameByline
    {
        /// <summary>The longest line read; a byline with a date is short.</summary>
        private const int MaxLength = 100;

        /// <summary>
        /// Whether <paramref name="line"/> is a label ending in <c>by</c>, one user-name token, perhaps <c>on</c>, then date
        /// furniture naming a day; <paramref name="date"/> is null when the line prints no year.
        /// </summary>
        public static bool TryRead(string line, out DateTime? date)
        {
            date = null;
            var at = Chars.SkipSpaces(line, 0, line.Length);
            if (line.Length > MaxLength || at >= line.Length || (line[at] != 'B' && line[at] != 'b' && line[at] != 'P' && line[at] != 'p' && line[at] != 'W' && line[at] != 'w'))
            {
                return false; // most lines: no label, no tokens made
            }

            var labelEnd = BylineDetector.LabelClosingOnBy(line, at);
            if (labelEnd < 0)
            {
                return false;
            }

            var t = LineTokens.Split(line, labelEnd, line.Length);
            if (t.Count < 3 || !IsUserName(t[0]))
            {
                return false;
            }

            var from = t[1].LowerIs("on") ? 2 : 1;
            if (from >= t.Count || !DateRun.IsWholeRun(t, from, t.Count, out var r) || !r.HasDayAndMonth)
            {
                return false;
            }

            date = r.Date;
            return true;
        }

        /// <summary>A token no name reader takes: lower case throughout, or joined with an underscore or digits (<c>admin</c>, <c>jane_doe</c>, <c>jdoe42</c>).</summary>
        private static bool IsUserName(Word w)
        {
            var lower = true;
            var joined = false;
            for (var k = w.Start; k < w.End; k++)
            {
                var c = w.Source[k];
                if (char.IsUpper(c))
                {
                    lower = false;
                }
                else if (c == '_' || char.IsDigit(c))
                {
                    joined = true;
                }
                else if (!char.IsLetter(c) && c != '.' && c != '-')
                {
                    return false;
                }
            }

            return (lower || joined) && w.End - w.Start >= 2 && !Lexicon.FunctionWords.Contains(w);
        }
    }
}
