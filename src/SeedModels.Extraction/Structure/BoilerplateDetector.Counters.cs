using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Lines of numbers and what they count: gallery and slash counters, pagers, ratings, prices, bare numbers.</summary>
    internal static partial class BoilerplateDetector
    {
        private const int MaxRatingLength = 40;

        /// <summary>A pager (<c>1 2 3 4 5 Next »</c>) and a rating widget's line are short.</summary>
        private const int MaxPagerLength = 40;

        /// <summary>A price alone on a line: a currency sign and a few digits.</summary>
        private const int MaxPriceLength = 14;

        /// <summary>A gallery's counter over a caption: <c>1 of 12</c>, <c>3 of 12 |</c>, <c>Image 2 of 9</c>.</summary>
        public static bool IsGalleryCounter(string line)
        {
            if (line.Length > 24)
            {
                return false;
            }

            // Three or four words, read in place: every line with a role of its own comes here.
            Word w0 = default, w1 = default, w2 = default, w3 = default;
            var count = 0;
            var i = 0;
            while (Words.TryNext(line, ref i, line.Length, out var w))
            {
                switch (count++)
                {
                    case 0: w0 = w; break;
                    case 1: w1 = w; break;
                    case 2: w2 = w; break;
                    case 3: w3 = w; break;
                    default: return false;
                }
            }

            return count == 3 ? IsCounter(w0, w1, w2) : count == 4 && Lexicon.GalleryCounterWords.Contains(w0) && IsCounter(w1, w2, w3);
        }

        /// <summary>
        /// A counter written with a slash: <c>1 / 12</c>, <c>3/9</c>. Pages set it above or below its picture's caption, so it
        /// is furniture without making the line after it a caption.
        /// </summary>
        private static bool IsSlashCounter(string line)
        {
            var k = Chars.SkipSpaces(line, 0, line.Length);
            var digits = 0;
            for (; k < line.Length && char.IsDigit(line[k]); k++)
            {
                digits++;
            }

            k = Chars.SkipSpaces(line, k, line.Length);
            if (digits == 0 || digits > 3 || k >= line.Length || line[k] != '/')
            {
                return false;
            }

            k = Chars.SkipSpaces(line, k + 1, line.Length);
            digits = 0;
            for (; k < line.Length && char.IsDigit(line[k]); k++)
            {
                digits++;
            }

            return digits > 0 && digits <= 3 && Chars.TrimEnd(line, k, line.Length) == k;
        }

        /// <summary>Most digits of a match's minute (<c>74</c>, <c>120</c>) and of the added time after its plus (<c>90+4</c>).</summary>
        private const int MaxMinuteDigits = 3;

        /// <summary>
        /// A live blog's match clock over an entry: a minute, perhaps added time, then <c>min</c> or a minute mark (<c>74 min</c>,
        /// <c>80+2 min</c>, <c>45+1'</c>).
        /// </summary>
        private static bool IsMatchClock(string text)
        {
            var k = 0;
            if (!SkipDigits(text, ref k))
            {
                return false;
            }

            if (k < text.Length && text[k] == '+')
            {
                k++;
                if (!SkipDigits(text, ref k))
                {
                    return false;
                }
            }

            var rest = text.Substring(k).Trim();
            return rest == "'" || rest == "\u2019" || rest == "\u2032" || rest == "min" || rest == "mins" || rest == "min." || rest == "minutes";
        }

        private static bool SkipDigits(string text, ref int k)
        {
            var start = k;
            while (k < text.Length && k - start < MaxMinuteDigits && char.IsDigit(text[k]))
            {
                k++;
            }

            return k > start && (k >= text.Length || !char.IsDigit(text[k]));
        }

        /// <summary>Most words a side's name in a score line runs to (<c>Western Province</c>).</summary>
        private const int MaxSideWords = 3;

        /// <summary>
        /// A live blog's or a match page's score line: two sides, each with its score, perhaps a stage (<c>Lions 27 Sharks 24
        /// FT</c>, <c>Rovers 2 United 1</c>). Read only when the line closes on a digit or a capital.
        /// </summary>
        private static bool IsScoreLine(string text, int words)
        {
            if (text.Length == 0 || words > (2 * MaxSideWords) + 3 || !(char.IsDigit(text[text.Length - 1]) || char.IsUpper(text[text.Length - 1])))
            {
                return false;
            }

            var t = Words.Split(text);
            var k = 0;
            for (var side = 0; side < 2; side++)
            {
                var name = 0;
                while (k < t.Count && t[k].IsCapitalized && char.IsLetter(t[k].First) && !t[k].IsDigits)
                {
                    k++;
                    name++;
                }

                if (name == 0 || name > MaxSideWords || k >= t.Count || !t[k].IsDigits || t[k].End - t[k].Start > 3)
                {
                    return false;
                }

                k++;
            }

            return k == t.Count || (k + 1 == t.Count && Lexicon.MatchStages.ContainsBare(t[k]));
        }

        /// <summary>
        /// A reader poll's question (<c>POLL: Should the council fund the ferry?</c>): its label and a question mark closing the line. A
        /// headline with the same label states a poll's finding, with no question.
        /// </summary>
        private static bool IsPollQuestion(string text) =>
            text.Length > 6 && text[text.Length - 1] == '?' && (text.StartsWith("POLL:", System.StringComparison.Ordinal) || text.StartsWith("Poll:", System.StringComparison.Ordinal));

        private static bool IsCounter(Word number, Word of, Word total) => number.IsDigits && of.LowerIs("of") && total.IsDigits;

        /// <summary>A price alone on its line, a shop button's: <c>£ 205</c>, <c>$49.99</c>, <c>€30</c>.</summary>
        private static bool IsPriceOnly(string text)
        {
            if (text.Length < 2 || text.Length > MaxPriceLength || !Chars.IsCurrencySign(text[0]))
            {
                return false;
            }

            var k = 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            var digits = 0;
            for (; k < text.Length; k++)
            {
                var c = text[k];
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (c != '.' && c != ',')
                {
                    return false;
                }
            }

            return digits > 0;
        }

        /// <summary>
        /// A pager between the parts of a long story: <c>Page 1 of 3</c>, <c>1 2 3 Next »</c>. Numbers and pager words only, with a
        /// number and a word both (<c>Next page</c> alone is a control the phrase list knows).
        /// </summary>
        private static bool IsPager(string text)
        {
            if (text.Length > MaxPagerLength || !(char.IsDigit(text[0]) || text[0] == 'P' || text[0] == 'p'))
            {
                return false;
            }

            var numbers = 0;
            var pagerWords = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (w.IsDigits)
                {
                    numbers++;
                }
                else if (Lexicon.PagerWords.Contains(w))
                {
                    pagerWords++;
                }
                else
                {
                    return false;
                }
            }

            return numbers > 0 && pagerWords > 0;
        }

        /// <summary>A rating widget's score: <c>4.5 (12 votes)</c>, <c>Rated 4.5 out of 5</c>.</summary>
        /// <remarks>Given the line's marks (<see cref="LineMarks.All"/> when not read): the bracketed count needs both its brackets.</remarks>
        private static bool IsRating(string text, LineMarks marks)
        {
            if (text.Length > MaxRatingLength)
            {
                return false;
            }

            // "4.5 (12 votes)": a score, then a count of votes in brackets.
            const LineMarks brackets = LineMarks.OpenParenthesis | LineMarks.CloseBracket;
            var open = (marks & brackets) == brackets ? text.IndexOf('(') : -1;
            if (char.IsDigit(text[0]) && open > 0 && text[text.Length - 1] == ')')
            {
                var at = open + 1;
                return Words.TryNext(text, ref at, text.Length, out var count) && count.IsDigits && Words.TryNext(text, ref at, text.Length, out var noun) &&
                       Lexicon.RatingNouns.Contains(noun) && !Words.TryNext(text, ref at, text.Length, out _);
            }

            // "Rating: 4 out of 5", "Score: 8/10": a review's score under its label.
            if ((marks & LineMarks.Colon) != 0 && Words.TryFirst(text, 0, text.Length, out var label) && Lexicon.RatingLabels.Contains(label) &&
                label.End < text.Length && text[label.End] == ':' && IsScore(text, label.End + 1))
            {
                return true;
            }

            // "Clap 1.4K", "Likes 23": a reaction and its count.
            if (Words.TryFirst(text, 0, text.Length, out var reaction) && Lexicon.ReactionWords.Contains(reaction) &&
                IsNumberOnly(text.Substring(reaction.End).Trim()))
            {
                return true;
            }

            // "Rated 4.5 out of 5 stars".
            return Lexicon.RatingOpeners.Contains(text, 0, System.Math.Min(5, text.Length)) && text.Length > 6 && text[5] == ' ' && char.IsDigit(text[6]) && text.IndexOf(" out of ", System.StringComparison.Ordinal) > 0;
        }

        /// <summary>A score from <paramref name="at"/> to the line's end: <c>4 out of 5</c>, <c>8/10</c>, <c>4.5 / 5</c>.</summary>
        private static bool IsScore(string text, int at)
        {
            var rest = text.Substring(at).Trim();
            var slash = rest.IndexOf('/');
            var outOf = rest.IndexOf(" out of ", System.StringComparison.Ordinal);
            var cut = slash > 0 ? slash : outOf;
            var after = slash > 0 ? slash + 1 : outOf + 8;
            return cut > 0 && IsDecimal(rest.Substring(0, cut).Trim()) && IsDecimal(rest.Substring(after).Trim());
        }

        /// <summary>A number of digits with at most one decimal point inside (<c>4</c>, <c>4.5</c>).</summary>
        private static bool IsDecimal(string text)
        {
            var point = false;
            for (var k = 0; k < text.Length; k++)
            {
                var c = text[k];
                if (c == '.' && !point && k > 0 && k + 1 < text.Length)
                {
                    point = true;
                    continue;
                }

                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return text.Length > 0;
        }

        /// <summary>
        /// A bare number (<c>24</c>, <c>1,204</c>) or a count shortened with a thousand's or a million's letter (<c>1.3K</c>,
        /// <c>2M</c>): a share or comment counter left alone on its line.
        /// </summary>
        private static bool IsNumberOnly(string text)
        {
            if (text.Length > 7)
            {
                return false;
            }

            var end = text.Length;
            var shortened = end > 1 && (text[end - 1] == 'K' || text[end - 1] == 'k' || text[end - 1] == 'M');
            end -= shortened ? 1 : 0;
            for (var k = 0; k < end; k++)
            {
                var c = text[k];
                if (!char.IsDigit(c) && c != ',' && !(shortened && c == '.' && k > 0 && k + 1 < end))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A numeric date with a two-digit year alone on its line (<c>10/1/25</c>, <c>03.11.25</c>): the page's date, which
        /// names no day for certain (the month may come first or second), so it dates nothing but is no body.
        /// </summary>
        private static bool IsShortNumericDate(string text)
        {
            if (text.Length < 6 || text.Length > 8)
            {
                return false;
            }

            int k = 0, groups = 0;
            while (k < text.Length)
            {
                var digits = 0;
                while (k < text.Length && char.IsDigit(text[k]))
                {
                    k++;
                    digits++;
                }

                if (digits == 0 || digits > 2 || ++groups > 3)
                {
                    return false;
                }

                if (k < text.Length)
                {
                    if ((text[k] != '/' && text[k] != '.' && text[k] != '-') || groups == 3 || (k > 0 && text[k] != text[text.IndexOfAny(DateSeparators)]))
                    {
                        return false;
                    }

                    k++;
                }
            }

            return groups == 3;
        }

        private static readonly char[] DateSeparators = { '/', '.', '-' };

        /// <summary>The longest line of rating stars read (<c>★ ★ ★ ★ ☆</c>).</summary>
        private const int MaxStarsLength = 20;

        /// <summary>A review's rating printed as stars alone: black and white stars (a half star's sign too), spaces between.</summary>
        private static bool IsStarRating(string text)
        {
            if (text.Length > MaxStarsLength)
            {
                return false;
            }

            var stars = 0;
            foreach (var c in text)
            {
                if (c == '\u2605' || c == '\u2606' || c == '\u2B50' || c == '\u00BD')
                {
                    stars++;
                }
                else if (c != ' ')
                {
                    return false;
                }
            }

            return stars >= 3;
        }

    }
}
