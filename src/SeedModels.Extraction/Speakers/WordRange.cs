using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// A stretch of a paragraph's words read in place: where <see cref="ParagraphWords.In"/> would copy the paragraph's own
    /// words (no word runs across either bound), a rule can test them first in the paragraph's list and copy only when
    /// the test passes.
    /// </summary>
    internal static class WordRange
    {
        /// <summary>
        /// The indices in <see cref="ParagraphWords.All"/> of the words <c>paragraph.In(start, end)</c> gives, when it gives
        /// them from that list; false when a bound cuts a word (then <c>In</c> scans the range itself).
        /// </summary>
        public static bool InPlace(ParagraphWords paragraph, int start, int end, out int first, out int last)
        {
            if (end <= start)
            {
                first = last = 0; // In gives no word
                return true;
            }

            var all = paragraph.All;
            first = FirstEndingAfter(paragraph, start);
            last = FirstEndingAfter(paragraph, end);
            return !((first < all.Count && all[first].Start < start) || (last < all.Count && all[last].Start < end));
        }

        /// <summary>The index of the first word that ends after <paramref name="offset"/> (the word count when none does).</summary>
        private static int FirstEndingAfter(ParagraphWords paragraph, int offset)
        {
            var all = paragraph.All;
            int lo = 0, hi = all.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (all[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
