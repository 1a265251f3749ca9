using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class SentencesTests
    {
        [Theory]
        [InlineData("A diver inspects the hull.", 1)]
        [InlineData("Mr. Doe spoke. He left. It rained", 3)]
        [InlineData("“Go,” she said. Nobody moved.", 2)]
        [InlineData("...", 0)]
        public void CountsSentences(string text, int count)
        {
            Assert.Equal(count, Sentences.Count(text));
            Assert.Equal(count == 1, Sentences.IsOne(text));
        }

        [Fact]
        public void StopsCountingAtTheLimit()
        {
            Assert.Equal(2, Sentences.Count("One. Two. Three. Four.", 0, 22, limit: 2));
            Assert.Equal(4, Sentences.Count("One. Two. Three. Four.", 0, 22));
        }
    }
}
