using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// A list of prefixes the detectors compare, ignoring case, with the start of every line (openers, labels).
    /// Nearly no line starts with any of them, so <see cref="For"/> gives only those that share the text's first
    /// letter, in their order; the comparison itself stays the caller's.
    /// </summary>
    internal sealed class Prefixes
    {
        private readonly string[] _all;

        /// <summary>The prefixes by their first character, ASCII lower-cased; null when one does not start in ASCII.</summary>
        private readonly Dictionary<char, string[]>? _byInitial;

        public Prefixes(params string[] prefixes)
        {
            _all = prefixes;
            foreach (var prefix in prefixes)
            {
                if (prefix.Length == 0 || prefix[0] > '\u007F')
                {
                    return; // such a prefix's first letter could match more than its two cases: compare them all
                }
            }

            _byInitial = new Dictionary<char, string[]>();
            foreach (var prefix in prefixes)
            {
                var initial = ToLowerAscii(prefix[0]);
                if (!_byInitial.ContainsKey(initial))
                {
                    _byInitial[initial] = Array.FindAll(prefixes, other => ToLowerAscii(other[0]) == initial);
                }
            }
        }

        /// <summary>
        /// The prefixes <paramref name="text"/> could start with at <paramref name="index"/>, ignoring case: those with
        /// its first character in either case (an ASCII letter equals no other character ignoring case), or all of
        /// them when that character is outside ASCII.
        /// </summary>
        public string[] For(string text, int index = 0)
        {
            if (_byInitial == null || (index < text.Length && text[index] > '\u007F'))
            {
                return _all;
            }

            return index < text.Length && _byInitial.TryGetValue(ToLowerAscii(text[index]), out var prefixes) ? prefixes : Array.Empty<string>();
        }

        private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
}
