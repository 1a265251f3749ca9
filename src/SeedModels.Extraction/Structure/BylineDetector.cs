using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which line names the authors: <c>By Jane Doe</c>, <c>By A, B and C</c>, <c>By Jane Doe | Reuters</c>,
    /// <c>Jane Doe, Political Reporter</c>, or a line near the top that is only a name.
    /// </summary>
    internal static class BylineDetector
    {
        /// <summary>A <c>By …</c> line, wherever it stands.</summary>
        public static bool TryReadByLine(string line, out List<string>? authors, out string? agency)
        {
            authors = null;
            agency = null;
            var text = line.Trim();
            if (text.Length < 6 || !text.StartsWith("By ", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var rest = text.Substring(3).Trim();
            var bar = rest.IndexOfAny(new[] { '|', '\u2013', '\u2014' });
            if (bar < 0)
            {
                bar = rest.IndexOf(" - ", System.StringComparison.Ordinal);
            }

            if (bar > 0)
            {
                var after = rest.Substring(bar + 1).Trim(' ', '-');
                agency = after.Length > 0 && Chars.CountWords(after) <= 4 ? after : null;
                rest = rest.Substring(0, bar).Trim();
            }

            authors = ReadAuthors(rest);
            if (authors is null)
            {
                agency = null;
            }

            return authors != null;
        }

        /// <summary>A line that is only a name or names, or a name followed by the author's role.</summary>
        public static bool TryReadNameLine(string line, out List<string>? authors)
        {
            authors = null;
            var text = line.Trim();
            if (text.Length == 0 || Chars.IsSentenceEnd(text[text.Length - 1]) || Chars.CountWords(text) > 12)
            {
                return false;
            }

            authors = ReadAuthors(text);
            return authors != null;
        }

        /// <summary>Names, with a trailing role (<c>, Political Reporter</c>) or place (<c>in London</c>) left out.</summary>
        private static List<string>? ReadAuthors(string rest)
        {
            // The role is checked first: "Political Reporter" has the shape of a name too.
            var comma = rest.LastIndexOf(',');
            if (comma > 0 && IsRole(rest.Substring(comma + 1)))
            {
                return Names.SplitNameList(rest.Substring(0, comma));
            }

            var names = Names.SplitNameList(rest);
            if (names != null)
            {
                return names;
            }

            var inAt = rest.IndexOf(" in ", System.StringComparison.Ordinal);
            return inAt > 0 ? Names.SplitNameList(rest.Substring(0, inAt)) : null;
        }

        private static bool IsRole(string s)
        {
            var words = Words.Split(s);
            if (words.Count == 0 || words.Count > 5)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (Lexicon.Roles.ContainsBare(w))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
