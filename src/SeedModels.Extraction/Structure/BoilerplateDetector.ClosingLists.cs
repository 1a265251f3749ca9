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
        /// <summary>The mark of a numbered item (<c>1.</c>, <c>2)</c>): any number, one class.</summary>
        private const char NumberedMark = '#';

        /// <summary>No list mark.</summary>
        private const char NoMark = '\0';

        /// <summary>
        /// The list mark opening <paramref name="text"/> at <paramref name="from"/> past spaces: a bullet of
        /// <see cref="Lexicon.ListBullets"/> before a space or a letter, or a number of one or two digits with <c>.</c> or
        /// <c>)</c> before a space (<see cref="NumberedMark"/>); else <see cref="NoMark"/>.
        /// </summary>
        private static char ListMarkAt(string text, int from)
        {
            var i = Chars.SkipSpaces(text, from, text.Length);
            if (i + 2 >= text.Length)
            {
                return NoMark;
            }

            var c = text[i];
            if (Lexicon.ListBullets.IndexOf(c) >= 0)
            {
                return text[i + 1] == ' ' || text[i + 1] == '\t' || char.IsLetter(text[i + 1]) ? c : NoMark;
            }

            var k = i;
            while (k < text.Length && k - i < 3 && char.IsDigit(text[k]))
            {
                k++;
            }

            return k > i && k - i <= 2 && k + 1 < text.Length && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ' ? NumberedMark : NoMark;
        }

        /// <summary>The list mark of the unit's last line: the item a list under it would continue.</summary>
        private static char LastLineListMark(Unit unit)
        {
            var text = unit.Text;
            var newline = text.LastIndexOf('\n');
            return ListMarkAt(text, newline + 1);
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
            return end > start && text[end] == ':' && char.IsUpper(text[start]) && ListMarkAt(units[i + 1].Text, 0) != NoMark &&
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
