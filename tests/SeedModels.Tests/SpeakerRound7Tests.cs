using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, seventh round: given names of both sexes, fact boxes, and speakers that broke the contract.</summary>
    public class SpeakerRound7Tests
    {
        [Theory]
        [InlineData("Billie")]
        [InlineData("Jordan")]
        [InlineData("Leslie")]
        public void AGivenNameOfBothSexesOpensTheFullNameAfterATitle(string given)
        {
            // "Former champion Billie Ann Holm": "Billie" is a given name, so the name is not cut to "Ann Holm".
            Assert.Equal(given + " Ann Holm", SpeakerOfQuote("The levy",
                "\u201CThe levy is a burden on every family,\u201D said Former Harbour Champion " + given + " Ann Holm."));
        }

        [Fact]
        public void ANameInAFactBoxDoesNotOutrankTheStorysSubject()
        {
            // The lines of a fact box end on no sentence mark; the man named in the last one is not who "he" is.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The harbour",
                "Tom Varga ran the Benwick ferry for twenty years.",
                "He is blunt about the state of the harbour board.",
                "Tom Varga in figures",
                "1998: Varga takes over the ferry",
                "3rd: Best-known skipper on the coast, behind Sam Pike and Rob Hale (Benwick Gazette)",
                "\u201CThe harbour needs dredging before winter,\u201D he says."));
        }
    }
}
