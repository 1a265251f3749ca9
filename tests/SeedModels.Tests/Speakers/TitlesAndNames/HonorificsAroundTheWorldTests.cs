using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Honorifics of English-language news beyond the US and UK (an Australian councillor's <c>Cr</c>, a constable's
    /// <c>Const</c>, Malaysian, Nigerian, Indian and Singaporean titles): a titled short name stands for the full name the
    /// article gave, titles may stack (<c>Datuk Seri</c>), and the short name may be the one the person's culture puts first
    /// (<c>Madam Goh</c> for a surname written first, <c>Datuk Seri Ahmad</c> for a given name). Invented people and places.
    /// </summary>
    public class HonorificsAroundTheWorldTests
    {
        [Theory]
        [InlineData("Councillor Kerrie Banfield moved the motion.", "Cr Banfield", "Kerrie Banfield")]
        [InlineData("Constable Aroha Ngata was first on the scene.", "Const Ngata", "Aroha Ngata")]
        [InlineData("Alhaji Musa Danjuma chairs the traders' association.", "Alhaji Danjuma", "Musa Danjuma")]
        [InlineData("Shri Vikram Rao chairs the ward committee.", "Shri Rao", "Vikram Rao")]
        [InlineData("The site engineer, Eng. Tomas Mwangi, chose the spot.", "Eng. Mwangi", "Tomas Mwangi")]
        [InlineData("Barr. Tomas Okonjo filed the motion.", "Barr. Okonjo", "Tomas Okonjo")]
        public void ATitledSurnameIsTheFullNameGivenBefore(string introduction, string shortName, string speaker)
        {
            var quotes = QuotesWithSpeakers(introduction, "\u201CThe road will be repaired by March,\u201D " + shortName + " said.");

            Assert.Equal(speaker, quotes.Single().Speaker);
        }

        [Theory]
        [InlineData("TD")]
        [InlineData("MLA")]
        [InlineData("MSP")]
        [InlineData("MPP")]
        public void AParliamentsMemberTitleBeforeTheNameIsNoPartOfIt(string title)
        {
            // "Labour TD Orla Keating": as "MP" was, the member's title of other parliaments is a role, so "she" is her.
            var quotes = QuotesWithSpeakers(
                "The opposition said the plan was late.",
                "Labour " + title + " Orla Keating said she had been contacted by more than 60 renters.",
                "\u201CThey are not asking for miracles,\u201D she said.");

            Assert.Equal("Orla Keating", quotes.Single().Speaker);
        }

        [Fact]
        public void StackedTitlesBeforeAGivenNameAreTheFullName()
        {
            var quotes = QuotesWithSpeakers(
                "Datuk Seri Ahmad Faizal Rahman, the state's works minister, visited on Friday.",
                "\u201CThe road will be repaired by March,\u201D Datuk Seri Ahmad said.");

            Assert.Equal("Ahmad Faizal Rahman", quotes.Single().Speaker);
        }

        [Theory]
        [InlineData("said Datuk Seri Azlan Hafiz bin Abdul Rahman, the company's chief executive.", "Azlan Hafiz bin Abdul Rahman")]
        [InlineData("said Siti Aminah binti Yusof, a clinic manager.", "Siti Aminah binti Yusof")]
        [InlineData("said Azlan Hafiz Abdul Rahman, the company's chief executive.", "Azlan Hafiz Abdul Rahman")]
        [InlineData("said Jan van der Berg, who runs the depot.", "Jan van der Berg")]
        [InlineData("said Dr. Consuelo dela Paz, head of paediatrics.", "Consuelo dela Paz")]
        public void AWholeNameWithItsParticlesAndStackedTitlesIsTheSpeaker(string attribution, string speaker)
        {
            // A patronymic's "bin"/"binti" and a given name after it ("Abdul"), two given names no list holds before a listed
            // one, particles in a row ("van der"), stacked titles: the name is all of it, not its last two words.
            var quotes = QuotesWithSpeakers("\u201CThe towers will be up by March,\u201D " + attribution);

            Assert.Equal(speaker, quotes.Single().Speaker);
        }

        [Fact]
        public void ATitledSurnameWrittenFirstIsTheFullName()
        {
            var quotes = QuotesWithSpeakers(
                "Madam Goh Lay Hoon has run a stall at the Tanjong market for 30 years.",
                "\u201CWe cannot pay the levy twice,\u201D Madam Goh said.");

            Assert.Equal("Goh Lay Hoon", quotes.Single().Speaker);
        }

        [Fact]
        public void ATitledNameIsNoTownNamedAfterIt()
        {
            // "one Mr Kemane of Thabong": the title's word is not the first word of a full name "Kemane of Thabong".
            var quotes = QuotesWithSpeakers(
                "The lease was first issued to one Mr Kemane of Thabong.",
                "\u201CThe lease was sold twice,\u201D Mr Kemane said.");

            Assert.Equal("Mr Kemane", quotes.Single().Speaker);
        }

        [Fact]
        public void AFemaleHonorificTellsWhoSheIs()
        {
            var quotes = QuotesWithSpeakers(
                "Puan Siti Aminah and her neighbour Encik Razak Hamid both lost their shops in the flood.",
                "\u201CWe will rebuild,\u201D she said.");

            Assert.Equal("Siti Aminah", quotes.Single().Speaker);
        }
    }
}
