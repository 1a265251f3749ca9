using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class WordsTests
    {
        [Theory]
        [InlineData("Jane Doe said", "Jane,Doe,said")]
        [InlineData("“It’s fine,” J. K. Rowling said.", "It’s,fine,J.,K.,Rowling,said")]
        [InlineData("the co-op's D.C. office", "the,co-op's,D.C,office")]
        [InlineData(" -- ", "")]
        public void SplitsIntoWordsWithInnerApostrophesHyphensAndInitials(string text, string expected)
        {
            Assert.Equal(expected, string.Join(",", Words.Split(text).Select(w => w.Text)));
        }

        [Theory]
        [InlineData("Jane Doe said", 0, 13)]
        [InlineData("  (7th January)", 0, 15)]
        [InlineData("J. K. Rowling", 3, 13)]
        [InlineData("Sept. 7", 0, 4)]
        public void TheFirstWordIsTheOneSplitGives(string text, int start, int end)
        {
            var split = Words.Split(text, start, end);

            Assert.True(Words.TryFirst(text, start, end, out var first));
            Assert.Equal((split[0].Start, split[0].End), (first.Start, first.End));
        }

        [Fact]
        public void ThereIsNoFirstWordInPunctuation()
        {
            Assert.False(Words.TryFirst("“ — ”", 0, 5, out _));
        }

        [Theory]
        [InlineData("Thursday", true)]
        [InlineData("Thurs.", true)]
        [InlineData("7th", true)]
        [InlineData("31", true)]
        [InlineData("Sept.", true)]
        [InlineData("january", true)]
        [InlineData("32", false)]
        [InlineData("Today", false)]
        [InlineData("Marching", false)]
        public void ADateStartsWithAWeekdayADayOrAMonth(string word, bool canStart)
        {
            Assert.Equal(canStart, Dates.CanStartDate(word));
        }
    }
}
