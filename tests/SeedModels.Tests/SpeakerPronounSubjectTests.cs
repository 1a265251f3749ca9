using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 10, pronouns: <c>he</c> and <c>she</c> stand for whom the sentence before is about — its subject — rather than
    /// for a name that sentence only mentions; a pronoun that opens its sentence refers back from where it stands; and a
    /// pronoun after a subject tells that person's gender when no title or given name does.
    /// </summary>
    public class SpeakerPronounSubjectTests
    {
        [Fact]
        public void TheSubjectOutranksANameTheSentenceOnlyMentions()
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(
                "I am a free man",
                "Tom Varga is selling the ferry he used to rescue Sam Pike, an injured swimmer, during a storm in Sallow Vale.",
                "\u201CI am a free man,\u201D he told the Benwick Herald. \u201CI can do what I like.\u201D"));
        }

        [Fact]
        public void TheNearestSentenceSubjectStillWins()
        {
            Assert.Equal("Sam Pike", SpeakerOfQuote(
                "The tide was late",
                "Tom Varga runs the harbour at Sallow Vale. Sam Pike, a pilot, brought the ferry in on Monday.",
                "\u201CThe tide was late,\u201D he said."));
        }

        [Fact]
        public void APronounOpeningItsSentenceRefersBackFromItselfNotFromTheQuote()
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(
                "drive the port",
                "Former Kest Gov. Tom Varga is endorsing Jo Bloggs.",
                "Varga says Bloggs \u201Chas a record of bringing people together.\u201D",
                "He says Sam Pike, the harbour front-runner, would \u201Cdrive the port off the cliff.\u201D"));
        }

        [Theory]
        [InlineData("she", "Robin Ashby")]
        [InlineData("he", "Kit Morrow")]
        public void APronounAfterASubjectTellsTheGenderNoGivenNameTells(string pronoun, string speaker)
        {
            Assert.Equal(speaker, SpeakerOfQuote(
                "The ferry is not for sale",
                "Robin Ashby said she would keep the ferry for another season.",
                "Kit Morrow said he would raise his offer before the summer.",
                "\u201CThe ferry is not for sale,\u201D " + pronoun + " said."));
        }

        [Theory]
        [InlineData("The East Kestrel Sea has become a flashpoint in the region.")]
        [InlineData("Harbour Rights Watch first reported the remarks on Monday.")]
        [InlineData("The Kestrel Trade Partnership was signed in the spring.")]
        public void ASeaOrAWatchdogOpeningASentenceIsNoPersonAPronounStandsFor(string sentence)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(
                "There is a natural tension",
                "Admiral Tom Varga spoke to reporters at the harbour on Monday.",
                sentence,
                "\u201CThere is a natural tension here,\u201D he said."));
        }
    }
}
