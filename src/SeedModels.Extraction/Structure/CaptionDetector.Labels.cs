using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Caption and credit labels (<c>Photo:</c>, <c>Photo by</c>, <c>Courier Photo by</c>): where they stand and how long they are.</summary>
    internal static partial class CaptionDetector
    {
        private static string StripLabel(string inner)
        {
            var label = LabelAt(inner, 0);
            return (label > 0 ? inner.Substring(label) : inner).Trim();
        }

        /// <summary>The length of a caption label (<c>Photo:</c>, <c>Photo by</c>) at <paramref name="index"/>, else 0.</summary>
        private static int LabelAt(string text, int index) => MatchLabel(Lexicon.CaptionLabels, text, index);

        /// <summary>
        /// <see cref="LabelAt"/>, or a "by" label after one capitalised word naming whose picture it is (<c>Courier Photo by</c>,
        /// <c>Staff Photo by</c>): the length of both, else 0.
        /// </summary>
        private static int OwnedLabelAt(string text, int index)
        {
            var label = LabelAt(text, index);
            if (label > 0)
            {
                return label;
            }

            if (index >= text.Length || !char.IsUpper(text[index]))
            {
                return 0;
            }

            var end = index + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end + 1 >= text.Length || text[end] != ' ')
            {
                return 0;
            }

            var owned = LabelAt(text, end + 1);
            return owned > 2 && text[end + owned - 1] == 'b' && text[end + owned] == 'y' ? end + 1 + owned - index : 0;
        }

        private static int StrongLabelAt(string text, int index) => MatchLabel(Lexicon.StrongCaptionLabels, text, index);

        private static int MatchLabel(Prefixes labels, string text, int index)
        {
            // Whether any label starts there at all, from the list's first three letters (one look-up): most places, every
            // capital of a caption line's prose, hold none, and would otherwise compare each label sharing their initial.
            if (labels.Match(text, index) == null)
            {
                return 0;
            }

            foreach (var label in labels.For(text, index))
            {
                if (!Prefixes.StartsAt(text, index, label))
                {
                    continue;
                }

                // A label without its colon must end its word: "Copyright Agency", not "Copyrighted".
                var end = index + label.Length;
                if (char.IsLetter(label[label.Length - 1]) && end < text.Length && text[end] != ' ')
                {
                    continue;
                }

                return label.Length;
            }

            return 0;
        }

        private static bool EndsWithColon(string text, int labelEnd) => labelEnd > 0 && (text[labelEnd - 1] == ':' || text[labelEnd - 1] == '\u2026' || text[labelEnd - 1] == '.');
    }
}
