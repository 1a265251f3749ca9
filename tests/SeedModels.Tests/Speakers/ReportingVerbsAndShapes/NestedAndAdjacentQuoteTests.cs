using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Quotes next to quotes: a quote ending in a nested quote still takes the attribution after it, a nested quote
    /// without a closing comma opens none, and an attribution belongs to its own quote and to one whose sentence it
    /// ends, not to the next sentence's.
    /// </summary>
    public class NestedAndAdjacentQuoteTests
    {
        [Theory]
        [InlineData("\u201CThe plan was, \u2018Close it by June,\u2019\u201D Tom Varga, who runs the ferry, said on Monday.")]
        [InlineData("\"The plan was, 'Close it by June,' \" said harbour engineer Tom Varga at the meeting.")]
        public void AQuoteEndingInANestedQuoteStillTakesTheAttributionAfterIt(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("The plan was", paragraph));
        }

        [Fact]
        public void ANestedQuoteWithoutAClosingCommaDoesNotOpenAnAttribution()
        {
            // "…'silly'" closes with a word, not a comma: the words after the quote are another clause.
            Assert.Null(SpeakerOfQuote("It was", "\u201CIt was \u2018silly\u2019\u201D in the end the crew agreed, by a show of hands, that nobody said."));
        }

        [Fact]
        public void AnAttributedQuoteStillEndsTheWordsTheNextQuoteMayUse()
        {
            // The first quote is Varga's: the verb before it is no attribution for the second, which Pike says.
            Assert.Equal("Sam Pike", SpeakerOfQuote("We will", "\u201CThe pier stays,\u201D said Tom Varga. \u201CWe will see,\u201D Sam Pike answered."));
        }

        [Fact]
        public void AQuoteInASentenceThatEndsInAnotherQuotesAttributionSharesIt()
        {
            // "Takings were “flat” as buyers waited for a “calmer year,” he said.": the attribution after the sentence covers
            // its first quote too (the engine gave it to nobody).
            var paragraphs = new[]
            {
                "Tom Brandt, who runs the ferry company, said the season had been slow.",
                "Takings were \u201Cflat for about a month\u201D as buyers waited to see how a \u201Ccalmer year\u201D played out, he said.",
            };
            Assert.Equal("Tom Brandt", SpeakerOfQuote("flat for about", paragraphs));
            Assert.Equal("Tom Brandt", SpeakerOfQuote("calmer year", paragraphs));
        }

        [Fact]
        public void AQuoteThatEndsItsOwnSentenceDoesNotTakeTheNextSentencesAttribution()
        {
            // "“The fares are too high.” Later … “…,” he said.": a sentence ended between them; the first keeps its own reading.
            Assert.NotEqual("Tom Brandt", SpeakerOfQuote("The fares are too high",
                "Tom Brandt, who runs the ferry company, spoke last.",
                "The board heard a letter. \u201CThe fares are too high.\u201D Later a man shouted \u201Cno more,\u201D he said."));
        }
    }
}
