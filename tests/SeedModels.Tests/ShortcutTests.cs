using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>Readings that take a shortcut for the common case answer as the full reading does.</summary>
    public class ShortcutTests
    {
        [Theory]
        [InlineData("", "")]
        [InlineData("one", "one")]
        [InlineData("one two three", "one two three")]
        [InlineData(" leading space", "leading space")]
        [InlineData("trailing space ", "trailing space")]
        [InlineData("two  spaces", "two spaces")]
        [InlineData("a\ttab", "a tab")]
        [InlineData("a line\nbreak", "a line break")]
        [InlineData("no\u00A0break space", "no break space")]
        [InlineData("em\u2003space", "em space")]
        [InlineData("   ", "")]
        public void CollapsingSpacesLeavesOneSpaceBetweenWords(string text, string expected)
        {
            Assert.Equal(expected, Chars.CollapseSpaces(text));
        }

        [Theory]
        [InlineData("one two three")]
        [InlineData("one")]
        public void TextAlreadyCollapsedIsReturnedAsItIs(string text)
        {
            Assert.Same(text, Chars.CollapseSpaces(text));
        }

        [Fact]
        public void TextWithSingleSpacesIsKeptAsItIs()
        {
            var text = "The quay at dawn";
            Assert.Same(text, Chars.CollapseSpaces(text));
        }

        [Theory]
        [InlineData("Westhaven Courier - Tue, 11/07/2026", true)]
        [InlineData("Westhaven Courier \u2014 Tue, 11/07/2026", true)]
        [InlineData("a well-known face", false)]
        [InlineData("- opening dash", false)]
        [InlineData("closing dash -", false)]
        [InlineData("co-op -- and - more", true)]
        [InlineData("a -b - c", true)]
        [InlineData("-", false)]
        [InlineData("", false)]
        public void AStandingDashHasASpaceOnEachSide(string line, bool expected)
        {
            Assert.Equal(expected, DatelineDetector.HasStandingDash(line));
        }

        [Theory]
        [InlineData("Librarian")]
        [InlineData("Harbourmaster")]
        [InlineData("Gardener")]
        [InlineData("Painter")]
        [InlineData("Monday")]
        [InlineData("Actre\u017F\u017F")]
        [InlineData("Vivian")]
        public void AnOccupationsEndingIsComparedAsTheFrameworkComparesIt(string text)
        {
            // Outside the words that only look like occupations, the bare word's reading is the string's.
            Assert.Equal(Lexicon.IsOccupation(text), Lexicon.IsOccupationBare(Words.Split(text)[0]));
        }
    }
}
