using System.Collections.Generic;
using System.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Text assembled from ranges of the source (the lines of a paragraph, joined by spaces) that can map any
    /// of its offsets back to the source, so quotes found in it know their line and column.
    /// </summary>
    internal sealed class MappedText
    {
        private readonly int[] _textStarts;
        private readonly int[] _sourceStarts;

        private MappedText(string text, int[] textStarts, int[] sourceStarts)
        {
            Text = text;
            _textStarts = textStarts;
            _sourceStarts = sourceStarts;
        }

        public string Text { get; }

        public int SourceStart => _sourceStarts.Length == 0 ? 0 : _sourceStarts[0];

        /// <summary>How many source ranges (lines) the text joins.</summary>
        public int PartCount => _textStarts.Length;

        /// <summary>Where part <paramref name="k"/> (a joined line) starts in <see cref="Text"/>.</summary>
        public int PartStart(int k) => _textStarts[k];

        public static MappedText Join(string source, IReadOnlyList<(int Start, int End)> ranges)
        {
            // Sized first: one string and two arrays, nothing regrown or copied.
            var count = 0;
            var length = 0;
            for (var r = 0; r < ranges.Count; r++)
            {
                var (start, end) = ranges[r];
                if (end > start)
                {
                    length += (count > 0 ? 1 : 0) + (end - start);
                    count++;
                }
            }

            var textStarts = new int[count];
            var sourceStarts = new int[count];
            var b = new StringBuilder(length);
            var k = 0;
            for (var r = 0; r < ranges.Count; r++)
            {
                var (start, end) = ranges[r];
                if (end <= start)
                {
                    continue;
                }

                if (b.Length > 0)
                {
                    b.Append(' ');
                }

                textStarts[k] = b.Length;
                sourceStarts[k] = start;
                k++;
                b.Append(source, start, end - start);
            }

            return new MappedText(b.ToString(), textStarts, sourceStarts);
        }

        /// <summary>
        /// One line's text, already cut from the source at <paramref name="sourceStart"/>: the same as joining that
        /// one range, without copying it again.
        /// </summary>
        public static MappedText Verbatim(string lineText, int sourceStart) =>
            lineText.Length == 0 ? new MappedText(string.Empty, System.Array.Empty<int>(), System.Array.Empty<int>()) : new MappedText(lineText, OnePartAtStart, new[] { sourceStart });

        /// <summary>
        /// Text that is not a verbatim copy of the source (decoded markup, an annotation value): every offset in it
        /// maps to <paramref name="sourceStart"/>, where it came from.
        /// </summary>
        public static MappedText Detached(string text, int sourceStart) => new MappedText(text, OnePartAtStart, new[] { sourceStart }) { IsExact = false };

        /// <summary>The part starts of a text of one part: shared, as no text's part starts are ever written after it is made.</summary>
        private static readonly int[] OnePartAtStart = { 0 };

        /// <summary>Whether offsets map one to one (false for <see cref="Detached"/> text).</summary>
        public bool IsExact { get; private set; } = true;

        /// <summary>The source offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
        public int SourceOffset(int index)
        {
            var segment = System.Array.BinarySearch(_textStarts, index);
            if (segment < 0)
            {
                segment = System.Math.Max(0, ~segment - 1);
            }

            if (_sourceStarts.Length == 0)
            {
                return 0;
            }

            return IsExact ? _sourceStarts[segment] + (index - _textStarts[segment]) : _sourceStarts[segment];
        }

        /// <summary>The same text without its first <paramref name="count"/> characters, still mapped.</summary>
        public MappedText Skip(int count)
        {
            if (count <= 0)
            {
                return this;
            }

            var starts = new List<int>();
            var sources = new List<int>();
            for (var i = 0; i < _textStarts.Length; i++)
            {
                var segEnd = i + 1 < _textStarts.Length ? _textStarts[i + 1] : Text.Length;
                if (segEnd <= count)
                {
                    continue;
                }

                var from = System.Math.Max(count, _textStarts[i]);
                starts.Add(from - count);
                sources.Add(_sourceStarts[i] + (from - _textStarts[i]));
            }

            return new MappedText(Text.Substring(System.Math.Min(count, Text.Length)), starts.ToArray(), sources.ToArray()) { IsExact = IsExact };
        }
    }
}
