using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A quote attributed outside its own sentence: signed in the paragraph under it, introduced by a sentence ending
    /// with a colon, or standing alone after a paragraph that reports its speaker; a dashed sentence, a thing
    /// introducing a quote or a person only mentioned gives no speaker.
    /// </summary>
    public class QuoteContinuationTests
    {
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

        [Fact]
        public void APersonWhoseSentenceIntroducesTheQuoteWithAColonSpeaksIt()
        {
            // "Tom Varga issued the following statement:" then the quote alone: no speech verb, but the sentence's subject
            // introduces it (the engine gave the speaker of the quote before, Nora Kell).
            Assert.Equal("Tom Varga", SpeakerOfQuote("We will keep",
                "Nora Kell went on to say, \u201CThe pier will pay for itself.\u201D",
                "Tom Varga, the harbour master, issued the following statement:",
                "\u201CWe will keep the ferry running while the work goes on.\u201D"));
        }

        [Fact]
        public void ASentenceAboutAThingThatIntroducesAQuoteNamesNobody()
        {
            // "The notice on the pier gate reads:": the subject is no person, so the rule gives nobody of its own.
            Assert.Null(SpeakerOfQuote("Keep off",
                "The council voted on Tuesday to rebuild the old pier.",
                "The notice on the pier gate now reads:",
                "\u201CKeep off the works until the spring.\u201D"));
        }
    }
}
