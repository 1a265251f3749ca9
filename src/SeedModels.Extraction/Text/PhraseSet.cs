using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A closed class of short phrases (<c>join the conversation</c>, <c>associated press</c>), matched ignoring case,
    /// runs of white space and the punctuation around them, so <c>Join the conversation!</c> and <c>READ MORE:</c> match.
    /// Only short texts are looked up: longer ones cannot be in the set and cost nothing.
    /// </summary>
    internal sealed class PhraseSet
    {
        private readonly HashSet<string> _phrases = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The phrases, one per line or separated by <c>|</c>.</summary>
        public PhraseSet(string phrases)
        {
            foreach (var phrase in phrases.Split(new[] { '|', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Key(phrase, 0, phrase.Length);
                if (key.Length > 0)
                {
                    _phrases.Add(key);
                    MaxLength = Math.Max(MaxLength, key.Length);
                    MaxWords = Math.Max(MaxWords, Chars.CountWords(key));
                }
            }
        }

        /// <summary>The longest phrase's length in characters, once normalised.</summary>
        public int MaxLength { get; }

        /// <summary>The most words a phrase has.</summary>
        public int MaxWords { get; }

        public bool Contains(string text) => Contains(text, 0, text.Length);

        public bool Contains(string s, int start, int end)
        {
            // A normalised key is never longer than its text less the punctuation around it: test the length first.
            if (end - start <= 0 || end - start > MaxLength * 2 + 8)
            {
                return false;
            }

            var key = Key(s, start, end);
            return key.Length > 0 && key.Length <= MaxLength && _phrases.Contains(key);
        }

        /// <summary>Lower-cased, spaces collapsed, curly apostrophes straightened, punctuation at both ends dropped.</summary>
        public static string Key(string s, int start, int end)
        {
            while (start < end && !char.IsLetterOrDigit(s[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(s[end - 1]))
            {
                end--;
            }

            var b = new System.Text.StringBuilder(end - start);
            var space = false;
            for (var i = start; i < end; i++)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space && b.Length > 0)
                {
                    b.Append(' ');
                }

                space = false;
                b.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
            }

            return b.ToString();
        }
    }
}
