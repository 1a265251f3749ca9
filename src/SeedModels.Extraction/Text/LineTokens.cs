using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Text
{
    /// <summary>What stands between two tokens of a header line besides white space.</summary>
    [Flags]
    internal enum Separators
    {
        None = 0,
        Comma = 1,

        /// <summary><c>|</c>, <c>•</c>, <c>·</c> or a dash standing alone: the line's parts.</summary>
        Bar = 2,
        Ampersand = 4,

        /// <summary>A slash between two words (<c>Jane Doe/John Roe</c>), when the caller splits at slashes.</summary>
        Slash = 8,
        Parenthesis = 16,
        Semicolon = 32,

        /// <summary>Not a separator: the token before ended with a colon (<c>Published:</c>, <c>By:</c>).</summary>
        ColonAfter = 64,
    }

    /// <summary>
    /// A short line (a byline, a date line) split into word tokens, with the separators found before each: the
    /// header conventions are read token by token. Dots, colons, slashes, hyphens and apostrophes inside a token
    /// stay (<c>J.</c>, <c>4:45pm</c>, <c>30/04/2024</c>, <c>O'Neil</c>); a colon closing one is noted, not kept.
    /// Two arrays hold the tokens and their separators: a few tokens' worth at first, doubled when a long line needs more.
    /// </summary>
    internal sealed class LineTokens
    {
        /// <summary>Most lines split (bylines, date lines, credits) hold a few tokens; sizing for the worst case cleared ten bytes per character.</summary>
        private const int InitialCapacity = 8;

        private Word[] _words;
        private Separators[] _before;

        private LineTokens(string source, int capacity)
        {
            Source = source;
            _words = new Word[capacity];
            _before = new Separators[capacity];
        }

        public string Source { get; }

        public int Count { get; private set; }

        public Word this[int i] => _words[i];

        /// <summary>The tokens as words: a view over the one array, for the name rules that take a word list.</summary>
        public IReadOnlyList<Word> Words => _view ??= new ArraySegment<Word>(_words, 0, Count);

        private IReadOnlyList<Word>? _view;

        /// <summary>The tokens' array itself (its first <see cref="Count"/> entries), for readers that must not allocate.</summary>
        public Word[] WordArray => _words;

        /// <summary>The separators between token <paramref name="i"/> - 1 and token <paramref name="i"/>.</summary>
        public Separators Before(int i) => _before[i] & ~Separators.ColonAfter;

        /// <summary>Separators after the last token.</summary>
        public Separators Trailing { get; private set; }

        /// <summary>Whether the token ended with a colon (<c>Published:</c>, <c>By:</c>).</summary>
        public bool EndsWithColon(int i) => i + 1 < Count ? (_before[i + 1] & Separators.ColonAfter) != 0 : (Trailing & Separators.ColonAfter) != 0;

        public string Text(int i) => _words[i].Text;

        /// <summary>The source text from token <paramref name="from"/> to token <paramref name="to"/> (exclusive), as written.</summary>
        public string Span(int from, int to) => from >= to ? string.Empty : Source.Substring(_words[from].Start, _words[to - 1].End - _words[from].Start);

        /// <summary>Splits [start, end) of <paramref name="s"/>; a slash between letters separates when <paramref name="splitSlashes"/>.</summary>
        public static LineTokens Split(string s, int start, int end, bool splitSlashes = false)
        {
            // A token takes at least one character and a separator or space after it: half the length bounds the count.
            var tokens = new LineTokens(s, System.Math.Min(((end - start) / 2) + 1, InitialCapacity));
            var pending = Separators.None;
            var i = start;
            while (i < end)
            {
                var c = s[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var separator = SeparatorOf(s, i, end);
                if (separator != Separators.None)
                {
                    pending |= separator;
                    i++;
                    continue;
                }

                var j = i;
                while (j < end)
                {
                    // A lower-case ASCII letter is no space, no separator, no slash, and neither a capital after a digit nor a
                    // clock's first digit: it goes on the token, as most characters do, without the tests below.
                    if (s[j] >= 'a' && s[j] <= 'z')
                    {
                        j++;
                        continue;
                    }

                    if (char.IsWhiteSpace(s[j]) || SeparatorOf(s, j, end) != Separators.None)
                    {
                        break;
                    }

                    if (splitSlashes && s[j] == '/' && j > i && char.IsLetter(s[j - 1]) && j + 1 < end && char.IsLetter(s[j + 1]))
                    {
                        break;
                    }

                    // "27 Nov 2026Updated 11:20": a page that sets its date parts in boxes loses the space between them when
                    // copied; a capitalised word glued to a number is a token of its own.
                    if (j > i && char.IsDigit(s[j - 1]) && char.IsUpper(s[j]) && j + 1 < end && char.IsLower(s[j + 1]))
                    {
                        break;
                    }

                    // "4 min readApr 21, 2023": a blog's reading time glued to the date after it.
                    if (j - i == ReadWord.Length && char.IsUpper(s[j]) && string.Compare(s, i, ReadWord, 0, ReadWord.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        break;
                    }

                    // "Jane Doe09:14, Nov 27 2026": the same with a time glued to the name before it.
                    if (j > i && char.IsLower(s[j - 1]) && IsClockAt(s, j, end))
                    {
                        break;
                    }

                    j++;
                }

                var tokenEnd = j;
                var colon = false;
                while (tokenEnd > i && s[tokenEnd - 1] == ':')
                {
                    colon = true;
                    tokenEnd--;
                }

                if (tokenEnd > i)
                {
                    if (tokens.Count == tokens._words.Length)
                    {
                        tokens.Grow();
                    }

                    tokens._words[tokens.Count] = new Word(s, i, tokenEnd);
                    tokens._before[tokens.Count] = pending;
                    tokens.Count++;
                    pending = Separators.None;
                }

                if (colon)
                {
                    pending |= Separators.ColonAfter;
                }

                if (j < end && s[j] == '/')
                {
                    pending |= Separators.Slash;
                    j++;
                }

                i = j;
            }

            tokens.Trailing = pending;
            return tokens;
        }

        /// <summary>The last word of a reading time (<c>4 min read</c>), which a copied page may glue to the date after it.</summary>
        private const string ReadWord = "read";

        /// <summary>A clock time (<c>9:14</c>, <c>09:14</c>) starts at <paramref name="i"/>.</summary>
        private static bool IsClockAt(string s, int i, int end)
        {
            var digits = 0;
            while (i + digits < end && digits < 3 && char.IsDigit(s[i + digits]))
            {
                digits++;
            }

            return digits is 1 or 2 && i + digits + 2 < end && s[i + digits] == ':' && char.IsDigit(s[i + digits + 1]) && char.IsDigit(s[i + digits + 2]);
        }

        private void Grow()
        {
            Array.Resize(ref _words, _words.Length * 2);
            Array.Resize(ref _before, _before.Length * 2);
        }

        public static LineTokens Split(string s, bool splitSlashes = false) => Split(s, 0, s.Length, splitSlashes);

        /// <summary>The marks that part a header line's pieces (<c>News | March 4, 2024</c>, <c>Jane Roe • Reporter</c>).</summary>
        private static readonly char[] BarMarks = { '|', '\u2022', '\u00B7' };

        /// <summary>Whether the line holds a bar, a bullet or a middle dot: a cheap test before it is split.</summary>
        public static bool HasBar(string s) => s.IndexOfAny(BarMarks) >= 0;

        /// <summary>Whether a slash stands between spaces past the line's start, which parts its pieces as a bar does (<c>Westhaven Bulletin / May 27, 2024</c>).</summary>
        public static bool HasStandingSlash(string s) => s.IndexOf(" / ", StringComparison.Ordinal) > 0;

        private static Separators SeparatorOf(string s, int i, int end)
        {
            switch (s[i])
            {
                case ',':
                    return Separators.Comma;
                case ';':
                    return Separators.Semicolon;
                case '|':
                case '\u2022':
                case '\u00B7':
                case '\u2219':
                    return Separators.Bar;
                case '&':
                    return Separators.Ampersand;
                case '(':
                case ')':
                case '[':
                case ']':
                    return Separators.Parenthesis;
            }

            // A slash standing between spaces parts a line's pieces as a bar does ("Westhaven Bulletin / May 27, 2024"); one
            // between letters or digits is a word's or a date's ("and/or", "27/05/2024").
            if (s[i] == '/' && i > 0 && char.IsWhiteSpace(s[i - 1]) && i + 1 < end && char.IsWhiteSpace(s[i + 1]))
            {
                return Separators.Bar;
            }

            // A dash is a separator when it stands alone: "June 30, 2026 - 4.34pm", not "Torres-Guillén".
            if (Chars.IsDash(s[i]) && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i] != '-') && (i + 1 >= end || char.IsWhiteSpace(s[i + 1]) || s[i] != '-'))
            {
                return Separators.Bar;
            }

            return Separators.None;
        }
    }
}
