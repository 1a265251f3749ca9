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
            if (first != null && first.Kind == UnitKind.Text && first.IsSingleLine && !first.HasMarkup && LooksLikeHeadline(first.Text) && units.Count > 1)
            {
                first.Kind = UnitKind.Headline;
                return annotated ?? first.Text.Trim();
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
