using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>The punctuation right after a word that bounds a phrase: a comma, or a dash set off by spaces.</summary>
    internal static class Punctuation
    {
        /// <summary>A comma follows the word, past the dots and brackets that close it (<c>(D-Va.),</c>, <c>Pa.,</c>).</summary>
        public static bool CommaAfter(Word w)
        {
            var s = w.Source;
            var i = w.End;
            while (i < s.Length && (s[i] == '.' || s[i] == ')'))
            {
                i++;
            }

            // "250,000": a comma between digits separates thousands.
            return i < s.Length && s[i] == ',' && !(i + 1 < s.Length && char.IsDigit(s[i + 1]));
        }

        /// <summary>
        /// The word that closes the bracket word <paramref name="k"/> opens (<c>(D-Va.)</c>: its last word, a few words on at
        /// most), or <paramref name="k"/> when no bracket closes that soon.
        /// </summary>
        public static int ClosingBracketWord(string text, System.Collections.Generic.List<Word> words, int k)
        {
            for (var j = k; j < words.Count && j - k < MaxBracketWords; j++)
            {
                var i = words[j].End;
                while (i < text.Length && text[i] == '.')
                {
                    i++;
                }

                if (i < text.Length && text[i] == ')')
                {
                    return j;
                }
            }

            return k;
        }

        /// <summary>The most words a bracketed aside inside a name's sentence runs to (<c>(R-Texas)</c>, <c>(pictured above)</c>).</summary>
        private const int MaxBracketWords = 4;

        /// <summary>
        /// A comma, or a dash with a space before it (<c>Jo Bloggs — a ferry pilot — said</c>), ends the phrase the word
        /// is in: appositives and asides are set off by either.
        /// </summary>
        public static bool BreakAfter(Word w)
        {
            if (CommaAfter(w))
            {
                return true;
            }

            var s = w.Source;
            var i = w.End;
            while (i < s.Length && (s[i] == '.' || s[i] == ')'))
            {
                i++;
            }

            if (i + 1 >= s.Length || s[i] != ' ')
            {
                return false;
            }

            var dash = s[i + 1];
            return dash == '\u2014' || dash == '\u2013' || (dash == '-' && i + 2 < s.Length && (s[i + 2] == ' ' || s[i + 2] == '-'));
        }
    }
}
