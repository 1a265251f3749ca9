using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A row of tags that prints one place or topic once per tag (<c>Westshire Westshire Westshire</c>): the page's filing,
    /// set among the header's lines, never the story's and never a name.
    /// </summary>
    internal static class RepeatedTagRow
    {
        /// <summary>A repeat of two words can be a name (<c>Li Li</c>); from three on it is a row of tags.</summary>
        private const int MinWords = 3;

        /// <summary>Whether the line is one word printed three times or more, and nothing else.</summary>
        public static bool Is(string text) => Is(text, 0, text.Length);

        /// <summary>The same for [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
        public static bool Is(string text, int start, int end)
        {
            var at = start;
            if (!Words.TryNext(text, ref at, end, out var first))
            {
                return false;
            }

            var length = first.End - first.Start;
            var count = 1;
            while (Words.TryNext(text, ref at, end, out var w))
            {
                if (w.End - w.Start != length || string.Compare(text, first.Start, text, w.Start, length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    return false;
                }

                count++;
            }

            return count >= MinWords;
        }
    }
}
