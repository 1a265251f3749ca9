using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;
using static SeedModels.Tests.PortVeldraFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// A headline that promotes a video, a podcast or an opinion piece ("WATCH:", "PODCAST:", "Opinion:") stays the
    /// headline over the byline, while the same labelled teaser in the body is furniture.
    /// </summary>
    public class PromoHeadlineTests
    {
        [Theory]
        [InlineData("WATCH: Brackenford library closes after roof survey finds cracks")]
        [InlineData("Listen: Brackenford library closes after roof survey finds cracks")]
        public void AHeadlinePromotingAVideoStaysTheHeadline(string top)
        {
            // The same line in the body is furniture ("Watch: …" under a paragraph); at the top, over the byline, it is the
            // page's headline (the article had none).
            var s = Structure(top + "\n\nBy Maeve Tolland" + Body);

            Assert.Equal(top, s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AVideoLinkInTheBodyIsStillFurniture()
        {
            var s = Structure(Headline + "By Maeve Tolland" + Body + "\n\nWATCH: Brackenford library closes after roof survey finds cracks");

            Assert.Equal(Headline.Trim(), s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APodcastsTitleOverTheBylineStaysTheHeadline()
        {
            var s = Structure("PODCAST: Why the island ferries keep running late\n\nBy Mira Castell\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal("PODCAST: Why the island ferries keep running late", s.Headline);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Opinion: The ferries should run all night")]
        [InlineData("WATCH | Captain Marrow takes the new evening boat out")]
        [InlineData("Video: The Senn Star's first evening sailing")]
        public void ALabelledTeaserInTheBodyLeavesIt(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Opinion: The ferries should run all night")]
        [InlineData("WATCH | Captain Marrow takes the new evening boat out")]
        public void TheSameTeaserOverTheBylineStaysTheHeadline(string line)
        {
            var s = Structure(line + "\n\nBy Mira Castell\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal(line, s.Headline);
            Assert.Equal(3, s.Paragraphs.Count);
        }
    }
}
