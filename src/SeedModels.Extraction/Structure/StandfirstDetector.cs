using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Decides the standfirst: a one-sentence summary paragraph directly under the headline, before the body.</summary>
    internal static class StandfirstDetector
    {
        public const int MaxWords = 60;

        public static Unit? Detect(List<Unit> units, string? annotated)
        {
            var index = 0;
            while (index < units.Count && units[index].Kind == UnitKind.Boilerplate)
            {
                index++;
            }

            if (index < units.Count && units[index].Kind == UnitKind.Headline)
            {
                index++;
            }

            if (index >= units.Count)
            {
                return null;
            }

            var candidate = units[index];
            if (candidate.Kind != UnitKind.Text || candidate.HasMarkup || candidate.HadWirePrefix)
            {
                return null;
            }

            if (annotated != null)
            {
                // The annotation is the standfirst; the same words in the text are not body.
                if (Chars.CollapseSpaces(candidate.Text) == Chars.CollapseSpaces(annotated))
                {
                    candidate.Kind = UnitKind.Standfirst;
                }

                return null;
            }

            var text = candidate.Text.Trim();
            if (!Sentences.IsOne(text) || Chars.CountWords(text) > MaxWords || !Chars.IsSentenceEnd(LastLetterOrMark(text)) || Units.LastText(units) <= index)
            {
                return null;
            }

            candidate.Kind = UnitKind.Standfirst;
            return candidate;
        }

        private static char LastLetterOrMark(string text)
        {
            var i = text.Length - 1;
            while (i > 0 && (text[i] == '"' || text[i] == '\u201D' || text[i] == '\u2019' || text[i] == '\'' || text[i] == ')'))
            {
                i--;
            }

            return text[i];
        }

    }
}
