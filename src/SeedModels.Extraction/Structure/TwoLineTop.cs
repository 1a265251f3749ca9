using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A page's top copied as one block of two lines, with no blank line between: a section's name over the headline
    /// (<c>Local News</c> / <c>Council closes library</c>), the headline over its standfirst (<c>Council closes library</c> /
    /// <c>The building cannot reopen until its roof is mended.</c>), or a headline the page wrapped over two lines
    /// (<c>Council closes old library</c> / <c>after roof survey finds cracks</c>). Read as one paragraph, the top would have no
    /// headline at all; this parts the block where the page meant its lines to stand apart.
    /// </summary>
    internal static class TwoLineTop
    {
        /// <summary>Most words of a kicker over the headline (<c>Housing</c>, <c>First Team</c>).</summary>
        private const int MaxKickerWords = 2;

        /// <summary>How many words longer than its kicker a headline runs at least.</summary>
        private const int MinHeadlineWordsOverKicker = 3;

        /// <summary>Fewest words of a headline and of the subtitle under it.</summary>
        private const int MinHeadlineWordsOverSubtitle = 3;

        /// <summary>A wrapped headline's two lines together stay a headline's length.</summary>
        private const int MaxWrappedWords = 24;

        /// <summary>
        /// Parts the two-line block at <paramref name="at"/> when its lines are a section and a headline, a headline and a
        /// standfirst, or one wrapped headline; returns the index of the unit that may now be the headline.
        /// </summary>
        public static int Split(List<Unit> units, int at)
        {
            if (at >= units.Count - 1)
            {
                return at;
            }

            var unit = units[at];
            if (unit.Kind != UnitKind.Text || unit.LineCount != 2 || unit.HasMarkup || unit.Content.PartCount != 2)
            {
                return at;
            }

            var text = unit.Text;
            var cut = unit.Content.PartStart(1);
            var first = text.Substring(0, cut).Trim();
            var second = text.Substring(cut).Trim();

            // "Council closes library;" / "The roof survey found cracks in every beam.": a print headline that closes on a semicolon
            // over its deck.
            if (first.Length > 1 && first[first.Length - 1] == ';' && HeadlineDetector.LooksLikeHeadline(first.Substring(0, first.Length - 1)) &&
                second.Length > 0 && char.IsUpper(second[0]) && StandfirstDetector.IsDek(second))
            {
                Part(units, at, UnitKind.Text, UnitKind.Text);
                return at;
            }
            if (first.Length == 0 || second.Length == 0 || !HeadlineDetector.LooksLikeHeadline(first) || EndsSentence(first) ||
                !(char.IsLetterOrDigit(second[0]) || Chars.IsOpeningQuote(second[0])))
            {
                return at;
            }

            // "Local News" / "Council closes library": the section is furniture, the headline stands under it.
            if (HeadlineDetector.IsSectionLine(first) && HeadlineDetector.LooksLikeHeadline(second) && Chars.CountWords(second) > Chars.CountWords(first))
            {
                Part(units, at, UnitKind.Boilerplate, UnitKind.Text);
                return at + 1;
            }

            // "Reviews" / "Smartphones" over "Westhaven X7 review: …": a section and its one-word sub-section, the page's path over the
            // headline that stands as the next unit.
            if (HeadlineDetector.IsSectionLine(first) && IsSubsectionOverHeadline(units, at, second))
            {
                unit.Kind = UnitKind.Boilerplate;
                return at + 1;
            }

            var secondWords = Chars.CountWords(second);
            var firstWords = Chars.CountWords(first);

            // "Housing" / "Explained: who pays the new levy on empty homes": a kicker of a word or two in title case over a headline
            // several words longer is the section's label, whatever the section.
            if (firstWords <= MaxKickerWords && IsTitleCase(first, minWords: 1) && char.IsUpper(second[0]) && HeadlineDetector.LooksLikeHeadline(second) &&
                secondWords >= firstWords + MinHeadlineWordsOverKicker)
            {
                Part(units, at, UnitKind.Boilerplate, UnitKind.Text);
                return at + 1;
            }

            // "Council closes library" / "after roof survey finds cracks": a headline wrapped where the page's column ended, the
            // second line going on in lower case, neither line closing a sentence.
            // The two lines read as one: a unit of one line, its text the joined lines, still mapped to both.
            if ((char.IsLower(second[0]) && HeadlineDetector.LooksLikeHeadline(second) && !EndsSentence(second) && firstWords + secondWords <= MaxWrappedWords) ||
                IsTitleCaseWrap(first, second, firstWords + secondWords))
            {
                units[at] = new Unit(UnitKind.Text, unit.Content, unit.FirstLine, 1);
                return at;
            }

            // "The budget vote nobody is talking about" / "Why the county's quiet transfer matters more than the stadium": a headline
            // over a subtitle in sentence case that closes on no full stop, as blogs and press releases print it. A headline
            // wrapped in two would have broken after a joiner or gone on in lower case (both read above).
            if (char.IsUpper(second[0]) && firstWords >= MinHeadlineWordsOverSubtitle && secondWords >= MinHeadlineWordsOverSubtitle &&
                !EndsWithWordOf(first, Lexicon.FunctionWords) && !EndsWithWordOf(first, Lexicon.RunOnWords) &&
                HeadlineDetector.LooksLikeHeadline(second) && !IsTitleCase(second) && StandfirstDetector.IsDek(second))
            {
                Part(units, at, UnitKind.Text, UnitKind.Text);
                return at;
            }

            // "Council closes library" / "The building cannot reopen until its roof is mended.": the headline, then its standfirst
            // closing with a full stop (a paragraph's wrapped line goes on mid-sentence, in lower case or after a function word).
            if (char.IsUpper(second[0]) && EndsSentence(second) && firstWords >= 3 && !EndsWithWordOf(first, Lexicon.FunctionWords) && StandfirstDetector.IsDek(second) &&
                secondWords > firstWords)
            {
                Part(units, at, UnitKind.Text, UnitKind.Text);
            }

            return at;
        }

        /// <summary>Most words a sub-section's name under its section runs to (<c>Smartphones</c>, <c>Home Cinema</c>).</summary>
        private const int MaxSubsectionWords = 3;

        /// <summary>
        /// Whether <paramref name="second"/> is a sub-section's short capitalised name (no sentence's end) and the unit after the
        /// block is one line shaped like a headline, longer than it: the block is the page's section path.
        /// </summary>
        private static bool IsSubsectionOverHeadline(List<Unit> units, int at, string second)
        {
            var words = Chars.CountWords(second);
            if (words > MaxSubsectionWords || EndsSentence(second) || !char.IsUpper(second[0]) || !IsTitleCase(second, minWords: 1))
            {
                return false;
            }

            var next = units[at + 1];
            return next.Kind == UnitKind.Text && next.IsSingleLine && !next.HasMarkup && next.WordCount > words + 1 && HeadlineDetector.LooksLikeHeadline(next.Text);
        }

        /// <summary>Both lines in title case, together a headline's length: one headline set over two lines.</summary>
        private static bool IsTitleCaseWrap(string first, string second, int words) =>
            words <= MaxWrappedWords && !EndsSentence(second) && HeadlineDetector.LooksLikeHeadline(second) && IsTitleCase(first) && IsTitleCase(second);

        private static bool IsTitleCase(string line, int minWords = 2)
        {
            var at = 0;
            var count = 0;
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (!char.IsLetter(w.First))
                {
                    continue;
                }

                count++;
                if (!char.IsUpper(w.First) && !Lexicon.FunctionWords.ContainsBare(w))
                {
                    return false;
                }
            }

            return count >= minWords;
        }

        private static bool EndsSentence(string line)
        {
            var last = line[line.Length - 1];
            return last == '.' || last == '!' || last == ';' || last == ':' || last == ',';
        }

        /// <summary>Whether the line's last word is one of <paramref name="words"/>.</summary>
        private static bool EndsWithWordOf(string line, WordSet words)
        {
            var start = line.LastIndexOf(' ') + 1;
            return words.Contains(line, start, line.Length);
        }

        /// <summary>Replaces the unit at <paramref name="at"/> by its two lines, as units of the given kinds.</summary>
        private static void Part(List<Unit> units, int at, UnitKind firstKind, UnitKind secondKind)
        {
            var unit = units[at];
            var content = unit.Content;
            var cut = content.PartStart(1);
            var firstText = content.Text.Substring(0, cut).TrimEnd();
            var secondText = content.Text.Substring(cut);
            units[at] = new Unit(firstKind, MappedText.Verbatim(firstText, content.SourceOffset(0)), unit.FirstLine, 1);
            units.Insert(at + 1, new Unit(secondKind, MappedText.Verbatim(secondText, content.SourceOffset(cut)), unit.FirstLine + 1, 1));
        }
    }
}
