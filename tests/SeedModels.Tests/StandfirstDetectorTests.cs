using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class StandfirstDetectorTests
    {
        private const string Body = "\n\nThe council met on Tuesday night. The debate lasted four hours.\n\nThe new budget takes effect in April.";

        [Fact]
        public void OneSentenceParagraphUnderTheHeadlineIsTheStandfirst()
        {
            var s = Structure("Town votes on new budget\n\nResidents will pay more for parking after a narrow vote on Tuesday." + Body);

            Assert.Equal("Residents will pay more for parking after a narrow vote on Tuesday.", s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Residents", System.StringComparison.Ordinal));
        }

        [Fact]
        public void TwoSentenceFirstParagraphIsBody()
        {
            var s = Structure("Town votes on new budget\n\nResidents will pay more for parking. The vote was close." + Body);

            Assert.Null(s.Standfirst);
            Assert.Equal("Residents will pay more for parking. The vote was close.", s.Paragraphs.First().Text);
        }

        [Fact]
        public void ABylineBetweenHeadlineAndFirstParagraphMeansNoStandfirst()
        {
            var s = Structure("Town votes on new budget\n\nBy Jane Doe\n\nResidents will pay more for parking after a narrow vote on Tuesday." + Body);

            Assert.Null(s.Standfirst);
            Assert.Equal(new[] { "Jane Doe" }, s.Authors);
        }

        [Fact]
        public void ABylineBelowTheStandfirstKeepsIt()
        {
            var s = Structure("Town votes on new budget\n\nResidents will pay more for parking after a narrow vote on Tuesday.\n\nBy Jane Doe" + Body);

            Assert.Equal("Residents will pay more for parking after a narrow vote on Tuesday.", s.Standfirst?.Text);
            Assert.Equal(new[] { "Jane Doe" }, s.Authors);
        }

        [Fact]
        public void AParagraphWithNothingAfterItIsNoStandfirst()
        {
            var s = Structure("Town votes on new budget\n\nResidents will pay more for parking after a narrow vote on Tuesday.");

            Assert.Null(s.Standfirst);
            Assert.Single(s.Paragraphs);
        }

        [Fact]
        public void AnnotatedStandfirstWinsAndItsWordsInTheTextAreNotBody()
        {
            var s = Structure("---\nstandfirst: Residents will pay more for parking.\n---\nTown votes on new budget\n\nResidents will pay more for parking." + Body);

            Assert.Equal("Residents will pay more for parking.", s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
        }
    }
}
