using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A caption whose credit comes first, after a label with a colon, as a figure sets its credit before its caption
    /// (<c>Pic: Jane Roe – Cranes at the west terminal</c>, <c>Photograph: Jane Roe The slipway at the pier.</c>).
    /// </summary>
    internal static partial class CaptionDetector
    {
        /// <summary>The most words of a credit set before its caption.</summary>
        private const int MaxCreditFirstWords = 6;

        /// <summary>The fewest words of the caption after such a credit.</summary>
        private const int MinCaptionAfterCreditWords = 4;

        /// <summary>
        /// Whether <paramref name="text"/> is a credit's label with a colon, the credit (capitalised words), then the caption: after
        /// a standing dash, or, with no dash, after a name of two or three words when the caption opens with an article and
        /// closes a sentence.
        /// </summary>
        private static bool TryCreditFirst(string text, out string caption, out string? credit)
        {
            caption = string.Empty;
            credit = null;
            var label = LabelAt(text, 0);
            if (label == 0 || text[label - 1] != ':')
            {
                return false;
            }

            var t = LineTokens.Split(text, label, text.Length);
            var end = 0;
            while (end < t.Count && end < MaxCreditFirstWords && t.Before(end) == Text.Separators.None && IsCreditFirstWord(t[end], end))
            {
                end++;
            }

            if (end == 0 || t.Count - end < MinCaptionAfterCreditWords || !char.IsUpper(t[end].First))
            {
                return false;
            }

            // "Pic: Jane Roe – Cranes at …": the dash parts the credit from the caption.
            var dashed = (t.Before(end) & Text.Separators.Bar) != 0 && IsDashBefore(text, t[end].Start);
            if (!dashed && !(end >= 2 && end <= 3 && (t[end].Is("The") || t[end].Is("A") || t[end].Is("An")) && BoilerplateDetector.EndsSentence(text) &&
                             Names.IsPersonName(t.Words, 0, end)))
            {
                return false;
            }

            credit = t.Span(0, end);
            caption = text.Substring(t[end].Start).Trim();
            return true;
        }

        /// <summary>
        /// Whether a labelled line is a credit set before its caption rather than a credit alone: the caption after the credit
        /// holds a word in lower case, as a description does and an organisation's name does not (<c>Photo: Jane Roe – Harbour
        /// Board Press Office</c> is a credit).
        /// </summary>
        private static bool IsCreditThenCaption(string text)
        {
            if (!TryCreditFirst(text, out var caption, out _))
            {
                return false;
            }

            var at = 0;
            while (Words.TryNext(caption, ref at, caption.Length, out var w))
            {
                if (char.IsLower(w.First) && !w.IsOneOfLower(CreditConnectors))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A word a credit set first holds: capitalised, or a joining word inside it (<c>Jane Roe for Skerry</c>).</summary>
        private static bool IsCreditFirstWord(Word w, int index) =>
            char.IsLetter(w.First) && (char.IsUpper(w.First) || (index > 0 && (w.Is("for") || w.Is("of")))) && !(index > 0 && (w.Is("The") || w.Is("A") || w.Is("An")));

        /// <summary>Whether a dash stands before <paramref name="at"/> past the spaces, not a bar or a slash.</summary>
        private static bool IsDashBefore(string text, int at)
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            return k >= 0 && Chars.IsDash(text[k]);
        }
    }
}
