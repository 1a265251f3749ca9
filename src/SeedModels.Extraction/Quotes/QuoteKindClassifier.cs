using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Quotes
{
    /// <summary>
    /// Decides whether a quote is a full utterance (direct) or a fragment inside the writer's sentence (partial):
    /// a direct quote starts with a capital and either opens its sentence (or follows a colon or comma) with a
    /// few words, ends with its own punctuation inside the marks, or runs over paragraphs.
    /// </summary>
    internal static class QuoteKindClassifier
    {
        public static bool IsDirect(ScannedQuote quote, string openingParagraph)
        {
            if (quote.SpansParagraphs)
            {
                return true;
            }

            var text = quote.Text;
            var first = 0;
            while (first < text.Length && !char.IsLetterOrDigit(text[first]))
            {
                first++;
            }

            if (first >= text.Length || !(char.IsUpper(text[first]) || char.IsDigit(text[first])))
            {
                return false;
            }

            // Only "at least two" and "at least three" words are asked: counting stops at the third word.
            var words = Chars.CountWords(text, 0, text.Length, limit: 3);
            var ownPunctuation = quote.InnerEnd == ',' || Chars.IsSentenceEnd(quote.InnerEnd);
            return (OpensSentence(openingParagraph, quote.OpenIndex) && words >= 3) || (ownPunctuation && words >= 2);
        }

        /// <summary>Nothing but a sentence end, colon, comma or dash stands before the opening mark.</summary>
        private static bool OpensSentence(string t, int open)
        {
            var i = open - 1;
            while (i >= 0 && char.IsWhiteSpace(t[i]))
            {
                i--;
            }

            return i < 0 || t[i] == ':' || t[i] == ',' || Chars.IsSentenceEnd(t[i]) || Chars.IsDash(t[i]) || QuoteMarks.IsAny(t[i]);
        }
    }
}
