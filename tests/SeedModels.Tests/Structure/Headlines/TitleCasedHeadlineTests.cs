using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A first line in title case that closes with a full stop, even two sentences of it (<c>I Ran a Night Market for a Year.
    /// Here's What Nobody Tells You.</c>), is the headline, whatever stands under it; the same words in sentence case over a
    /// shorter line stay the story's. Invented pages.
    /// </summary>
    public class TitleCasedHeadlineTests
    {
        private const string Story =
            "\n\nLast March, with a borrowed trestle table and forty folding chairs, I opened a Friday night market in the car park behind the old bus depot.\n\n" +
            "We started with nine vendors. By December we had fifty-three, and a waiting list.";

        [Theory]
        [InlineData("I Ran a Night Market for a Year. Here\u2019s What Nobody Tells You.")]
        [InlineData("Why I Quit My Job at the Harbour. And What Came Next.")]
        public void TwoTitleCasedSentencesAreTheHeadline(string headline)
        {
            var s = Structure(headline + Story);

            Assert.Equal(headline, s.Headline);
        }

        [Fact]
        public void ATitleCasedHeadlineOverAsLongASubtitleIsStillTheHeadline()
        {
            const string headline = "I Ran a Night Market for a Year. Here\u2019s What Nobody Tells You.";
            var s = Structure(headline + "\n\nPermits, generators, rain, and the vendor who changed my mind about everything." + Story);

            Assert.Equal(headline, s.Headline);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == headline);
        }

        [Fact]
        public void TwoSentencesInSentenceCaseAreTheStorysOwn()
        {
            // (A second sentence promising the story, "Here is what …", makes a headline: BlogMastheadAndPromiseHeadlineTests.)
            const string first = "I ran a night market for a year. It changed how I think about the whole town.";
            var s = Structure(first + Story);

            Assert.NotEqual(first, s.Headline);
        }
    }
}
