using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, fifth round: who a pronoun stands for after a quoted sentence, and subjects the attribution hid.</summary>
    public class SpeakerRound5Tests
    {
        [Fact]
        public void ANameAfterASentenceThatEndsInsideAQuoteOpensTheNextSentence()
        {
            // "…“hasty.” Rob Hale, …, warned": Hale is the subject the next "he" refers to, not Varga, only named as an object.
            Assert.Equal("Rob Hale", SpeakerOfQuote("The stakes",
                "Tom Varga runs the ferry in Benwick.",
                "Varga called the trust's decision \u201Chasty.\u201D Rob Hale, a senior harbour engineer, warned on Saturday that the move against Varga could damage the pier.",
                "\u201CThe stakes are higher than the fight of the day,\u201D he wrote in a letter."));
        }

        [Fact]
        public void ANameBeforeARoleAndAnotherNameIsNotTheSubject()
        {
            // "Varga adviser Dan Orrin": the sentence is about the adviser; "he" is Orrin.
            Assert.Equal("Dan Orrin", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga adviser Dan Orrin, the best-known harbour pilot, picked up a similar thread at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
        }

        [Fact]
        public void ANameThatOpensTheSentenceWithoutARoleAfterItIsStillTheSubject()
        {
            // No role between the names: Varga is the subject, the one "he" refers to.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga met Dan Orrin, the best-known harbour pilot, at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
        }
    }
}
