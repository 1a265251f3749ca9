using System.Text;
using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>Readings that take a shortcut for the common case answer as the full reading does.</summary>
    public class ShortcutTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("one")]
        [InlineData("one two three")]
        [InlineData(" leading space")]
        [InlineData("trailing space ")]
        [InlineData("two  spaces")]
        [InlineData("a\ttab")]
        [InlineData("a line\nbreak")]
        [InlineData("no\u00A0break space")]
        [InlineData("em\u2003space")]
        [InlineData("   ")]
        public void CollapsingSpacesLeavesOneSpaceBetweenWords(string text)
        {
            Assert.Equal(CollapsedOneByOne(text), Chars.CollapseSpaces(text));
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

        /// <summary>The collapse as it was first written: every run of white space one space, none at either end.</summary>
        private static string CollapsedOneByOne(string s)
        {
            var b = new StringBuilder();
            var space = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = b.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        b.Append(' ');
                        space = false;
                    }

                    b.Append(c);
                }
            }

            return b.ToString();
        }
    }
}
