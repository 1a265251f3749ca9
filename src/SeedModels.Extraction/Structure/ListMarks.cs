using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// The mark opening an item of a list (<c>- A story hour</c>, <c>• Chess club</c>, <c>2. Fit new pumps</c>): read by the
    /// page's end, which keeps a list closing the story, and by the crossheads, for which a numbered item is no heading.
    /// </summary>
    internal static class ListMarks
    {
        /// <summary>The mark of a numbered item (<c>1.</c>, <c>2)</c>): any number, one class.</summary>
        public const char Numbered = '#';

        /// <summary>No list mark.</summary>
        public const char None = '\0';

        /// <summary>
        /// The list mark opening <paramref name="text"/> at <paramref name="from"/> past spaces: a bullet of
        /// <see cref="Lexicon.ListBullets"/> before a space or a letter, or a number of one or two digits with <c>.</c> or
        /// <c>)</c> before a space (<see cref="Numbered"/>); else <see cref="None"/>.
        /// </summary>
        public static char At(string text, int from)
        {
            var i = Chars.SkipSpaces(text, from, text.Length);
            if (i + 2 >= text.Length)
            {
                return None;
            }

            var c = text[i];
            if (Lexicon.ListBullets.IndexOf(c) >= 0)
            {
                return text[i + 1] == ' ' || text[i + 1] == '\t' || char.IsLetter(text[i + 1]) ? c : None;
            }

            var k = i;
            while (k < text.Length && k - i < 3 && char.IsDigit(text[k]))
            {
                k++;
            }

            return k > i && k - i <= 2 && k + 1 < text.Length && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ' ? Numbered : None;
        }

        /// <summary>A line opening with a numbered item's mark: <c>2. Fit new pumps</c>.</summary>
        public static bool IsNumberedItem(string text) => At(text, 0) == Numbered;
    }
}
