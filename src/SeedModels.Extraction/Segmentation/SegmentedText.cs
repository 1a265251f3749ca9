using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Segmentation
{
    /// <summary>
    /// The article text cut into lines once, so every later pass works with offsets into the
    /// original string and can turn any offset back into a line and column.
    /// </summary>
    internal sealed class SegmentedText
    {
        private readonly SourceLine[] _lines;

        public SegmentedText(string text, SourceLine[] lines)
        {
            Text = text;
            _lines = lines;
        }

        public string Text { get; }

        public IReadOnlyList<SourceLine> Lines => _lines;

        public string LineText(SourceLine line) => Text.Substring(line.Start, line.Length);

        /// <summary>The 1-based line and column of <paramref name="offset"/> (a BOM is not a column).</summary>
        public (int Line, int Column) PositionOf(int offset)
        {
            if (_lines.Length == 0)
            {
                return (1, 1);
            }

            int lo = 0, hi = _lines.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_lines[mid].Start <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            var line = _lines[lo];
            var column = offset - line.Start + 1;
            return (line.Number, column < 1 ? 1 : column);
        }

        /// <summary>Groups the non-blank lines from <paramref name="firstLine"/> on into blocks separated by blank lines.</summary>
        public List<SourceLine[]> BlocksFrom(int firstLine)
        {
            // A block is a run of non-blank lines: copied from the lines in one piece, with no list growing line by line.
            var blocks = new List<SourceLine[]>();
            var i = firstLine;
            while (i < _lines.Length)
            {
                if (_lines[i].IsBlank)
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < _lines.Length && !_lines[i].IsBlank)
                {
                    i++;
                }

                var block = new SourceLine[i - start];
                Array.Copy(_lines, start, block, 0, block.Length);
                blocks.Add(block);
            }

            return blocks;
        }
    }
}
