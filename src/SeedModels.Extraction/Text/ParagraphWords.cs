using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A paragraph's text with its words, split once. The speaker rules look at many stretches of the same
    /// paragraph (the sentence before a quote, the clause after it, …); <see cref="In"/> answers each from the one
    /// split instead of scanning the characters again.
    /// </summary>
    internal sealed class ParagraphWords
    {
        public ParagraphWords(string text)
        {
            Text = text;
            All = Words.Split(text);
        }

        public string Text { get; }

        /// <summary>Every word of the paragraph, in order. Shared: callers must not change it.</summary>
        public List<Word> All { get; }

        public static ParagraphWords[] Of(IReadOnlyList<string> paragraphs)
        {
            var split = new ParagraphWords[paragraphs.Count];
            for (var p = 0; p < split.Length; p++)
            {
                split[p] = new ParagraphWords(paragraphs[p]);
            }

            return split;
        }

        /// <summary>
        /// Exactly <c>Words.Split(Text, start, end)</c>. When no word of the paragraph runs across
        /// <paramref name="start"/> or <paramref name="end"/>, a scan of the range finds the same words as the scan of
        /// the whole paragraph, so they are copied from it; a range that cuts a word (<c>Smith</c> cut to <c>ith</c>) is
        /// scanned as before.
        /// </summary>
        public List<Word> In(int start, int end)
        {
            if (end <= start)
            {
                return new List<Word>();
            }

            return InPlace(start, end, out var first, out var last) ? All.GetRange(first, last - first) : Words.Split(Text, start, end);
        }

        /// <summary>
        /// The words <see cref="In"/> gives, put into <paramref name="into"/> (cleared first) instead of a new list: a rule that
        /// reads a stretch of every quote's paragraph lends the same list each time.
        /// </summary>
        public void InInto(int start, int end, List<Word> into)
        {
            into.Clear();
            if (end <= start)
            {
                return;
            }

            if (!InPlace(start, end, out var first, out var last))
            {
                Words.SplitInto(Text, start, end, into);
                return;
            }

            for (var k = first; k < last; k++)
            {
                into.Add(All[k]);
            }
        }

        /// <summary>
        /// The indices in <see cref="All"/> of the words <see cref="In"/> gives, when it gives them from that list; false when a
        /// bound cuts a word (then <see cref="In"/> scans the range itself). A rule can test the words where they stand and
        /// copy them only when the test passes.
        /// </summary>
        public bool InPlace(int start, int end, out int first, out int last)
        {
            if (end <= start)
            {
                first = last = 0; // In gives no word
                return true;
            }

            first = FirstEndingAfter(start);
            last = FirstEndingAfter(end);
            return !((first < All.Count && All[first].Start < start) || (last < All.Count && All[last].Start < end));
        }

        /// <summary>The index of the first word that ends after <paramref name="offset"/> (the word count when none does).</summary>
        private int FirstEndingAfter(int offset)
        {
            int lo = 0, hi = All.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (All[mid].End <= offset)
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
