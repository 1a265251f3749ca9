using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the furniture a page sets under the story: an author box (<c>About the author</c>, the name, a short
    /// biography), the author's name over a biography of that name, and a blog's footer sentence giving the date
    /// (<c>This entry was posted on Monday, March 4th, 2024 …</c>). Only the last few units are read.
    /// </summary>
    internal static class FooterDetector
    {
        /// <summary>How many units before the last body unit the footer may begin.</summary>
        private const int TailReach = 6;

        /// <summary>An author box holds a few short paragraphs: a name, a biography, a link or two.</summary>
        private const int MaxAuthorBoxUnits = 8;

        private const int MaxAuthorBoxWords = 90;

        /// <summary>An author box holds one biography, perhaps a second line about the author; a third paragraph of prose is a story's.</summary>
        private const int MaxAuthorBoxProse = 2;

        /// <summary>The most words a name standing alone over its biography has (a name, perhaps a title or a handle).</summary>
        private const int MaxNameWords = 8;

        public static void Detect(List<Unit> units)
        {
            var last = Units.LastText(units);
            if (last < 0)
            {
                return;
            }

            for (var i = System.Math.Max(0, last - TailReach); i <= last; i++)
            {
                var unit = units[i];
                if ((unit.Kind == UnitKind.Text || unit.Kind == UnitKind.Boilerplate) && unit.IsSingleLine && (Lexicon.AuthorBoxLabels.Contains(unit.Text) || IsAboutAPerson(unit.Text)) &&
                    TryMarkAuthorBox(units, i, last, named: false))
                {
                    return;
                }

                // "Written by Jane Roe" / "Harbour reporter. Writes about ferries." under the story: the box's label holds the name.
                if (unit.Kind == UnitKind.Byline && unit.IsSingleLine && i > 0 && i < last && units[i - 1].Kind == UnitKind.Text &&
                    IsNamedAuthorBoxLabel(unit.Text) && BoilerplateDetector.IsProse(units[i - 1]) && TryMarkAuthorBox(units, i, last, named: true))
                {
                    return;
                }

                if (unit.Kind != UnitKind.Text)
                {
                    continue;
                }

                // "About Westhaven Energy" / "Westhaven Energy builds …" under a release: the issuer's standing description.
                if (last - i <= MaxAuthorBoxUnits && IsAboutTheIssuer(units, i))
                {
                    for (var k = i; k <= last; k++)
                    {
                        units[k].Kind = units[k].Kind == UnitKind.Text ? UnitKind.Boilerplate : units[k].Kind;
                    }

                    return;
                }

                if (i < last && IsNameOverBiography(unit, units[i + 1]))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    units[i + 1].Kind = UnitKind.Boilerplate;
                    i++;
                }
                else if (DatelineDetector.TryReadFooterDate(unit.Text, out var date))
                {
                    unit.Kind = UnitKind.Dateline;
                    unit.Date = date;
                }
            }
        }

        /// <summary>
        /// A label (<c>About the author</c>) over the last few short units, one of the two after it a name or a biography:
        /// the label and everything after it are the author box.
        /// </summary>
        private static bool TryMarkAuthorBox(List<Unit> units, int label, int last, bool named)
        {
            // The label last, its name and biography already known as the author's (furniture under it): the label is the box's.
            if (last == label && label + 1 < units.Count && units[label + 1].Kind == UnitKind.Boilerplate)
            {
                units[label].Kind = UnitKind.Boilerplate;
                return true;
            }

            if (last <= label || last - label > MaxAuthorBoxUnits)
            {
                return false;
            }

            // The name or biography is among the first two lines after the label that are no other label (a box's tabs,
            // "Author" / "Recent Posts", stand between them); a link list's label may already have claimed the name. A box
            // titled with the name (<c>About Jane Roe</c>) may open its biography with one word of it (<c>Jane covers …</c>).
            var labelText = units[label].Text.Trim();
            var titledName = IsAboutAPerson(labelText) ? labelText.Substring(6).Trim() : null;
            var introduced = named;
            var read = 0;
            var prose = 0;
            for (var k = label + 1; k <= last; k++)
            {
                var unit = units[k];
                var lineOfTheBox = unit.Kind == UnitKind.Text || (unit.Kind == UnitKind.Boilerplate && !unit.IsLinkListLabel && unit.IsSingleLine);
                if (!lineOfTheBox)
                {
                    continue;
                }

                if (unit.Kind == UnitKind.Text && unit.WordsUpTo(MaxAuthorBoxWords + 1) > MaxAuthorBoxWords)
                {
                    return false;
                }

                // A box holds one biography; more paragraphs of prose are a profile's story under its heading ("About Ada Roe").
                prose += unit.Kind == UnitKind.Text && BoilerplateDetector.IsProse(unit) ? 1 : 0;
                if (prose > MaxAuthorBoxProse)
                {
                    return false;
                }

                if (++read <= 2)
                {
                    var text = unit.Text.Trim();
                    introduced |= (BylineDetector.TryReadNameLine(text, out var byline) && byline!.NamesPerson) || Lexicon.FirstPersonIntroductions.Match(text) != null ||
                                  OpensWithBiography(text) || (titledName != null && OpensWithNameWord(text, titledName));
                }
            }

            if (!introduced)
            {
                return false;
            }

            // The label is text or furniture already; the loop makes it and every text unit after it furniture.
            for (var k = label; k <= last; k++)
            {
                if (units[k].Kind == UnitKind.Text)
                {
                    units[k].Kind = UnitKind.Boilerplate;
                }
            }

            return true;
        }

        /// <summary>Whether the text opens with a word of the name, perhaps more of it, then a biography's verb (<c>Jane covers …</c>).</summary>
        private static bool OpensWithNameWord(string text, string name)
        {
            var at = 0;
            if (!Words.TryNext(text, ref at, text.Length, out var first))
            {
                return false;
            }

            var n = 0;
            var matched = false;
            while (!matched && Words.TryNext(name, ref n, name.Length, out var part))
            {
                matched = first.Bare == part.Bare;
            }

            while (matched && Words.TryNext(text, ref at, text.Length, out var next))
            {
                if (Lexicon.BiographyVerbs.Contains(next))
                {
                    return true;
                }

                if (!next.IsCapitalized || name.IndexOf(next.Bare, System.StringComparison.Ordinal) < 0)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>An author box's label naming its author: <c>About Jane Roe</c>.</summary>
        /// <summary>
        /// An author box's label printed with the name on its line (<c>Written by Jane Roe</c>), the name one person's.
        /// </summary>
        private static bool IsNamedAuthorBoxLabel(string text)
        {
            var t = text.Trim();
            var label = Lexicon.AuthorBoxNameLabels.Match(t);
            return label != null && BylineDetector.TryReadNameLine(t.Substring(label.Length), out var byline) &&
                   byline!.NamesPerson && byline.Authors.Count == 1 && byline.Date == null;
        }

        /// <summary>Most words of an organisation's name in an <c>About</c> heading (<c>About the Westhaven Harbour Trust</c>).</summary>
        private const int MaxIssuerNameWords = 6;

        /// <summary>
        /// Whether unit <paramref name="i"/> opens with a heading <c>About</c> and an organisation's capitalised name, alone on
        /// its line, that the story above named: a press release's description of its issuer, never the story.
        /// </summary>
        private static bool IsAboutTheIssuer(List<Unit> units, int i)
        {
            var unit = units[i];
            var text = unit.Text;
            var opener = Lexicon.IssuerHeadingOpeners.Match(text.TrimStart());
            if (opener == null)
            {
                return false;
            }

            var lineEnd = unit.IsSingleLine ? text.Length : unit.Content.PartStart(1);
            var heading = text.Substring(0, lineEnd).Trim();
            var name = heading.Substring(opener.Length).Trim();
            if (name.Length == 0 || !char.IsUpper(name[0]) || !char.IsLetterOrDigit(name[name.Length - 1]))
            {
                return false;
            }

            var at = 0;
            var words = 0;
            while (Words.TryNext(name, ref at, name.Length, out var w))
            {
                if ((++words > MaxIssuerNameWords) || (!char.IsUpper(w.First) && !char.IsDigit(w.First) && !Lexicon.FunctionWords.ContainsBare(w)))
                {
                    return false;
                }
            }

            for (var k = 0; k < i; k++)
            {
                if (units[k].Kind == UnitKind.Text && units[k].Text.IndexOf(name, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAboutAPerson(string text)
        {
            var t = text.Trim();
            return t.Length > 8 && t.Length <= 60 && t.StartsWith("About ", System.StringComparison.Ordinal) && Names.IsPersonName(t.Substring(6).Trim());
        }

        private static bool OpensWithCapital(string text)
        {
            var i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i < text.Length && char.IsUpper(text[i]);
        }

        /// <summary>
        /// A biography opening with a person's name of two or three words (<c>Jane Roe is a reporter …</c>); under a box's label,
        /// what the person does in the present says it as well (<c>Jane Roe leads the institute's research …</c>).
        /// </summary>
        private static bool OpensWithBiography(string text)
        {
            var words = Words.Split(text, 0, System.Math.Min(text.Length, 80));
            for (var n = 2; n <= 3 && n < words.Count; n++)
            {
                if ((Lexicon.BiographyVerbs.Contains(words[n]) || IsPresentVerbShaped(words[n])) && Names.IsPersonName(words, 0, n, allowAllCaps: false))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A word in lower case ending in a single <c>s</c>, as a verb in the present after a name does (<c>leads</c>, <c>teaches</c>; not <c>was</c>).</summary>
        private static bool IsPresentVerbShaped(Word w) =>
            w.End - w.Start >= 4 && char.IsLower(w.First) && w.Source[w.End - 1] == 's' && w.Source[w.End - 2] != 's' && w.Source[w.End - 2] != '\'';

        /// <summary>The author's name alone, then a biography opening with it (<c>Jane Roe</c> / <c>Jane Roe is a reporter …</c>).</summary>
        private static bool IsNameOverBiography(Unit name, Unit next)
        {
            // A name alone is a few capitalised words: most units fail these counts before any name is read, and most of the rest
            // have no biography's verb after them, which the next unit is read for before the name.
            if (!name.IsSingleLine || next.Kind != UnitKind.Text || !OpensWithCapital(name.Text) || name.WordsUpTo(MaxNameWords + 1) > MaxNameWords)
            {
                return false;
            }

            var biography = next.Text.Trim();
            if (!MayOpenBiography(biography, name.Text.Length) ||
                !BylineDetector.TryReadNameLine(name.Text.Trim(), out var byline) || !byline!.NamesPerson || byline.Authors.Count != 1)
            {
                return false;
            }

            return BoilerplateDetector.IsBiographyOf(biography, byline.Authors);
        }

        /// <summary>
        /// A necessary condition of <see cref="BoilerplateDetector.IsBiographyOf"/> for any author read from a line of
        /// <paramref name="nameLength"/> characters: it takes <paramref name="text"/> when the author's name, or its first or
        /// last word, opens it and a space and <c>can</c> or a biography's verb follow; each is at most as long as the author,
        /// a piece of the name line (title-cased or cut by a full stop, never lengthened). So some space at most
        /// <paramref name="nameLength"/> characters in is followed by such a word.
        /// </summary>
        private static bool MayOpenBiography(string text, int nameLength)
        {
            for (var length = 0; length <= nameLength && length + 1 < text.Length; length++)
            {
                var at = length;
                if (text[length] == ' ' && Words.TryNext(text, ref at, text.Length, out var verb) && (verb.LowerIs("can") || Lexicon.BiographyVerbs.Contains(verb)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
