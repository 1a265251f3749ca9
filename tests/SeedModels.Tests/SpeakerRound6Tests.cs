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

        [Theory]
        [InlineData("Oluwaseun Mary Adeyemi")]
        [InlineData("Keir Ruth Dobbs")]
        [InlineData("Billie Jean Varga")]
        public void AGivenNameTheListsLackBeforeAListedOneStaysInTheName(string name)
        {
            // A first word that names no role, party or description before a listed given name is a given name too:
            // "Mary Adeyemi" would drop the person's own first name.
            Assert.Equal(name, SpeakerOfQuote("a burden", name + " said the levy was \u201Ca burden on every family in the town.\u201D"));
            Assert.Equal(name, SpeakerOfQuote("The levy", "\u201CThe levy is a burden on every family,\u201D said " + name + ", who runs a cafe."));
        }

        [Theory]
        [InlineData("Sheriff Tom Varga")]
        [InlineData("Benwick County Sheriff Tom Varga")]
        public void ASheriffIsATitleBeforeTheName(string subject)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("a burden", subject + " said the levy was \u201Ca burden on every family in the town.\u201D"));
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

        [Theory]
        [InlineData("Maybe Varga was right about the levy.")]
        [InlineData("Interestingly Varga never voted on the levy.")]
        [InlineData("Six Varga supporters left the hall.")]
        [InlineData("Perhaps Mr. Varga was right about the levy, Ana Lind said on Monday.")]
        public void AWordCapitalisedOnlyBecauseItOpensTheSentenceIsNoPartOfTheName(string opening)
        {
            // "Maybe Varga" was taken as the first full name given for Varga, and every later "Varga" resolved to it.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council", opening, "Tom Varga runs the ferry.",
                "\u201CThe council made all the wrong moves,\u201D Varga said."));
        }

        [Fact]
        public void ASurnameAfterATitleWithAFullStopIsNoFullName()
        {
            // "Mr. Varga" is the surname with an honorific; the full name is the one the article gives later.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council", "Mr. Varga spoke first at the meeting.", "Tom Varga runs the ferry.",
                "\u201CThe council made all the wrong moves,\u201D Varga said."));
        }

        [Fact]
        public void ASpeechVerbOpeningTheSentenceIsNoGivenName()
        {
            // "Said" is also a given name, but before "Tom Varga" it is the verb of the inverted attribution.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council",
                "Said Tom Varga, who runs the ferry, \u201CThe council made all the wrong moves.\u201D"));
        }

        [Fact]
        public void APlaceOpenedByACompassWordOrNewIsNeverTheOneSheStandsFor()
        {
            // "New Hampshire" has the shape of a name; a state opening a sentence is no woman.
            Assert.Equal("Ana Lind", SpeakerOfQuote("I\u2019m going",
                "Ana Lind chairs the harbour board.", "New Hampshire has voted twice on the levy.",
                "\u201CI\u2019m going to be focusing on my campaign,\u201D she said."));
        }

        [Fact]
        public void AFullNameOfTheRightGenderInALaterParagraphIsNearerThanAnOlderSubject()
        {
            // "she" is the woman named in the paragraph before, not the subject of the one before that.
            Assert.Equal("Mara Holm", SpeakerOfQuote("I will not",
                "Ana Lind chairs the harbour board and spoke at length on Monday.",
                "The trust's lawyers later met Mara Holm at the quay on Tuesday.",
                "\u201CI will not sell the boats,\u201D she said."));
        }

        [Fact]
        public void TheRegionAfterATownsCommaIsNoNameAfterADescription()
        {
            // "said a woman in Benwick, Sallow County, who …": the county is where the town is, not the speaker.
            Assert.NotEqual("Sallow County", SpeakerOfQuote("too nice",
                "The candidate was \u201Ctoo nice,\u201D said a woman in Benwick, Sallow County, who would not give her name."));
        }

        [Fact]
        public void AStatesAbbreviationAfterATownIsNoGivenName()
        {
            // "in Benwick, Pa., said": "Pa" was read as a woman's given name, so the region was taken for the speaker.
            Assert.Equal("Ana Lind", SpeakerOfQuote("I just",
                "\u201CI just don't think she's been completely honest,\u201D Ana Lind, 67, a retired nurse in Benwick, Pa., said in a follow-up interview."));
        }

        [Fact]
        public void ATitledFullNameAfterAPrepositionLinksTheSurnameSheStandsFor()
        {
            // "for Sen. Robin Hale": the only full name of Hale stands after a preposition; "Hale isn't interested" then
            // "she said" is Hale (a given name that tells no gender, so the title makes it a full name).
            Assert.Equal("Robin Hale", SpeakerOfQuote("I\u2019m going",
                "Tom Varga said the board could help turn out voters for Sen. Robin Hale.",
                "But Hale isn\u2019t interested.",
                "\u201CI\u2019m going to be focusing on my own campaign,\u201D she said."));
        }
    }
}
