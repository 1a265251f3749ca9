using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Notes about the author near the top or at the end: biographies, reach notes, wire sign-offs.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>How far from the top or the end an author's note (a biography, an invitation to write to them) is looked for.</summary>
        private const int AuthorNoteReach = 4;

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
            // "Dr Jane Roe is professor of …": the honorific before the name the byline printed without it.
            if (Words.TryFirst(text, 0, text.Length, out var first) && Lexicon.Titles.ContainsBare(first) && first.End < text.Length)
            {
                var rest = text.Substring(first.End).TrimStart();
                if (rest.Length > 0 && char.IsUpper(rest[0]) && IsBiographyOf(rest, authors))
                {
                    return true;
                }
            }

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
                var afterVerb = at;
                return (Words.TryNext(text, ref at, text.Length, out var next) && (next.LowerIs("a") || next.LowerIs("an") || next.LowerIs("the") || next.LowerIs("been") ||
                                                                                   (verb.LowerIs("has") && Lexicon.BiographyParticiples.Contains(next)))) ||
                       (!verb.LowerIs("has") && NamesJobSoon(text, afterVerb));
            }

            return true;
        }

        /// <summary>The most words read after <c>is</c> for the job (<c>is Harbour Quarterly's chief film critic</c>).</summary>
        private const int MaxWordsBeforeJob = 6;

        /// <summary>
        /// Whether a job's word in lower case follows within a few words, before any comma (<c>is professor of …</c>,
        /// <c>is Harbour Quarterly's chief film critic</c>): what the author is, said without an article.
        /// </summary>
        private static bool NamesJobSoon(string text, int at)
        {
            for (var n = 0; n < MaxWordsBeforeJob && Words.TryNext(text, ref at, text.Length, out var w); n++)
            {
                if (!w.IsCapitalized && (Lexicon.Roles.ContainsBare(w) || Lexicon.IsOccupationBare(w)))
                {
                    return true;
                }

                if (w.End < text.Length && (text[w.End] == ',' || text[w.End] == '.'))
                {
                    return false;
                }
            }

            return false;
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

        /// <summary>A wire sign-off naming the staff behind the story: <c>(Reporting by …; Editing by …)</c>.</summary>
        private static string? SignOffOpener(string text)
        {
            var at = text[0] == '(' || text[0] == '[' ? 1 : 0;
            return Lexicon.SignOffOpeners.Match(text, at);
        }
    }
}
