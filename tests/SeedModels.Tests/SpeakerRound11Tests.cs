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
