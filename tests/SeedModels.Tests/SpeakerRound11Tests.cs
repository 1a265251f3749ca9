using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, eleventh round: pronoun speakers, written with invented names and places.</summary>
    public class SpeakerRound11Tests
    {
        [Theory]
        [InlineData("But he laid off twenty staff and began talking about what will happen \u201Cif we lose the vote.\u201D", "if we lose", "Tom Brandt")]
        [InlineData("Yet she expects the ferry back \u201Cwithin the year.\u201D", "within the year", "Jo Pike")]
        [InlineData("But she wanted to know, \u201CHow did the fares rise so fast?\u201D", "How did the fares", "Jo Pike")]
        public void APronounAfterAnOpeningConjunctionIsTheSentencesSubject(string sentence, string quoteStart, string speaker)
        {
            // "But he laid off …, talking of “…”": the conjunction opens no clause of its own; the pronoun after it is the
            // subject the quote belongs to (the engine gave the quote to nobody).
            var lead = speaker == "Tom Brandt"
                ? "Tom Brandt has not said whether he has a plan for the harbour."
                : "Jo Pike, a ferry consultant from Dunmore, spoke to the harbour board on Tuesday.";
            Assert.Equal(speaker, SpeakerOfQuote(quoteStart, lead + " " + sentence));
        }

        [Fact]
        public void AConjunctionBeforeAPronounDoesNotMakeANameInTheQuoteTheSpeaker()
        {
            // The pronoun stands for the person named before, not for anyone named after it.
            Assert.Equal("Jo Pike", SpeakerOfQuote("within the year",
                "Jo Pike, a ferry consultant from Dunmore, spoke to the harbour board on Tuesday.",
                "But she showed Tom Brandt a plan to bring the ferry back \u201Cwithin the year.\u201D"));
        }
    }
}
