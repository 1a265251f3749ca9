using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A caption a label names as one (<c>Image caption, Divers search the harbour</c>, <c>Caption: …</c>), perhaps after its
    /// credit's label and credit on the same line (<c>Image copyright Agency Image caption Divers search the harbour</c>): the
    /// text after the caption's label is the caption, whatever its length or shape.
    /// </summary>
    internal static class LabelledCaptionLine
    {
        /// <summary>The most words a credit between the two labels holds.</summary>
        private const int MaxCreditWords = 8;

        public static bool TryRead(string text, out string caption, out string? credit)
        {
            caption = string.Empty;
            credit = null;
            var label = CaptionLabelEnd(text, 0);
            if (label == 0)
            {
                // The credit's label opens the line; the caption's label follows the credit. That label opens with "Image" or
                // "Media", which only these first characters equal ignoring case (Prefixes.StartsAt folds the dotless i onto i).
                if (text.Length == 0 || (text[0] != 'I' && text[0] != 'i' && text[0] != '\u0131' && text[0] != 'M' && text[0] != 'm'))
                {
                    return false;
                }

                var creditLabel = Lexicon.CaptionLabels.Match(text);
                if (creditLabel == null || !creditLabel.StartsWith("Image", StringComparison.Ordinal) && !creditLabel.StartsWith("Media", StringComparison.Ordinal))
                {
                    return false;
                }

                var at = creditLabel.Length;
                var words = 0;
                while (at < text.Length && label == 0 && words <= MaxCreditWords)
                {
                    while (at < text.Length && text[at] == ' ')
                    {
                        at++;
                    }

                    label = at > creditLabel.Length ? CaptionLabelEnd(text, at) : 0;
                    if (label == 0)
                    {
                        words++;
                        while (at < text.Length && text[at] != ' ')
                        {
                            at++;
                        }
                    }
                    else
                    {
                        credit = text.Substring(creditLabel.Length, at - creditLabel.Length).Trim().TrimEnd(',');
                    }
                }

                if (label == 0 || string.IsNullOrEmpty(credit))
                {
                    credit = null;
                    return false;
                }
            }

            caption = text.Substring(label).Trim();
            return HasLetter(caption);
        }

        /// <summary>Where a caption's label at <paramref name="index"/> ends (after its comma or colon), or 0.</summary>
        private static int CaptionLabelEnd(string text, int index)
        {
            var label = Lexicon.CaptionTextLabels.Match(text, index);
            if (label == null)
            {
                return 0;
            }

            // A label without its mark must end its word and be followed by the caption: "Image caption Divers …".
            var end = index + label.Length;
            return char.IsLetter(label[label.Length - 1]) && (end >= text.Length || text[end] != ' ') ? 0 : end;
        }

        private static bool HasLetter(string s)
        {
            foreach (var c in s)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
