using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>Where the sentence around a quote starts, and where the words after a quote stop.</summary>
    internal static class SentenceBounds
    {
        /// <summary>How far a sentence is searched for its attribution: news sentences are shorter, and the bound keeps a
        /// paragraph of thousands of quotes linear.</summary>
        public const int MaxSentence = 600;

        /// <summary>The offset where the sentence holding <paramref name="before"/> starts.</summary>
        public static int SentenceStart(string t, int before)
        {
            // Sentences run to a few hundred characters; the bound keeps a pathological paragraph linear.
            for (var i = before - 1; i > 0 && i > before - MaxSentence; i--)
            {
                if (Sentences.IsEndAt(t, i, t.Length) && !QuoteMarks.IsAny(t[i]))
                {
                    return i + 1;
                }
            }

            return System.Math.Max(0, before - MaxSentence);
        }

        /// <summary>Where the words after a quote stop: a sentence end or the next quote.</summary>
        public static int ClauseEnd(string t, int from)
        {
            for (var i = from; i < t.Length && i < from + MaxSentence; i++)
            {
                if (QuoteMarks.IsOpeningOnly(t[i]) || t[i] == '"' || QuoteMarks.IsDoubledApostrophe(t, i) || Sentences.IsEndAt(t, i, t.Length))
                {
                    return i;
                }
            }

            return System.Math.Min(t.Length, from + MaxSentence);
        }

        /// <summary>A comma or a sentence end follows the word.</summary>
        public static bool Ends(string t, Word w) => w.End < t.Length && (t[w.End] == ',' || Chars.IsSentenceEnd(t[w.End]));
    }
}
