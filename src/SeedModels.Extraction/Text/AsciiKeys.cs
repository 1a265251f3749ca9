using System.Runtime.CompilerServices;

namespace SeedModels.Extraction.Text
{
    /// <summary>
    /// The keys the look-up tables (<see cref="WordSet"/>, <see cref="WordClasses"/>, <see cref="Prefixes"/>) file ASCII words
    /// under, ignoring case: one definition, so a word hashed by one table is hashed the same way by the others.
    /// </summary>
    internal static class AsciiKeys
    {
        // Inlined by request: every look-up calls these for the characters it hashes or compares, and the JIT kept them calls there.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;

        /// <summary>One bit per first character (modulo 64), ignoring case: a set of initials in one word.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong InitialBit(char c) => 1UL << (ToLowerAscii(c) & 63);

        /// <summary>A power of two at least twice the word count, and at least 16.</summary>
        public static int BucketCount(int words)
        {
            var count = 16;
            while (count < words * 2)
            {
                count *= 2;
            }

            return count;
        }

        /// <summary>A hash of ASCII text that ignores case.</summary>
        public static int Hash(string s, int start, int end)
        {
            var hash = 17;
            for (var i = start; i < end; i++)
            {
                hash = unchecked((hash * 31) + ToLowerAscii(s[i]));
            }

            return hash & int.MaxValue;
        }

        /// <summary>Whether the text at <paramref name="start"/> equals <paramref name="lower"/> (lower case) ignoring ASCII case.</summary>
        public static bool EqualsLowerAscii(string s, int start, string lower)
        {
            for (var i = 0; i < lower.Length; i++)
            {
                if (ToLowerAscii(s[start + i]) != lower[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
