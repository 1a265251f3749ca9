using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// The author named under the story when its header names none: a biography (<c>Jane Doe is a reporter at the Westhaven
    /// Courier.</c>, <c>Jane Doe covers local government …</c>), an invitation to reach her (<c>Contact Jane Doe at …</c>,
    /// <c>Follow Jane Doe on …</c>) or a sign-off (<c>— Jane Doe</c>). Only the last few units are read, and only a person
    /// whose name the byline reader takes; the line is the page's, not the story's.
    /// </summary>
    internal static class TailBylineDetector
    {
        /// <summary>How many units from the end the author's note may stand (a copyright line or tags may follow it).</summary>
        private const int TailReach = 5;

        /// <summary>A note is short: a sentence or two.</summary>
        private const int MaxNoteLength = 300;

        /// <summary>The longest name read after an invitation's verb, in characters.</summary>
        private const int MaxNameLength = 60;

        /// <summary>Reads the note from the units after the header and the story's first paragraph (<paramref name="headerEnd"/>).</summary>
        public static void Detect(List<Unit> units, List<string> authors, int headerEnd)
        {
            if (authors.Count > 0)
            {
                return;
            }

            for (var i = System.Math.Max(headerEnd + 1, units.Count - TailReach); i < units.Count; i++)
            {
                var unit = units[i];
                if ((unit.Kind != UnitKind.Text && unit.Kind != UnitKind.Boilerplate) || unit.HasMarkup || unit.Text.Length > MaxNoteLength)
                {
                    continue;
                }

                if ((unit.IsSingleLine && (TryReadSignOff(unit.Text, out var byline) || TryReadInvitation(unit.Text, out byline) || TryReadReachNote(unit.Text, out byline))) ||
                    HeaderDetector.TryReadBiography(unit, out byline))
                {
                    if (IsNamedInStory(units, i, byline!.Authors[0]))
                    {
                        return; // the story's own subject ("Follow Jane Doe on …" about the person it reports on), not its writer
                    }

                    authors.AddRange(byline!.Authors);
                    unit.Kind = UnitKind.Boilerplate;
                    return;
                }
            }
        }

        /// <summary><c>— Jane Doe</c>, <c>-- Jane Doe, Westhaven Courier</c>: a dash, then only the author's name.</summary>
        private static bool TryReadSignOff(string line, out BylineReading? byline)
        {
            byline = null;
            var first = Chars.SkipSpaces(line, 0, line.Length);
            if (first >= line.Length || !Chars.IsDash(line[first]))
            {
                return false; // most lines: no copy made
            }

            var text = line.Trim();
            var i = 0;
            while (i < text.Length && Chars.IsDash(text[i]))
            {
                i++;
            }

            if (i == 0 || i >= text.Length || text[i] != ' ')
            {
                return false;
            }

            return BylineDetector.TryReadNameLine(text.Substring(i + 1), out byline) && IsOnePerson(byline);
        }

        /// <summary><c>Contact Jane Doe at …</c>, <c>Follow Jane Doe on …</c>, <c>Email Jane Doe: …</c>: the name after the verb.</summary>
        private static bool TryReadInvitation(string line, out BylineReading? byline)
        {
            byline = null;
            if (Lexicon.AuthorInvitations.Match(line, Chars.SkipSpaces(line, 0, line.Length)) == null)
            {
                return false; // most lines: no copy made
            }

            var text = line.Trim();
            var opener = Lexicon.AuthorInvitations.Match(text);
            if (opener == null)
            {
                return false;
            }

            // The name runs to "at", "on", "via", a colon or a comma.
            var start = opener.Length;
            var at = start;
            var end = -1;
            while (Words.TryNext(text, ref at, text.Length, out var w) && w.End - start <= MaxNameLength)
            {
                if (w.LowerIs("at") || w.LowerIs("on") || w.LowerIs("via") || w.LowerIs("by"))
                {
                    end = w.Start;
                    break;
                }

                if (w.End < text.Length && (text[w.End] == ':' || text[w.End] == ','))
                {
                    end = w.End;
                    break;
                }
            }

            return end > start && BylineDetector.TryReadNameLine(text.Substring(start, end - start), out byline) && IsOnePerson(byline);
        }

        /// <summary>Whether the headline or the story above the note names the person by surname: a reporter is rarely named in her own story.</summary>
        private static bool IsNamedInStory(List<Unit> units, int to, string name)
        {
            var surnameAt = name.LastIndexOf(' ') + 1;
            var surname = name.Substring(surnameAt);
            if (surname.Length < 2)
            {
                return false;
            }

            for (var i = 0; i < to; i++)
            {
                var kind = units[i].Kind;
                if (kind != UnitKind.Text && kind != UnitKind.Headline && kind != UnitKind.Standfirst && kind != UnitKind.Crosshead && kind != UnitKind.Caption)
                {
                    continue;
                }

                var text = units[i].Text;
                for (var at = text.IndexOf(surname, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, System.StringComparison.Ordinal))
                {
                    var end = at + surname.Length;
                    if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary><c>Jane Doe can be reached at …</c>: the name before <c>can be reached</c>, within the line's first words.</summary>
        private static bool TryReadReachNote(string line, out BylineReading? byline)
        {
            byline = null;

            // The note's "can" is searched for at once: most lines hold none, and are not read word by word.
            if (line.IndexOf("can", System.StringComparison.Ordinal) < 0)
            {
                return false;
            }

            var at = 0;
            var count = 0;
            while (Words.TryNext(line, ref at, line.Length, out var w) && ++count <= 6)
            {
                if (w.Is("can"))
                {
                    var nameStart = PastJobTitle(line, w.Start);
                    return count > 2 && BoilerplateDetector.OpensReachNote(line, at) &&
                           BylineDetector.TryReadNameLine(line.Substring(nameStart, w.Start - nameStart).Trim(), out byline) && IsOnePerson(byline);
                }
            }

            return false;
        }

        /// <summary>
        /// Where the name starts past a job title opening the note (<c>Reporter Jane Doe can be reached …</c>, <c>Staff writer
        /// Jane Doe …</c>): at the first word that is neither a role nor its modifier, else 0.
        /// </summary>
        private static int PastJobTitle(string line, int end)
        {
            var at = 0;
            var start = 0;
            var roles = 0;
            while (Words.TryNext(line, ref at, end, out var w) && (Lexicon.Roles.ContainsBare(w) || Lexicon.StaffWords.ContainsBare(w) || Lexicon.RoleModifiers.ContainsBare(w)))
            {
                start = at;
                roles++;
            }

            return roles <= 3 ? start : 0;
        }

        private static bool IsOnePerson(BylineReading? byline) => byline != null && byline.NamesPerson && byline.Authors.Count == 1;
    }
}
