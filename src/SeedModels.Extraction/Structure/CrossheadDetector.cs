using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides the crossheads: short heading lines between body paragraphs, with no closing punctuation.</summary>
    internal static class CrossheadDetector
    {
        public const int MaxWords = 10;

        private static readonly char[] OpeningDoubleQuotes = { '"', '\u201C' };

        public static void Detect(List<Unit> units) => Units.ClaimBetweenBody(units, unit =>
        {
            if (!LooksLikeCrosshead(unit))
            {
                return false;
            }

            unit.Kind = UnitKind.Crosshead;
            return true;
        });

        private static bool LooksLikeCrosshead(Unit unit)
        {
            var text = unit.Text.Trim();
            if (!unit.IsSingleLine || unit.HasMarkup || text.Length == 0 || !char.IsUpper(text[0]))
            {
                return false;
            }

            var last = text[text.Length - 1];
            if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201D' || last == ')')
            {
                return false;
            }

            var words = Chars.CountWords(text);
            return words >= 1 && words <= MaxWords && text.IndexOfAny(OpeningDoubleQuotes) < 0;
        }

    }
}
