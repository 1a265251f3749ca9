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
                if (IsEndAt(t, i) && !QuoteMarks.IsAny(t[i]))
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
                if (QuoteMarks.IsOpeningOnly(t[i]) || t[i] == '"' || QuoteMarks.IsDoubledApostrophe(t, i) || IsEndAt(t, i))
                {
                    return i;
                }
            }

            return System.Math.Min(t.Length, from + MaxSentence);
        }

        /// <summary>
        /// A sentence end, but not the full stop of a title before a name (<c>said Rev. Jo Bloggs</c>, <c>Insp. Varga</c>),
        /// which the general sentence splitter does not know.
        /// </summary>
        public static bool IsEndAt(string t, int i)
        {
            if (!Sentences.IsEndAt(t, i, t.Length))
            {
                return false;
            }

            if (t[i] != '.')
            {
                return true;
            }

            var w = i;
            while (w > 0 && char.IsLetter(t[w - 1]))
            {
                w--;
            }

            if (w < i && char.IsUpper(t[w]) && (w == 0 || !char.IsLetterOrDigit(t[w - 1])) && Lexicon.Titles.Contains(t, w, i))
            {
                return false;
            }

            return !EndsInitials(t, i);
        }

        /// <summary><c>J.J.</c>, <c>J.M.</c>: single capitals each followed by a full stop, the last at <paramref name="dot"/>.</summary>
        private static bool EndsInitials(string t, int dot)
        {
            var i = dot;
            var letters = 0;
            while (i >= 2 && char.IsUpper(t[i - 1]) && (t[i - 2] == '.' || char.IsWhiteSpace(t[i - 2])))
            {
                letters++;
                if (t[i - 2] != '.')
                {
                    break;
                }

                i -= 2;
            }

            return letters >= 2 || (letters == 1 && i >= 2 && char.IsWhiteSpace(t[i - 2]));
        }

        /// <summary>A comma or a sentence end follows the word.</summary>
        public static bool Ends(string t, Word w) => w.End < t.Length && (t[w.End] == ',' || Chars.IsSentenceEnd(t[w.End]));
    }
}
