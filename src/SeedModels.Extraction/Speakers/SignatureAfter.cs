using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// A quote set as an epigraph and signed in the paragraph under it (<c>“…”</c> then <c>- Jo Bloggs.</c>), as fact
    /// checks and round-ups lay out the claims they examine: the name after the dash speaks it.
    /// </summary>
    internal static class SignatureAfter
    {
        /// <summary>The most words a signature runs to (<c>— Former Mayor Jo Q. Bloggs Jr.</c>).</summary>
        private const int MaxWords = 6;

        /// <summary>The name the paragraph after <paramref name="paragraph"/> signs with a dash, or null.</summary>
        public static string? Find(IReadOnlyList<ParagraphWords> paragraphs, int paragraph)
        {
            if (paragraph + 1 >= paragraphs.Count)
            {
                return null;
            }

            var next = paragraphs[paragraph + 1];
            var t = next.Text;
            var i = 0;
            while (i < t.Length && char.IsWhiteSpace(t[i]))
            {
                i++;
            }

            if (i >= t.Length || !(t[i] == '-' || t[i] == '\u2013' || t[i] == '\u2014'))
            {
                return null;
            }

            var words = next.In(i + 1, t.Length);
            if (words.Count == 0 || words.Count > MaxWords || !Words.OnlySpaceBetween(t, i + 1, words[0].Start) ||
                !Words.OnlySpaceBetween(t, words[words.Count - 1].End, t.Length, "."))
            {
                return null;
            }

            foreach (var w in words)
            {
                if (!w.IsCapitalized && !Names.IsSuffix(w))
                {
                    return null;
                }
            }

            return SpeakerPhrase.Join(words, 0, words.Count);
        }
    }
}
