using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, sixth round: speakers that broke the contract (a title's tail, a description taken as a name) and pronouns.</summary>
    public class SpeakerRound6Tests
    {
        [Theory]
        [InlineData("Secretary of State Mara Lindqvist said the levy was \u201Ca burden on every family in the town.\u201D", "Mara Lindqvist")]
        [InlineData("Former Secretary of State Mara Lindqvist said the levy was \u201Ca burden on every family in the town.\u201D", "Mara Lindqvist")]
        [InlineData("Harbour Speaker Tom Varga said the levy was \u201Ca burden on every family in the town.\u201D", "Tom Varga")]
        [InlineData("Billionaire Tom Varga said the levy was \u201Ca burden on every family in the town.\u201D", "Tom Varga")]
        [InlineData("Liberal Tom Varga said the levy was \u201Ca burden on every family in the town.\u201D", "Tom Varga")]
        public void CapitalsBeforeAGivenNameDescribeThePersonAndAreNoPartOfTheName(string paragraph, string speaker)
        {
            // "State Mara Lindqvist", "Billionaire Tom Varga": the name starts at its given name.
            Assert.Equal(speaker, SpeakerOfQuote("a burden", paragraph));
        }

        [Fact]
        public void AnOfficeWithOfAfterTheSpeechVerbIsReadToTheNameAfterIt()
        {
            // "said Secretary of State Mara Lindqvist" stopped at "of" and gave "Secretary".
            Assert.Equal("Mara Lindqvist", SpeakerOfQuote("The levy",
                "\u201CThe levy is a burden on every family,\u201D said Secretary of State Mara Lindqvist."));
        }

        [Fact]
        public void ANameAfterOfWithNoOfficeBeforeItEndsAtTheName()
        {
            // "said Ms Lindqvist of Acme Shipping": the name, not "Lindqvist of Acme Shipping".
            Assert.Equal("Mara Lindqvist", SpeakerOfQuote("The levy",
                "Mara Lindqvist runs Acme Shipping in Benwick.",
                "\u201CThe levy is a burden on every family,\u201D said Ms. Lindqvist of Acme Shipping."));
        }

        [Fact]
        public void AnInitialOpeningANameIsItsGivenName()
        {
            // "J. Tom Varga": the initial is part of the name, not a description before "Tom".
            Assert.Equal("J. Tom Varga", SpeakerOfQuote("The levy",
                "\u201CThe levy is a burden on every family,\u201D said J. Tom Varga, a ferry pilot."));
        }

        [Fact]
        public void AFullNameAfterAPrepositionLinksTheSurnameAPronounStandsFor()
        {
            // "the record of Tom Varga" names him once, after a preposition; "Varga blamed …" then "he wrote" is Varga,
            // not the woman named as a subject earlier.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council",
                "Ana Lind spent Monday criticising the record of Tom Varga at the harbour.",
                "Varga blamed local officials on Friday. \u201CThe council made all the wrong moves,\u201D he wrote."));
        }
    }
}
