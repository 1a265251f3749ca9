using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, eighth round: the shapes real news still got wrong, written with invented names and places.</summary>
    public class SpeakerRound8Tests
    {
        [Theory]
        [InlineData("The levy marks \u201Cthe end of the ferry\u201D for the Union, said Nora Kell, a researcher at the institute.")]
        [InlineData("The board has used \u201Csoft words\u201D in its dealings with Sallow Vale, said Nora Kell, a researcher at the institute.")]
        [InlineData("The levy is \u201Ca hard sell\u201D in talks with Acme Shipping, says Nora Kell.")]
        public void ANameAfterAPrepositionBeforeSaidIsNoSubject(string sentence)
        {
            // "“…” for the Union, said Nora Kell": the name inside the preposition's phrase is its object; the speaker
            // follows the verb.
            Assert.Equal("Nora Kell", SpeakerOfQuote(sentence.Contains("end of") ? "the end" : sentence.Contains("soft") ? "soft words" : "a hard sell",
                "The harbour board met on Monday.", sentence));
        }

        [Fact]
        public void ANameBeforeItsDescriptionStillSpeaksBeforeAVerbWithAnObject()
        {
            // "Jo Bloggs, the mayor, told Acme Radio": the subject stands before the verb; the name after it is its object.
            Assert.Equal("Nora Kell", SpeakerOfQuote("We will not",
                "\u201CWe will not pay it,\u201D Nora Kell, the mayor, told Benwick Radio."));
        }
    }
}
