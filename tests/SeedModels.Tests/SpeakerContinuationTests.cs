using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, continuation quotes and labels: a speaker named before the quote's own sentence or paragraph.</summary>
    public class SpeakerContinuationTests
    {
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("Tom Varga continued:")]
        [InlineData("In a letter to members, Tom Varga wrote:")]
        public void AParagraphEndingInAColonIntroducesTheNextQuote(string introduction)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The levy stays.", introduction, "\u201CThe levy stays.\u201D"));
        }

        [Theory]
        [InlineData("Tom Varga: \u201CThe levy stays.\u201D")]
        [InlineData("The vote did not surprise harbour analyst Tom Varga: \u201CThe levy stays.\u201D")]
        public void ANameBeforeAColonLabelsTheSpeaker(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The levy stays.", paragraph));
        }

        [Fact]
        public void AColonAfterAnythingButANameLabelsNobody()
        {
            Assert.Null(SpeakerOf("The levy stays.", "The harbour was quiet.", "The message on the board was short: \u201CThe levy stays.\u201D"));
        }

        [Theory]
        [InlineData("\u201CThe levy stays\u201D about the decision, said Tom Varga, who chairs the board.")]
        [InlineData("\u201CThe levy stays\u201D would be the message, harbour master Tom Varga said after the vote.")]
        [InlineData("\u201CThe levy stays,\u201D said Tom Varga, explaining that Helen Brandt had agreed.")]
        public void AnAttributionAfterACommaLaterInTheSentence(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf(paragraph.Contains("stays,") ? "The levy stays," : "The levy stays", paragraph));
        }
    }
}
