using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>Word counting: runs of letters or digits, joined by an apostrophe or a hyphen inside a word.</summary>
    public class CharsWordCountTests
    {
        [Theory]
        [InlineData("", 0)]
        [InlineData("  -- ", 0)]
        [InlineData("Jane Doe said", 3)]
        [InlineData("the co-op's office", 3)]
        [InlineData("it’s 42 degrees", 3)]
        [InlineData("rock - roll", 2)]
        [InlineData("D.C. office", 3)]
        [InlineData("Zoë Brontë wrote", 3)]
        [InlineData("  leading and trailing  ", 3)]
        public void CountsRunsOfLettersOrDigits(string text, int expected)
        {
            Assert.Equal(expected, Chars.CountWords(text));
            Assert.Equal(expected, Chars.CountWords(text, 0, text.Length));
        }

        [Theory]
        [InlineData("one two three four", 2, 2)]
        [InlineData("one two three four", 10, 4)]
        [InlineData("one two", 0, 1)]
        [InlineData("  ", 0, 0)]
        public void StopsCountingAtTheLimit(string text, int limit, int expected)
        {
            Assert.Equal(expected, Chars.CountWords(text, 0, text.Length, limit));
        }

        [Fact]
        public void ReadsLettersAndDigitsAsTheFrameworkDoes()
        {
            // The table for ASCII and the refusal of the general punctuation block answer as char.IsLetterOrDigit does, for every character.
            for (var c = 0; c <= char.MaxValue; c++)
            {
                Assert.Equal(char.IsLetterOrDigit((char)c), Chars.IsLetterOrDigit((char)c));
            }
        }

        [Fact]
        public void CountsOnlyInsideTheRange()
        {
            // [3, 13) is "ha beta ga".
            Assert.Equal(3, Chars.CountWords("alpha beta gamma", 3, 13));
        }
    }
}
