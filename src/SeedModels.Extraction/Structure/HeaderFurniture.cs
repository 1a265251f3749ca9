using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// The lines a copied page sets among its header's byline and date that are neither: the author's picture named by its
    /// alternative text (<c>Jane Doe's avatar</c>, <c>Photo of Jane Doe</c>), a link to the author's other stories (<c>View
    /// all posts</c>), filing facts (<c>Category: Local News</c>), a lone mark (<c>·</c>), and, once the byline or date has
    /// been read, the author's address or handle and the counts of comments and likes (<c>12 Comments</c>, <c>3</c>); a
    /// magazine's credit for the pictures (<c>Photography John Roe</c>), a press release's notice (<c>For immediate
    /// release</c>), an old story's notice (<c>This article is more than 2 years old</c>), a section's name (<c>Opinion</c>).
    /// </summary>
    internal static class HeaderFurniture
    {
        /// <summary>A header's furniture line is short.</summary>
        private const int MaxLength = 80;

        /// <summary>
        /// Whether the header's <paramref name="unit"/> is furniture. Lines that other parts of a page also print (a lone mark,
        /// a section's name, a count, an address) only count next to the byline or date (<paramref name="nextToMeta"/>: no text
        /// line stands between), and a count or an address only after one (<paramref name="afterMeta"/>).
        /// </summary>
        public static bool IsFurniture(Unit unit, bool afterMeta, bool nextToMeta)
        {
            if (!unit.IsSingleLine || unit.Text.Length > MaxLength)
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (text.Length == 0)
            {
                return false;
            }

            if (Lexicon.AuthorLinkOpeners.Match(text) != null || Lexicon.HeaderMetaLabels.Match(text) != null || Lexicon.HeaderFurnitureLines.Contains(text) ||
                Lexicon.ArchiveNotices.Match(text) != null)
            {
                return true;
            }

            if (IsDateLabelAlone(text) || RepeatedTagRow.Is(text) || BylineDetector.IsJobTitleAlone(text))
            {
                return true;
            }

            if (nextToMeta && (!HasLetterOrDigit(text) || HeadlineDetector.IsSectionLine(text) || IsMonthAndYear(text) || IsBadge(text) || IsDeskSignature(text)))
            {
                return true;
            }

            var opener = Lexicon.AuthorPictureOpeners.Match(text) ?? Lexicon.PictureCreditOpeners.Match(text);
            if (opener != null && Names.IsPersonName(text.Substring(opener.Length)))
            {
                return true;
            }

            if (IsNamedAvatar(text))
            {
                return true;
            }

            return afterMeta && nextToMeta && (IsAddressOrHandle(text) || IsCount(text));
        }

        /// <summary>
        /// A month and its year alone (<c>November 2026</c>, <c>Nov. 2026</c>): the issue a story was printed in, or a date
        /// cut to its month; beside the byline or date it dates the page, and names no day.
        /// </summary>
        private static bool IsMonthAndYear(string text)
        {
            var at = 0;
            if (!Words.TryNext(text, ref at, text.Length, out var month) || !Words.TryNext(text, ref at, text.Length, out var year) ||
                Words.TryNext(text, ref at, text.Length, out _))
            {
                return false;
            }

            var monthEnd = month.End > month.Start + 1 && month.Source[month.End - 1] == ',' ? month.End - 1 : month.End;
            return Dates.MonthNumber(text, month.Start, monthEnd) != 0 && year.IsFourDigitYear && (year.First == '1' || year.First == '2');
        }

        /// <summary>Most words a newsroom desk's signature runs to (<c>Westmoor Evening Express News Service</c>).</summary>
        private const int MaxDeskSignatureWords = 5;

        /// <summary>
        /// A paper's own news service or desk signing the story on a line of its own, with no label (<c>Express News Service</c>,
        /// <c>Westmoor Web Desk</c>): capitalised words closing on one of <see cref="Lexicon.DeskSignatureEnds"/>. It names no
        /// person and stands in the header, not the story.
        /// </summary>
        private static bool IsDeskSignature(string text)
        {
            var at = 0;
            var words = 0;
            var secondLast = -1;
            var lastStart = -1;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++words > MaxDeskSignatureWords || !char.IsUpper(w.First))
                {
                    return false;
                }

                secondLast = lastStart;
                lastStart = w.Start;
            }

            return words >= 2 && secondLast >= 0 && Lexicon.DeskSignatureEnds.Contains(text, secondLast, text.Length);
        }

        /// <summary>Most words a date's label alone runs to (<c>Last updated on</c>).</summary>
        private const int MaxDateLabelWords = 3;

        /// <summary>
        /// A date's label whose date the copy lost, or the word that joined them, alone on its line (<c>Published</c>, <c>Last
        /// updated:</c>, <c>on</c>): the page's script wrote the date, and the copy kept only its label.
        /// </summary>
        private static bool IsDateLabelAlone(string text)
        {
            var at = 0;
            var words = 0;
            var label = false;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++words > MaxDateLabelWords)
                {
                    return false;
                }

                var joiner = w.LowerIs("on") || w.LowerIs("at");
                if (!joiner && !w.LowerIs("last") && !Lexicon.DateLabels.ContainsBare(w))
                {
                    return false;
                }

                label |= !joiner;
            }

            return words > 0 && (label || text == "on" || text == "at");
        }

        /// <summary>A post's access badge alone, perhaps after a mark: <c>∙ Paid</c>, <c>Subscribers only</c>.</summary>
        public static bool IsBadge(string text)
        {
            var at = 0;
            var words = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (!char.IsLetterOrDigit(w.First))
                {
                    continue;
                }

                if (++words > 3 || !Lexicon.PostBadges.ContainsBare(w))
                {
                    return false;
                }
            }

            return words > 0;
        }

        /// <summary><c>Jane Doe's avatar</c>, <c>Jane Doe avatar</c>: a name, then the word.</summary>
        private static bool IsNamedAvatar(string text)
        {
            const string Avatar = "avatar";
            if (text.Length <= Avatar.Length + 1 || string.Compare(text, text.Length - Avatar.Length, Avatar, 0, Avatar.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            var end = text.Length - Avatar.Length - 1;
            if (text[end] != ' ')
            {
                return false;
            }

            // The possessive's mark and s.
            if (end >= 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && (text[end - 2] == '\'' || text[end - 2] == '\u2019'))
            {
                end -= 2;
            }

            return end > 0 && Names.IsPersonName(text.Substring(0, end));
        }

        /// <summary>One token that is an e-mail address or a handle: <c>jane.doe@example.com</c>, <c>@janedoe</c>.</summary>
        private static bool IsAddressOrHandle(string text)
        {
            if (text.IndexOf(' ') >= 0)
            {
                return false;
            }

            var at = text.IndexOf('@');
            return at == 0 ? text.Length > 1 : at > 0 && text.IndexOf('.', at) > at + 1;
        }

        /// <summary>A count alone (<c>12</c>, <c>1,204</c>) or with what it counts (<c>12 Comments</c>).</summary>
        private static bool IsCount(string text)
        {
            var i = 0;
            while (i < text.Length && (char.IsDigit(text[i]) || (i > 0 && text[i] == ',')))
            {
                i++;
            }

            if (i == 0 || !char.IsDigit(text[0]))
            {
                return false;
            }

            if (i == text.Length)
            {
                return i <= 7;
            }

            if (text[i] != ' ' || !Words.TryFirst(text, i, text.Length, out var w) || w.End != text.Length)
            {
                return false;
            }

            return Lexicon.CountedThings.ContainsBare(w);
        }

        private static bool HasLetterOrDigit(string text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
