using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, second round: an attribution belongs to the sentence it stands in, not to a quote that ended the sentence before.</summary>
    public class SpeakerSentenceBoundaryTests
    {
        [Theory]
        [InlineData("Tom Varga called the levy \u201Ca false economy.\u201D Jo Bloggs said the council would vote again.")]
        [InlineData("Tom Varga called the levy \u201Ca false economy.\u201D He said nothing more.")]
        [InlineData("On Monday, Tom Varga wrote, \u201CThe levy is a false economy.\u201D This sort of remark, Jo Bloggs claimed, hurts the port.")]
        public void AQuoteThatEndsItsHostSentenceTakesNoAttributionFromTheNext(string paragraph)
        {
            var speaker = SpeakerOfQuote(paragraph.Contains("wrote") ? "The levy" : "a false", "Jo Bloggs runs the council.", paragraph);
            Assert.Equal("Tom Varga", speaker);
        }

        [Fact]
        public void AQuoteThatOpensItsSentenceStillTakesTheAttributionAfterIt()
        {
            Assert.Equal("Jo Bloggs", SpeakerOfQuote("The levy stays.", "Tom Varga runs the ferry.", "\u201CThe levy stays.\u201D Jo Bloggs said it twice."));
        }
    }
}
