using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, fourth round: attributions whose shape hid them (nested closing marks, titles inside the subject's sentence).</summary>
    public class SpeakerRound4Tests
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

        [Theory]
        [InlineData("Lena Ostrow, the author of \u201CSalt Roads,\u201D about the old shipping lanes, said the town had lost \u201Ca sense of its own harbour\u201D over the years.", "a sense")]
        [InlineData("Lena Ostrow said on Radio Kestle's \u201CMorning Tide\u201D that she would \u201Clook again\u201D at the plan.", "look again")]
        [InlineData("As Lena Ostrow, the author of \u201CSalt Roads,\u201D put it, \u201CThe harbour made this town.\u201D", "The harbour")]
        public void ATitleNobodySaysIsPartOfTheSentenceBeforeTheQuote(string paragraph, string quoteStart)
        {
            Assert.Equal("Lena Ostrow", SpeakerOfQuote(quoteStart, paragraph));
        }

        [Fact]
        public void AnAttributedQuoteStillEndsTheWordsTheNextQuoteMayUse()
        {
            // The first quote is Varga's: the verb before it is no attribution for the second, which Pike says.
            Assert.Equal("Sam Pike", SpeakerOfQuote("We will", "\u201CThe pier stays,\u201D said Tom Varga. \u201CWe will see,\u201D Sam Pike answered."));
        }

        [Theory]
        [InlineData("\u201CWe will not sell the pier,\u201D Tom Varga is quoted as saying.")]
        [InlineData("\u201CWe will not sell the pier,\u201D Tom Varga was quoted as saying in the harbour newsletter.")]
        public void QuotedAsSayingNamesTheOneQuoted(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("We will not", paragraph));
        }

        [Theory]
        [InlineData("- Tom Varga.")]
        [InlineData("\u2014 Tom Varga")]
        [InlineData("- Varga.")]
        public void AQuoteSignedInTheParagraphUnderItIsTheSignersQuote(string signature)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("The ferry will run",
                "Tom Varga runs the ferry; Sam Pike owns the pier.", "\u201CThe ferry will run until spring.\u201D", signature, "The council disagreed."));
        }

        [Theory]
        [InlineData("- and then the council voted.")]
        [InlineData("- The vote was held on Monday after a long debate about the pier.")]
        public void ADashedSentenceUnderAQuoteSignsNothing(string next)
        {
            Assert.Null(SpeakerOfQuote("The ferry will run", "Ice closed the harbour.", "\u201CThe ferry will run until spring.\u201D", next));
        }

        [Theory]
        [InlineData("Varga argued in a letter to the council on Monday that the pier was safe.")]
        [InlineData("Later, Varga told the harbour board that the repairs could wait.")]
        public void AQuoteOnlyParagraphGivesTheWordsOfTheSpeakerTheParagraphBeforeReports(string report)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("The pier has stood",
                "Tom Varga runs the ferry.", report, "\u201CThe pier has stood for a century and it will stand for another.\u201D"));
        }

        [Fact]
        public void APersonTheParagraphBeforeOnlyMentionsDoesNotSpeakTheQuoteOnlyParagraph()
        {
            Assert.Null(SpeakerOfQuote("The pier has stood",
                "Ice closed the harbour.", "Tom Varga bought the old pier in May.", "\u201CThe pier has stood for a century and it will stand for another.\u201D"));
        }
    }
}
