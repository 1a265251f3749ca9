using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>A reader poll's question under the story is furniture; a headline with the same label states a poll's finding and stays the headline.</summary>
    public class ReaderPollTests
    {
        [Theory]
        [InlineData("POLL: Should the harbour board run a late ferry on Fridays?")]
        [InlineData("Poll: Would you pay more for an hourly crossing?")]
        public void APollsQuestionIsNoStory(string line)
        {
            var s = Structure(Headline + "\n\nBy Maeve Tolland" + Body + "\n\n" + line);

            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APollsFindingAsTheHeadlineStaysTheHeadline()
        {
            const string headline = "Poll: Ferry riders back an hourly crossing.";
            var s = Structure(headline + "\n\nBy Maeve Tolland" + Body);

            Assert.Equal(headline, s.Headline);
        }
    }
}
