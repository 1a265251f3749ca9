using System.Linq;
using SeedModels.Extraction.Segmentation;
using Xunit;

namespace SeedModels.Tests
{
    public class SegmenterTests
    {
        [Theory]
        [InlineData("one\r\ntwo\r\nthree")]
        [InlineData("one\ntwo\nthree")]
        [InlineData("one\rtwo\rthree")]
        [InlineData("one\r\ntwo\nthree")]
        public void SplitsLinesOnCrLfLfAndCr(string text)
        {
            var segmented = Segmenter.Split(text);

            Assert.Equal(new[] { "one", "two", "three" }, segmented.Lines.Select(segmented.LineText));
            Assert.Equal(new[] { 1, 2, 3 }, segmented.Lines.Select(l => l.Number));
        }

        [Fact]
        public void LineStartsSkipTheWholeCrLfPair()
        {
            var segmented = Segmenter.Split("ab\r\ncd\ref\ngh");

            Assert.Equal(new[] { 0, 4, 7, 10 }, segmented.Lines.Select(l => l.Start));
            Assert.Equal(new[] { 2, 2, 2, 2 }, segmented.Lines.Select(l => l.Length));
        }

        [Theory]
        [InlineData("a\n\rb", "a||b", "FTF")] // LF then CR: two breaks
        [InlineData("\r\n\r\n \t\r\nx ", "|| \t|x ", "TTTF")]
        [InlineData("\uFEFF", "", "T")]
        [InlineData("\uFEFF\u00A0\nb", "\u00A0|b", "TF")]
        public void EveryBreakEndsALineAndWhiteSpaceOnlyLinesAreBlank(string text, string lines, string blank)
        {
            var segmented = Segmenter.Split(text);

            Assert.Equal(lines, string.Join("|", segmented.Lines.Select(segmented.LineText)));
            Assert.Equal(blank, string.Concat(segmented.Lines.Select(l => l.IsBlank ? "T" : "F")));
        }

        [Fact]
        public void TrailingLineBreakAddsNoLine()
        {
            var segmented = Segmenter.Split("one\ntwo\n");

            Assert.Equal(2, segmented.Lines.Count);
        }

        [Fact]
        public void EmptyTextIsOneBlankLine()
        {
            var line = Assert.Single(Segmenter.Split(string.Empty).Lines);

            Assert.True(line.IsBlank);
            Assert.Equal(1, line.Number);
        }

        [Fact]
        public void BomIsNotPartOfTheFirstLine()
        {
            var segmented = Segmenter.Split("\uFEFFTitle\r\nBody");

            Assert.Equal("Title", segmented.LineText(segmented.Lines[0]));
            Assert.Equal(1, segmented.Lines[0].Start);
            Assert.Equal((1, 1), segmented.PositionOf(1));
            Assert.Equal((2, 1), segmented.PositionOf(8));
        }

        [Fact]
        public void LinesOfSpacesAndTabsAreBlankAndSeparateBlocks()
        {
            var segmented = Segmenter.Split("first\n   \n\t \nsecond\nthird\n  \nfourth");

            Assert.Equal(new[] { false, true, true, false, false, true, false }, segmented.Lines.Select(l => l.IsBlank));
            var blocks = segmented.BlocksFrom(0);
            Assert.Equal(new[] { 1, 2, 1 }, blocks.Select(b => b.Length));
            Assert.Equal(new[] { "second", "third" }, blocks[1].Select(segmented.LineText));
        }

        [Fact]
        public void BlocksFromSkipsTheLinesBeforeIt()
        {
            var segmented = Segmenter.Split("---\nid: X\n---\nTitle\n\nBody");

            Assert.Equal(new[] { "Title", "Body" }, segmented.BlocksFrom(3).Select(b => segmented.LineText(b[0])));
        }

        [Theory]
        [InlineData(0, 1, 1)]
        [InlineData(2, 1, 3)]
        [InlineData(5, 2, 1)]
        [InlineData(7, 2, 3)]
        [InlineData(9, 3, 1)]
        [InlineData(11, 4, 1)]
        public void PositionOfGivesOneBasedLineAndColumn(int offset, int line, int column)
        {
            // "abc" CRLF "def" LF "g" CR "h": offsets 0-2, 5-7, 9, 11.
            var segmented = Segmenter.Split("abc\r\ndef\ng\rh");

            Assert.Equal((line, column), segmented.PositionOf(offset));
        }
    }
}
