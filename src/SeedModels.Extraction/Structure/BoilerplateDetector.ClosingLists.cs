using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A list that closes the story (<c>The library offers these events:</c> / <c>- A story hour</c> / <c>- A book sale</c>):
    /// its items are short lines without a full stop, like the page's tags and links after the story, yet they are the story's.
    /// </summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>The list mark of the unit's last line: the item a list under it would continue.</summary>
        private static char LastLineListMark(Unit unit)
        {
            var text = unit.Text;
            var newline = text.LastIndexOf('\n');
            return ListMarks.At(text, newline + 1);
        }

        /// <summary>
        /// A line of the story over a list that closes it: a sentence of three words or more, opening with a capital and
        /// ending with a colon (<c>The council set out three steps for the year:</c>), whose next unit is an item of a list.
        /// A link list's label (<c>Related stories:</c>) was taken as furniture before: it is no text here.
        /// </summary>
        private static bool IntroducesClosingList(List<Unit> units, int i)
        {
            var unit = units[i];
            if (i + 1 >= units.Count || unit.Kind != UnitKind.Text || unit.HasMarkup || units[i + 1].Kind != UnitKind.Text)
            {
                return false;
            }

            var text = unit.Text;
            var end = text.Length - 1;
            while (end >= 0 && char.IsWhiteSpace(text[end]))
            {
                end--;
            }

            var start = Chars.SkipSpaces(text, 0, text.Length);
            return end > start && text[end] == ':' && char.IsUpper(text[start]) && ListMarks.At(units[i + 1].Text, 0) != ListMarks.None &&
                   unit.WordsUpTo(MinListIntroducerWords) >= MinListIntroducerWords && !OpensWithLinkListLabel(text, start, end);
        }

        /// <summary>
        /// Whether the line opens with a link list's label of two words or more (<c>Most read on our site:</c>) or a label's
        /// opening before a name (<c>More from the Gazette:</c>): the headlines under it are other pages'. A label of one word
        /// (<c>More</c>) opens sentences too (<c>More than forty events are planned:</c>), so it is not read here.
        /// </summary>
        private static bool OpensWithLinkListLabel(string text, int start, int end)
        {
            if (Lexicon.LinkListLabelOpeners.Match(text, start) != null)
            {
                return true;
            }

            var words = 0;
            for (var k = start; k <= end && words < Lexicon.LinkListLabels.MaxWords; k++)
            {
                if (k < end && text[k] != ' ')
                {
                    continue;
                }

                if (++words >= 2 && Lexicon.LinkListLabels.Contains(text, start, k))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
