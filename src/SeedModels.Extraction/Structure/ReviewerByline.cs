using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A review's critic: <c>Reviewed by Jane Roe</c> under a headline that calls the story a review. Elsewhere the label names
    /// whoever checked the article (a medical or legal reviewer), so it stays furniture; on a review, with no byline
    /// besides, it is the byline.
    /// </summary>
    internal static class ReviewerByline
    {
        private const string Label = "Reviewed by ";

        /// <summary>The critic named in the header's <c>Reviewed by</c> line, or null.</summary>
        public static BylineReading? Find(List<Unit> units, int headerEnd, string? headline)
        {
            if (headline == null || !NamesAReview(headline))
            {
                return null;
            }

            for (var i = 0; i < headerEnd && i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Boilerplate || !unit.IsSingleLine)
                {
                    continue;
                }

                var text = unit.Text.Trim();
                if (text.Length > Label.Length && text.StartsWith(Label, System.StringComparison.OrdinalIgnoreCase) &&
                    BylineDetector.TryReadNameLine(text.Substring(Label.Length), out var byline) && byline!.NamesPerson)
                {
                    return byline;
                }
            }

            return null;
        }

        /// <summary>Whether the headline holds the word <c>review</c> (<c>Salt Mouth review: …</c>, <c>Review: …</c>).</summary>
        private static bool NamesAReview(string headline)
        {
            var at = 0;
            while (Words.TryNext(headline, ref at, headline.Length, out var word))
            {
                if (Lexicon.ReviewWords.ContainsBare(word))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
