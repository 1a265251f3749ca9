using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides the crossheads: short heading lines between body paragraphs, with no closing punctuation.</summary>
    internal static class CrossheadDetector
    {
        public const int MaxWords = 10;

        public static void Detect(List<Unit> units)
        {
            var seenBody = false;
            var lastText = Units.LastText(units);
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Standfirst)
                {
                    seenBody = true;
                }

                if (unit.Kind != UnitKind.Text)
                {
                    continue;
                }

                if (seenBody && LooksLikeCrosshead(unit) && i < lastText)
                {
                    unit.Kind = UnitKind.Crosshead;
                }
                else
                {
                    seenBody = true;
                }
            }
        }

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
            return words >= 2 && words <= MaxWords && text.IndexOfAny(new[] { '"', '\u201C' }) < 0;
        }

    }
}
