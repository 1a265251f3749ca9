using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// The author named, when no byline in the header names anyone, by a label of what someone else did to the story: a
    /// review's critic (<c>Reviewed by Jane Roe</c> under a headline that calls the story a review; elsewhere the label names
    /// whoever checked the article, a medical or legal reviewer) or a live blog's editor (<c>Edited by Jane Roe</c>). The line
    /// stays furniture; only its name is read.
    /// </summary>
    internal static class StandInByline
    {
        /// <summary>The critic named in the header's <c>Reviewed by</c> line of a review, or null.</summary>
        public static BylineReading? Reviewer(List<Unit> units, int headerEnd, string? headline) =>
            headline != null && NamesAReview(headline) ? NameAfterLabel(units, headerEnd, Lexicon.ReviewerBylineLabels) : null;

        /// <summary>The editor named in the header's <c>Edited by</c> line, or null.</summary>
        public static BylineReading? Editor(List<Unit> units, int headerEnd) => NameAfterLabel(units, headerEnd, Lexicon.StandInBylineLabels);

        /// <summary>
        /// The person named after one of <paramref name="labels"/> on a header line left out of the story as furniture (one line,
        /// no markup), or null.
        /// </summary>
        private static BylineReading? NameAfterLabel(List<Unit> units, int headerEnd, Prefixes labels)
        {
            for (var i = 0; i < headerEnd && i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Boilerplate || !unit.IsSingleLine || unit.HasMarkup)
                {
                    continue;
                }

                var text = unit.Text.TrimStart();
                var label = labels.Match(text, 0);
                if (label != null && BylineDetector.TryReadNameLine(text.Substring(label.Length), out var byline) && byline!.NamesPerson)
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
