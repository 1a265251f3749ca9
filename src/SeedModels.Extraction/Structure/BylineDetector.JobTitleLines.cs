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

        /// <summary>The most words of a newsroom job printed before the name (<c>Senior court reporter</c>).</summary>
        private const int MaxJobBeforeNameWords = 3;

        /// <summary>
        /// A newsroom job, then the name, alone on a line with no label (<c>Court reporter Aroha Tane</c>, <c>Senior Political
        /// Writer Jane Doe</c>): the job's last word is a newsroom job's (<see cref="Lexicon.NewsroomJobs"/>), so an official
        /// named with an office (<c>Mayor Jane Doe</c>) is never read as the author.
        /// </summary>
        public static bool TryReadJobThenName(string line, out BylineReading? byline)
        {
            byline = null;
            var text = line.Trim();
            if (text.Length > MaxLength || !char.IsUpper(text[0]))
            {
                return false;
            }

            var at = 0;
            for (var k = 0; k < MaxJobBeforeNameWords && Words.TryNext(text, ref at, text.Length, out var w); k++)
            {
                if (!char.IsLetter(w.First) || (w.End < text.Length && text[w.End] != ' '))
                {
                    return false;
                }

                // A photographer named so credits the pictures, not the story.
                if (Lexicon.NewsroomJobs.ContainsBare(w) && !w.Text.StartsWith("photo", System.StringComparison.OrdinalIgnoreCase))
                {
                    return k > 0 && TryReadNameLine(text.Substring(at), out byline) && byline!.NamesPerson && byline.Authors.Count == 1;
                }
            }

            return false;
        }
    }
}
