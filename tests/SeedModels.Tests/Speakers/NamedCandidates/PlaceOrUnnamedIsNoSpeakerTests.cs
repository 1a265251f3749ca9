using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Candidates that are no name: a region or a state's abbreviation after a town, a place after a person's town or
    /// relative clause, and an unnamed "one" or "others" never speak.
    /// </summary>
    public class PlaceOrUnnamedIsNoSpeakerTests
    {
        [Theory]
        [InlineData("\u201CIt is a disgrace,\u201D said one, a retired ferryman.")]
        [InlineData("\u201CIt is a disgrace,\u201D others said.")]
        public void AnUnnamedOneOrOthersIsNoSpeaker(string paragraph)
        {
            Assert.Null(SpeakerOfQuote("It is", "Residents packed the hall on Monday.", paragraph));
        }

        [Theory]
        [InlineData("Chinese")]
        [InlineData("Maltese")]
        public void ANationalityBeforeANounIsNoOneAPronounStandsFor(string nationality)
        {
            // "the Chinese comments": a nationality describes; "he" is the admiral named before it.
            Assert.Equal("Tom Varga", SpeakerOfQuote("In some respects",
                "Admiral Tom Varga commands the fleet.",
                "His insistence on his identity makes the " + nationality + " comments particularly galling to him. \u201CIn some respects, they try to demonize me,\u201D he said."));
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

        [Theory]
        [InlineData("Agnes Morrow of Benwick, North Dorset says the pier \u201Cwill bring the trade\u201D back.", "Agnes Morrow")]
        [InlineData("Tomas Varga, who lives on a farm outside the county town, Benwick, said the pier \u201Cwill bring the trade\u201D back.", "Tomas Varga")]
        public void APlaceAfterAPersonsTownOrRelativeClauseIsNoSpeaker(string sentence, string speaker)
        {
            // The region after a town with no comma of its own, or a town closing a relative clause, stood right before
            // the verb and was given as the speaker.
            Assert.Equal(speaker, SpeakerOfQuote("will bring", "The council voted on Tuesday to rebuild the old pier.", sentence));
        }

        [Theory]
        [InlineData("over")]
        [InlineData("in")]
        [InlineData("beyond")]
        public void APlaceAfterAPrepositionAndItsArticleIsNoPersonThoughACommaAndTheFollow(string preposition)
        {
            // "pushes over the Sallow Hills, the argument starts": the comma and "the" read as an appositive, so the hills were
            // taken for a person whom "he" stood for rather than the man named since (whose given name no list holds).
            Assert.Equal("Lwazi Mokoena", SpeakerOfQuote("Everyone knew",
                "Every winter, when the first front pushes " + preposition + " the Sallow Hills, the same argument breaks out in my street.",
                "I spoke to him afterwards. His name is Lwazi Mokoena, he is twenty-four. \u201CEveryone knew about it,\u201D he told me."));
        }
    }
}
