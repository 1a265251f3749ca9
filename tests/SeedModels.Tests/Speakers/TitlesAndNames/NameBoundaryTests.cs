using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Where a speaker's name starts and ends: a given name the lists lack, an initial, a middle initial spelling a
    /// word, a surname's particle and a name set in capitals stay in it, while a word capitalised only by the sentence,
    /// a speech verb or what follows "of" do not.
    /// </summary>
    public class NameBoundaryTests
    {
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

        [Fact]
        public void TheWriterJoinedToANameIsNoPartOfIt()
        {
            // "Siddhant Okafor and I" was read as one name, so no person was recorded for "he" to stand for.
            Assert.Equal("Siddhant Okafor", SpeakerOfQuote("Every rupee",
                "On 31 December my co-founder Siddhant Okafor and I turned off the ovens at our last kitchen.",
                "Siddhant said it best. \u201CEvery rupee of growth we buy from the app, we rent back forever,\u201D he would say."));
        }

        [Theory]
        [InlineData("Darren Koh Jun Wei")]
        [InlineData("Kenneth Lim Mar Hao")]
        public void AMonthsNameBetweenTwoWordsOfANameIsAGivenName(string name)
        {
            // "Jun" and "May" ended the name as a date's month would, leaving its last word as the speaker.
            Assert.Equal(name, SpeakerOfQuote("If you", "Financial adviser " + name + " said members should plan early.",
                "\u201CIf you are eligible, there is really no better return anywhere,\u201D he said."));
        }

        [Fact]
        public void AMonthBetweenANameAndADateStaysTheDates()
        {
            Assert.Equal("Tomas Varga", SpeakerOfQuote("If you", "Tomas Varga said on Friday June 4 that members should plan early.",
                "\u201CIf you are eligible, there is really no better return anywhere,\u201D he said."));
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
        public void ASpeechVerbOpeningTheSentenceIsNoGivenName()
        {
            // "Said" is also a given name, but before "Tom Varga" it is the verb of the inverted attribution.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council",
                "Said Tom Varga, who runs the ferry, \u201CThe council made all the wrong moves.\u201D"));
        }

        [Theory]
        [InlineData("Nora A. Kell")]
        [InlineData("Nora I. Kell")]
        public void AMiddleInitialThatSpellsAWordIsStillAnInitial(string name)
        {
            // "Nora A. Kell, a lawyer, …": the initial "A." was read as the article, so the name was no person and "she" went
            // to the last capitalised words before it (a bill's name).
            Assert.Equal(name, SpeakerOfQuote("There can be no",
                "The Harbour Bill 12 was passed by the council on Monday.",
                name + ", a Benwick lawyer who fought the bill, spoke at the hearing. \u201CThere can be no second-class ferry,\u201D she told the court."));
        }

        [Theory]
        [InlineData("TOMAS VARGA last night toasted the return of the ferry after a long campaign.")]
        [InlineData("SALLY O'NEILL last night toasted the return of the ferry after a long campaign.")]
        public void AFullNameSetInCapitalsAtTheStoryStartIsThePerson(string lead)
        {
            // British papers set a story's first words in capitals: "TOMAS VARGA last night …" names the person the
            // surname later stands for (the engine kept the bare surname, or gave the quote to someone else).
            var surname = lead.StartsWith("TOMAS") ? "Varga" : "O'Neill";
            var speaker = SpeakerOfQuote("It was a great day",
                lead,
                surname + " was delighted with the crowd. \u201CIt was a great day for the town,\u201D " + surname + " said.");
            Assert.Equal(lead.StartsWith("TOMAS") ? "Tomas Varga" : "Sally O'Neill", speaker);
        }

        [Theory]
        [InlineData("P\u00E1draig \u00D3 Ceallaigh", "\u00D3 Ceallaigh")]
        [InlineData("S\u00EDle Nic Amhlaoibh", "Nic Amhlaoibh")]
        [InlineData("Lucien Le Brasseur", "Le Brasseur")]
        [InlineData("Lucien de Brasseur", "De Brasseur")]
        public void ASurnameItsParticleOpensStandsForTheFullName(string fullName, string surname)
        {
            // "Ballinmore manager Pádraig Ó Ceallaigh …; “…,” Ó Ceallaigh said": the speaker is the full name, not the surname
            // (the engine kept "Ó Ceallaigh", reading the particle as a given name).
            var paragraphs = new[]
            {
                "Ballinmore came from eight points down to beat Carrowkeel on Sunday, and manager " + fullName + " praised his players.",
                "\u201CWe were second best for fifty minutes,\u201D " + surname + " said.",
            };
            Assert.Equal(fullName, SpeakerOfQuote("We were second best", paragraphs));
        }

        [Fact]
        public void ATwoWordNameOpeningWithAParticleIsNotTakenForAnotherPersonsSurname()
        {
            // "Le Brasseur" is Lucien's surname only when his full name ends with it: "Anne Brasseur" is someone else.
            var paragraphs = new[]
            {
                "Councillor Anne Brasseur opened the new pier on Sunday.",
                "\u201CIt took three years,\u201D Le Brasseur said.",
            };
            Assert.Equal("Le Brasseur", SpeakerOfQuote("It took three years", paragraphs));
        }

        [Theory]
        [InlineData("Last autumn an answer arrived, in the form of Ishbel Tulloch, a 26-year-old former furniture maker.")]
        [InlineData("The shed will pass to Ishbel Tulloch, who trained as a joiner on the mainland.")]
        [InlineData("The yard took on Ishbel Tulloch, 26, last autumn.")]
        public void ANameNoListKnowsAfterAPrepositionIsAPersonWhenDescribedAsOne(string introduction)
        {
            // After a preposition a name is a place or an object unless a known given name opens it; a description of a person
            // after it ("a 26-year-old", "who", an age) tells that the name is one, so "Tulloch says" later is the full name.
            Assert.Equal("Ishbel Tulloch", SpeakerOfQuote("I am not",
                "For years the question everyone asked was who would take over the shed on the quay.",
                introduction,
                "\u201CI am not a patient person by nature,\u201D Tulloch says."));
        }

        [Fact]
        public void APlaceAfterAPrepositionDescribedByWhatItIsStaysNoPerson()
        {
            // "in Port Elmsworth, a town of 3,000": a description that names no age or job leaves the place a place.
            Assert.Equal("Ishbel Tulloch", SpeakerOfQuote("I am not",
                "Ishbel Tulloch runs the boatyard.",
                "She grew up in Glen Tarran, a village of 300 people on the island.",
                "\u201CI am not a patient person by nature,\u201D she says."));
        }
    }
}
