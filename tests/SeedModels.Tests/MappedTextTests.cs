using SeedModels.Extraction.Structure;
using Xunit;

namespace SeedModels.Tests
{
    public class MappedTextTests
    {
        private const string Source = "Line one\nline two\n\nline four";

        [Fact]
        public void JoinsRangesWithSpacesAndMapsEachBackToTheSource()
        {
            var text = MappedText.Join(Source, new[] { (0, 8), (9, 17), (18, 18), (19, 28) });

            Assert.Equal("Line one line two line four", text.Text);
            Assert.Equal(0, text.SourceOffset(0));
            Assert.Equal(9, text.SourceOffset(9)); // "line two" starts after the joining space
            Assert.Equal(21, text.SourceOffset(20)); // "n" of the last "line"
            Assert.True(text.IsExact);
        }

        [Fact]
        public void JoiningOnlyEmptyRangesGivesEmptyText()
        {
            var text = MappedText.Join(Source, new[] { (3, 3) });

            Assert.Equal(string.Empty, text.Text);
            Assert.Equal(0, text.SourceOffset(0));
        }

        [Theory]
        [InlineData(0, 8)]
        [InlineData(9, 17)]
        public void AVerbatimLineMapsLikeJoiningItsOneRange(int start, int end)
        {
            var joined = MappedText.Join(Source, new[] { (start, end) });
            var verbatim = MappedText.Verbatim(Source.Substring(start, end - start), start);

            Assert.Equal(joined.Text, verbatim.Text);
            Assert.Equal(joined.SourceStart, verbatim.SourceStart);
            Assert.True(verbatim.IsExact);
            for (var i = 0; i < joined.Text.Length; i++)
            {
                Assert.Equal(joined.SourceOffset(i), verbatim.SourceOffset(i));
            }
        }
    }
}
