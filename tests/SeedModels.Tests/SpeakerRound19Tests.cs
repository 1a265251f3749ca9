using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, nineteenth round: surnames their particles open, written with invented names and places.</summary>
    public class SpeakerRound19Tests
    {
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
        [InlineData("the Marlow Republican")]
        [InlineData("the Jasper Democrat")]
        public void APartyMemberDescribedByPlaceIsThePoliticianNamedBefore(string description)
        {
            // "the Jasper Democrat said" is the senator just named; "Jasper" is a given name as well, so the engine read the
            // description as a name of its own.
            var paragraphs = new[]
            {
                "The state senate passed the ferry bill on Tuesday.",
                "Committee chair Sen. Hollis Brandvold voted against the measure, saying no one had estimated its cost.",
                "\u201CWe are being asked to vote blind,\u201D " + description + " said.",
            };
            Assert.Equal("Hollis Brandvold", SpeakerOfQuote("We are being asked", paragraphs));
        }

        [Theory]
        [InlineData("The Karoo Gazette")]
        [InlineData("The Wenlow Sentinel")]
        public void APapersNameIsNoOneAPronounStandsFor(string paper)
        {
            // "Dr. Annelie Brandt … announced her resignation. The Karoo Gazette has seen the letter. “…,” she wrote.": "she"
            // is the curator, not the paper named last (the engine read the paper's name as a person's).
            var paragraphs = new[]
            {
                "Dr. Annelie Brandt, who has led the museum for 14 years, announced her resignation on Tuesday. " + paper + " has seen a copy of the letter.",
                "\u201CI have spent my working life on this museum,\u201D she wrote.",
            };
            Assert.Equal("Annelie Brandt", SpeakerOfQuote("I have spent", paragraphs));
        }

        [Fact]
        public void AManWhoseSurnameIsAPublicationsWordStaysAMan()
        {
            var paragraphs = new[]
            {
                "Tom Banner, who runs the ferry, met the council on Tuesday.",
                "\u201CWe need a new slipway,\u201D he said.",
            };
            Assert.Equal("Tom Banner", SpeakerOfQuote("We need a new", paragraphs));
        }
    }
}
