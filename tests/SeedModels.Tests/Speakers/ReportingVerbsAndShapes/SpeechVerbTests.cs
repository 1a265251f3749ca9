using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// The speech verb that attributes a quote: less common verbs, a capitalised verb, "quoted as saying", a day
    /// between the subject and its verb, and a verb opening an aside, with or without a name after it.
    /// </summary>
    public class SpeechVerbTests
    {
        [Theory]
        [InlineData("\u201CWe will not sell the pier,\u201D Tom Varga is quoted as saying.")]
        [InlineData("\u201CWe will not sell the pier,\u201D Tom Varga was quoted as saying in the harbour newsletter.")]
        public void QuotedAsSayingNamesTheOneQuoted(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("We will not", paragraph));
        }

        [Theory]
        [InlineData("Varga later Thursday told reporters: \u201CThe ferry is safe.\u201D", "The ferry")]
        [InlineData("Varga Thursday night told the crowd that \u201Cthe ferry is safe.\u201D", "the ferry")]
        [InlineData("\u201CThe ferry is safe,\u201D Varga Friday morning told the crowd.", "The ferry")]
        public void ADayBetweenTheSubjectAndItsVerbIsPartOfTheVerbGroup(string paragraph, string quoteStart)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(quoteStart, "Tom Varga runs the ferry in Benwick.", paragraph));
        }

        [Fact]
        public void ACapitalisedSpeechVerbAfterTheQuotesCommaIsStillTheVerb()
        {
            Assert.Equal("Ana Lind", SpeakerOfQuote("The pier", "\u201CThe pier is not safe,\u201D Tweeted Ana Lind, the harbour board's chair."));
        }

        [Theory]
        [InlineData("\u201CWe had no choice,\u201D reckons Ana Lind.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind muttered.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind underlined.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind laughed.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind chuckled.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind submitted.")]
        public void LessCommonSpeechVerbsAttributeTheQuote(string paragraph)
        {
            Assert.Equal("Ana Lind", SpeakerOfQuote("We had", paragraph));
        }

        [Theory]
        [InlineData("The trouble with the plan, says Edwin Tolland, a historian at the museum, is that it was \u201Cnever costed\u201D at all.", "Edwin Tolland")]
        [InlineData("The real question, argues Petra Lund, is whether the pier \u201Cnever costed\u201D anything.", "Petra Lund")]
        [InlineData("Voters, said Sen. Nora Kell, were \u201Cnever costed\u201D a thing.", "Nora Kell")]
        public void AVerbOpeningAnAsideNamesTheSpeakerAfterIt(string sentence, string speaker)
        {
            // "The trouble, says Jo Bloggs, is that it was “…”": what stands before the aside is the sentence's subject,
            // not who speaks (the engine gave "The trouble with the plan").
            Assert.Equal(speaker, SpeakerOfQuote("never costed", "The council voted on Tuesday to rebuild the old pier.", sentence));
        }

        [Fact]
        public void AnAsideWithoutANameLeavesTheSubjectToSpeak()
        {
            // "…, says the report, …" has no name after the verb: the rule stays out of it, and the subject before the aside speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("never costed", "The council voted on Tuesday to rebuild the old pier.",
                "Tom Varga, says the report, called the plan \u201Cnever costed\u201D at all."));
        }
    }
}
