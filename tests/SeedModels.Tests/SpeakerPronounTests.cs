using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, pronouns: <c>he</c> and <c>she</c> resolve to a person of that gender, linked to the full name.</summary>
    public class SpeakerPronounTests
    {
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("she", "Helen Brandt")]
        [InlineData("he", "Tom Varga")]
        public void AGivenNameTellsTheGender(string pronoun, string speaker)
        {
            Assert.Equal(speaker, SpeakerOf(
                "The vote was fair,",
                "Helen Brandt met Tom Varga at the town hall on Monday.",
                "\u201CThe vote was fair,\u201D " + pronoun + " said."));
        }

        [Fact]
        public void TheRegionAfterATownsCommaIsNoPerson()
        {
            // "Sallow Vale" is shaped like a name, but after "in Benwick," it is the region the town stands in.
            Assert.Equal("Tom Varga", SpeakerOf(
                "Here is a man who never gives up.",
                "The campaign sent Tom Varga out again on Monday.",
                "At a packed hall in Benwick, Sallow Vale, crowds waited for an hour.",
                "He said: \u201CHere is a man who never gives up.\u201D"));
        }

        [Fact]
        public void APersonAfterATownsCommaIsStillAPerson()
        {
            Assert.Equal("Sam Pike", SpeakerOf(
                "We will rebuild the pier,",
                "In Benwick, Sam Pike spoke to the crowd for an hour.",
                "\u201CWe will rebuild the pier,\u201D he said."));
        }

        [Fact]
        public void APlaceAfterAnOpeningPrepositionIsNoPerson()
        {
            Assert.Equal("Tom Varga", SpeakerOf(
                "The pay is fair,",
                "Tom Varga has worked at the plant for ten years.",
                "Outside Corran Mills, the mood was calm.",
                "\u201CThe pay is fair,\u201D he said."));
        }

        [Fact]
        public void HePrefersAManToANameThatShowsNoGender()
        {
            // "Harrow Scouts" could be anything; "Tom Varga" is a man, named in the paragraph before.
            Assert.Equal("Tom Varga", SpeakerOf(
                "Train them to lead,",
                "The radio show on Monday featured Tom Varga at length.",
                "He criticised the Harrow Scouts for their new rules.",
                "\u201CTrain them to lead,\u201D he said."));
        }

        [Fact]
        public void ASurnameAloneIsTheMostRecentMentionOfItsPerson()
        {
            Assert.Equal("Tom Varga", SpeakerOf(
                "We sold it at a loss,",
                "Tom Varga founded the ferry company. Dennis Holm bought it in 2004.",
                "Varga stayed on the board for a decade.",
                "\u201CWe sold it at a loss,\u201D he said."));
        }

        [Fact]
        public void ASurnameTakesTheGenderOfItsFullName()
        {
            // "Brandt" alone is the nearest person, and she is a woman because the full name says so.
            Assert.Equal("Dennis Holm", SpeakerOf(
                "It was never about money,",
                "Dennis Holm and Helen Brandt ran the port together.",
                "Brandt left in 2010.",
                "\u201CIt was never about money,\u201D he said."));
        }

        [Fact]
        public void ATitleBeatsTheGivenNameList()
        {
            // "Ms. Morgan" tells a gender the given name alone would not.
            Assert.Equal("Morgan Tate", SpeakerOf(
                "We need more buses,",
                "Morgan Tate chairs the transport board. Ms. Tate met Dennis Holm on Friday.",
                "Holm listened.",
                "\u201CWe need more buses,\u201D she said."));
        }

        [Fact]
        public void APersonNamedOnlyByAGivenNameCanBeShe()
        {
            Assert.Equal("Maria", SpeakerOf(
                "He never came home,",
                "Dennis Holm was at sea for a month. His wife, Maria, waited in the harbour town.",
                "\u201CHe never came home,\u201D she said."));
        }

        [Fact]
        public void APluralWordThatSpeaksIsNoPerson()
        {
            Assert.Equal("Helen Brandt", SpeakerOf(
                "We will keep it open,",
                "Helen Brandt runs the library. Critics said it should close.",
                "\u201CWe will keep it open,\u201D she said."));
        }

        [Fact]
        public void HeAfterAQuoteIsTheManJustQuoted()
        {
            var paragraphs = new[]
            {
                "Peter Holm chairs the ferry board.",
                "\u201CWe lost money,\u201D said Tom Varga.",
                "\u201CIt will not happen again,\u201D he added.",
            };
            var quotes = new[] { Quote(paragraphs, 1, "We lost money,"), Quote(paragraphs, 2, "It will not happen again,") };

            Assert.Equal(new[] { "Tom Varga", "Tom Varga" }, SpeakerAttributor.Attribute(paragraphs, quotes));
        }

        [Theory]
        [InlineData("Peter Holm")]
        [InlineData("Holm")]
        public void ASubjectBeatsANameInTheObject(string subject)
        {
            Assert.Equal("Peter Holm", SpeakerOf(
                "The timetable stays,",
                "Peter Holm chairs the ferry board.",
                subject + " met Tom Varga on the quay on Monday.",
                "\u201CThe timetable stays,\u201D he said."));
        }

        [Theory]
        [InlineData("\u201CWe will rebuild,\u201D she said.")]
        [InlineData("\u201CWe will rebuild,\u201D it said.")]
        [InlineData("\u201CWe will rebuild,\u201D I said.")]
        public void APronounThatNamesNobodyGivesNoSpeaker(string paragraph)
        {
            Assert.Null(SpeakerOf("We will rebuild,", "The storm took the pier away.", paragraph));
        }

        [Fact]
        public void AnAcronymIsNoPronoun()
        {
            Assert.Equal("Tom Varga", SpeakerOf("We will rebuild,", "\u201CWe will rebuild,\u201D US Navy commander Tom Varga said."));
            Assert.Equal("Tom Varga", SpeakerOf("foolish", "US Navy commander Tom Varga described the plan as \u201Cfoolish\u201D."));
        }

        [Theory]
        [InlineData("the senator")]
        [InlineData("the Benwick senator")]
        [InlineData("the former harbour master")]
        public void ARoleDescriptionStandsForThePersonNamedBefore(string description)
        {
            Assert.Equal("Helen Brandt", SpeakerOf(
                "The levy stays,",
                "Senator Helen Brandt toured the harbour on Monday.",
                "\u201CThe levy stays,\u201D " + description + " said."));
        }
    }
}
