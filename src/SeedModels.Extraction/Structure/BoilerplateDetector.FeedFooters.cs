using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>The footer a blog's feed adds under a post it syndicates: the site's, never the story's.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>
        /// The feed's footer closes the syndicated post: what the copy holds after it (a link to the full story, share
        /// buttons, the site's latest headlines and their teasers) is the site's. Only a footer after a paragraph of the story.
        /// </summary>
        private static void MarkAfterFeedFooter(List<Unit> units)
        {
            var prose = false;
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind == UnitKind.Text)
                {
                    prose = true;
                    continue;
                }

                if (!prose || unit.Kind != UnitKind.Boilerplate || !unit.IsSingleLine || !IsFeedFooter(unit.Text.Trim()))
                {
                    continue;
                }

                for (var k = i + 1; k < units.Count; k++)
                {
                    if (units[k].Kind == UnitKind.Text)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                return;
            }
        }

        /// <summary>
        /// <c>The post Harbour ferry returns appeared first on Westshire Gazette.</c>: the opening, the post's title, then the
        /// site. A sentence of the story that opens with <c>The post</c> (<c>The post office closed …</c>) lacks the middle words.
        /// </summary>
        private static bool IsFeedFooter(string text)
        {
            // The middle words are looked for past the opening the line matched (the post's title stands between).
            var opener = Lexicon.FeedFooterOpeners.Match(text);
            return opener != null && text.IndexOf(Lexicon.FeedFooterMiddle, opener.Length, System.StringComparison.OrdinalIgnoreCase) > 0;
        }
    }
}
