using System.Runtime.CompilerServices;

namespace SeedModels.Extraction.Text
{
    /// <summary>A word of a text: a run of letters and digits, with inner apostrophes, hyphens and initials' dots.</summary>
    internal readonly struct Word
    {
        public Word(string source, int start, int end)
        {
            Source = source;
            Start = start;
            End = end;
        }

        public string Source { get; }

        public int Start { get; }

        public int End { get; }

        public string Text => Source.Substring(Start, End - Start);

        public char First => Source[Start];

        public bool IsCapitalized => char.IsUpper(Source[Start]);

        /// <summary>Whether the word is digits only (<c>2024</c>, <c>12</c>): a count, a number or a year.</summary>
        public bool IsDigits
        {
            get
            {
                for (var k = Start; k < End; k++)
                {
                    if (!char.IsDigit(Source[k]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Whether the word is a year of four digits standing alone (<c>2024</c>).</summary>
        public bool IsFourDigitYear => End - Start == 4 && IsDigits;

        public bool IsAllCaps
        {
            get
            {
                var letters = 0;
                for (var i = Start; i < End; i++)
                {
                    if (char.IsLetter(Source[i]))
                    {
                        if (!char.IsUpper(Source[i]))
                        {
                            return false;
                        }

                        letters++;
                    }
                }

                return letters > 0;
            }
        }

        /// <summary>The word without a possessive <c>'s</c> / <c>’s</c>, lower-cased.</summary>
        public string Lower => Bare.ToLowerInvariant();

        public string Bare => Source.Substring(Start, BareEnd - Start);

        /// <summary>Where <see cref="Bare"/> ends: before a possessive <c>'s</c> and trailing dots.</summary>
        public int BareEnd
        {
            // Inlined by request: the look-ups ask it of nearly every word, and most words end on a letter other than an s, where
            // nothing is cut; the other words are read out of line.
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                var end = End;
                return end > Start && Source[end - 1] != 's' && Source[end - 1] != 'S' && Source[end - 1] != '.' ? end : BareEndPastSuffix();
            }
        }

        /// <summary><see cref="BareEnd"/> of a word that ends on an s or a full stop (or is empty).</summary>
        private int BareEndPastSuffix()
        {
            var end = End;
            if (end - Start > 2 && (Source[end - 2] == '\'' || Source[end - 2] == '\u2019') && (Source[end - 1] == 's' || Source[end - 1] == 'S'))
            {
                end -= 2;
            }

            while (end > Start + 1 && Source[end - 1] == '.')
            {
                end--;
            }

            return end;
        }

        /// <summary>Whether the word is exactly <paramref name="text"/> (<c>Text == text</c> without the copy).</summary>
        public bool Is(string text) => End - Start == text.Length && string.CompareOrdinal(Source, Start, text, 0, text.Length) == 0;

        /// <summary>Whether the word is exactly one of <paramref name="texts"/>.</summary>
        public bool IsOneOf(string[] texts)
        {
            foreach (var text in texts)
            {
                if (Is(text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <see cref="Lower"/> is one of <paramref name="lowers"/> (ASCII lower-case words).</summary>
        public bool IsOneOfLower(string[] lowers)
        {
            // The bare length once, not per candidate: most candidates fail on it.
            var length = BareEnd - Start;
            foreach (var lower in lowers)
            {
                if (lower.Length == length && LowerEqualsAtStart(lower))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <see cref="Lower"/> is <paramref name="lower"/>, an ASCII lower-case word, without the copies.</summary>
        public bool LowerIs(string lower)
        {
            return BareEnd - Start == lower.Length && LowerEqualsAtStart(lower);
        }

        /// <summary>Whether the word's first <c>lower.Length</c> characters, lower-cased one by one, are <paramref name="lower"/>.</summary>
        private bool LowerEqualsAtStart(string lower)
        {
            for (var i = 0; i < lower.Length; i++)
            {
                // Per character, as string.ToLowerInvariant maps every character that can become ASCII.
                if (Chars.ToLowerInvariant(Source[Start + i]) != lower[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>Text.EndsWith(suffix, StringComparison.Ordinal)</c> without the copy.</summary>
        public bool EndsWith(string suffix) =>
            End - Start >= suffix.Length && string.CompareOrdinal(Source, End - suffix.Length, suffix, 0, suffix.Length) == 0;

        /// <summary><see cref="EndsWith"/> of the bare word (no trailing punctuation or possessive).</summary>
        public bool BareEndsWith(string suffix) =>
            BareEnd - Start >= suffix.Length && string.CompareOrdinal(Source, BareEnd - suffix.Length, suffix, 0, suffix.Length) == 0;

        public bool IsPossessive => End - Start > 2 && (Source[End - 2] == '\'' || Source[End - 2] == '\u2019') && (Source[End - 1] == 's' || Source[End - 1] == 'S');

        public override string ToString() => Text;
    }
}
