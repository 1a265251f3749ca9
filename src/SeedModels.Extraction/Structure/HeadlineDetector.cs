using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides the headline: the first short line with no full stop, else <c>Originally published as …</c>.</summary>
    internal static class HeadlineDetector
    {
        public const int MaxWords = 30;

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
        /// Marks the headline unit, if the text has one at the top, and returns the headline: the annotation's,
        /// else that first line, else the one named by <c>Originally published as</c>.
        /// </summary>
        public static string? Detect(System.Collections.Generic.List<Unit> units, string? annotated)
        {
            var first = units.Count > 0 ? units[0] : null;
            var text = first == null ? string.Empty : first.HasMarkup ? Html.Clean(first.Text) : first.Text.Trim();
            // Markup at the top is a headline in a wrapper, unless it carries a credit: then it is an image's caption.
            var isCaption = first != null && first.HasMarkup && CaptionDetector.TryReadCaptionLine(text, out _, out _);
            if (first != null && first.Kind == UnitKind.Text && first.IsSingleLine && !isCaption && LooksLikeHeadline(text) && units.Count > 1)
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
