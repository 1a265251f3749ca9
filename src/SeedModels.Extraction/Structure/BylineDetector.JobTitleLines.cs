using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// A header line that is only a job title or a desk (<c>News Editor</c>, <c>Senior Staff Writer</c>): the byline's place,
    /// naming no one, as <c>By Staff Writer</c> does with its label.
    /// </summary>
    internal static partial class BylineDetector
    {
        /// <summary>A job title alone is a few words.</summary>
        private const int MaxJobTitleWords = 4;

        private const int MaxJobTitleLength = 40;

        /// <summary>Whether the line is two to four words, with no mark between them, all of a job or desk, the last a job's.</summary>
        public static bool IsJobTitleAlone(string text)
        {
            if (text.Length > MaxJobTitleLength || text.Length == 0 || !char.IsUpper(text[0]))
            {
                return false;
            }

            // The last word a job's, two to four words: read without splitting the line, which most header lines fail.
            var at = 0;
            var words = 0;
            var last = default(Word);
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++words > MaxJobTitleWords)
                {
                    return false;
                }

                last = w;
            }

            if (words < 2 || !IsRoleWord(last))
            {
                return false;
            }

            var t = LineTokens.Split(text);
            if (t.Count < 2 || t.Count > MaxJobTitleWords || t.Trailing != Separators.None)
            {
                return false;
            }

            for (var k = 1; k < t.Count; k++)
            {
                if (t.Before(k) != Separators.None)
                {
                    return false;
                }
            }

            return IsRoleWord(t[t.Count - 1]) && IsOnlyJobOrDesk(t, 0, t.Count);
        }
    }
}
