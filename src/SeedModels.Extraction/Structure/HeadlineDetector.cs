using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the headline: the first short line (with no full stop, or one sentence with a full stop over a longer paragraph),
    /// else <c>Originally published as …</c>.
    /// </summary>
    internal static class HeadlineDetector
    {
        public const int MaxWords = 30;

        /// <summary>A headline with a full stop is read only up to this length: a longer sentence is the story's.</summary>
        private const int MaxWordsWithFullStop = 20;

        /// <summary>Whether a line has the shape of a headline.</summary>
        public static bool LooksLikeHeadline(string line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.Length > 250 || text[text.Length - 1] == '.' || text[text.Length - 1] == ',' || text[text.Length - 1] == ':')
            {
                return false;
            }

            var words = Chars.CountWords(text);
            return words >= 1 && words <= MaxWords;
        }

        /// <summary>
        /// A first line that closes with a full stop is still the headline when it is one sentence of headline length (twenty
        /// words at most) and the paragraph under it runs longer (many pages print <c>Council backs new library.</c> over the
        /// story); a sentence over a shorter one, or a long one, is the story's own first paragraph.
        /// </summary>
        public static bool IsHeadlineWithFullStop(string line, Unit? next)
        {
            if (next == null)
            {
                return false;
            }

            // A first line that quotes someone and closes with a full stop may as well be the story's opening quotation; read
            // as text, its quotes are kept.
            var text = line.Trim();
            if (text.Length < 2 || text[text.Length - 1] != '.' || text[text.Length - 2] == '.' || !Sentences.IsOne(text) || HasQuotationMark(text))
            {
                return false;
            }

            var words = Chars.CountWords(text, 0, text.Length, limit: MaxWordsWithFullStop + 1);
            if (words < 2 || words > MaxWordsWithFullStop)
            {
                return false;
            }

            var nextText = next.Text;
            return Chars.CountWords(nextText, 0, nextText.Length, limit: words + 1) > words || Sentences.Count(nextText, 0, nextText.Length, limit: 2) >= 2;
        }

        /// <summary>The first paragraph under the first line, past a byline, a date line, a caption or furniture.</summary>
        private static Unit? FirstParagraphAfter(System.Collections.Generic.List<Unit> units)
        {
            for (var i = 1; i < units.Count; i++)
            {
                if (units[i].Kind == UnitKind.Text)
                {
                    return units[i];
                }
            }

            return null;
        }

        private static bool HasQuotationMark(string text)
        {
            foreach (var c in text)
            {
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018')
                {
                    return true;
                }
            }

            // Straight single quotes around words ('Incredibly Hateful'), not apostrophes (Trump's): one after a space.
            return text.IndexOf(" '", System.StringComparison.Ordinal) >= 0 || text.StartsWith("'", System.StringComparison.Ordinal) || text.IndexOf("''", System.StringComparison.Ordinal) >= 0;
        }

        /// <summary>
        /// Marks the headline unit, if the text has one at the top, and returns the headline: the annotation's,
        /// else that first line, else the one named by <c>Originally published as</c>.
        /// </summary>
        public static string? Detect(System.Collections.Generic.List<Unit> units, string? annotated)
        {
            var first = units.Count > 0 ? units[0] : null;
            var text = first == null ? string.Empty : first.HasMarkup ? Html.Clean(first.Text) : first.Text.Trim();
            // Markup at the top is a headline in a wrapper, unless it carries a credit: then it is an image's caption.
            var isCaption = first != null && first.HasMarkup && CaptionDetector.TryReadCaptionLine(text, out _, out _);
            if (first != null && first.Kind == UnitKind.Text && first.IsSingleLine && !isCaption && units.Count > 1 &&
                (LooksLikeHeadline(text) || IsHeadlineWithFullStop(text, FirstParagraphAfter(units))))
            {
                first.Kind = UnitKind.Headline;
                return annotated ?? text;
            }

            if (annotated != null)
            {
                return annotated;
            }

            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].NamedHeadline != null)
                {
                    return units[i].NamedHeadline;
                }
            }

            return null;
        }
    }
}
