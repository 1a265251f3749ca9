using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A person the article brings in by a first name alone after a noun of kin or company (<c>my neighbour Dilys</c>,
    /// <c>his wife, Tegwen,</c>) is a person, whatever the name: <c>she</c> can stand for them, and a female or male noun
    /// tells which. Invented people.
    /// </summary>
    public class FirstNameAfterKinTests
    {
        [Theory]
        [InlineData("My allotment neighbour Dilys, who has grown leeks on the site since 1979, warned me the day I built them.", "Dilys")]
        [InlineData("My neighbour Dilys warned me the day I built them.", "Dilys")]
        [InlineData("His wife, Tegwen, keeps the books and is blunter.", "Tegwen")]
        public void AFirstNameNoListKnowsAfterANounOfKinIsWhomSheStandsFor(string introduction, string speaker)
        {
            Assert.Equal(speaker, SpeakerOfQuote("You are building",
                "Every wooden edge of the raised beds is a hiding place for slugs.",
                introduction + " \u201CYou are building them a block of flats,\u201D she said. She was right."));
        }

        [Fact]
        public void AMaleNounOfKinGivesNoSheToItsName()
        {
            // "his grandfather, Tavish," is a man: "she" looks past him to the woman named before.
            Assert.Equal("Morwenna Tulloch", SpeakerOfQuote("If he charged",
                "Morwenna Tulloch keeps the books at the boatyard.",
                "He learned from his grandfather, Tavish, who built fishing boats in the same shed.",
                "\u201CIf he charged what they are worth, nobody could afford one,\u201D she says."));
        }
    }
}
