using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, tenth round: shapes from publishers outside the corpora (UK, Irish, Indian, South African, Australian press), written with invented names and places.</summary>
    public class SpeakerRound10Tests
    {
        [Theory]
        [InlineData("\u201CThe pier will stand for a century,\u201D said Mayor of the County of Sallow Gillian Marrable.", "Gillian Marrable")]
        [InlineData("\u201CThe pier will stand for a century,\u201D said the Council\u2019s Committee Member for Harbours and Parks, Councillor Petra van der Lind.", "Petra van der Lind")]
        public void AnOfficeWithItsPortfolioAfterSaidGivesThePersonNamedAfterIt(string sentence, string speaker)
        {
            // "said Mayor of the County of X Jo Bloggs": the office and its portfolio stand before the name; the engine
            // gave the office ("Mayor", "the Council's Committee Member") as the speaker.
            Assert.Equal(speaker, SpeakerOfQuote("The pier", "Councillors voted on Monday to rebuild the old pier.", sentence));
        }

        [Theory]
        [InlineData("Harwick Foods said strong sales had lifted its profit to \u00A34.6m (US$7m).", "US")]
        [InlineData("Harwick Foods said strong sales had lifted its profit to \u00A34.6m (NZ$12m).", "NZ")]
        [InlineData("UK chocolate maker Harwick Foods said strong sales had lifted its profit.", "UK")]
        public void ACurrencyOrACountrysCapitalsAreNoOrganisation(string sentence, string capitals)
        {
            // "(US$7m)", "UK chocolate maker": the capitals name a currency or a country; "the company" after them was
            // resolved to "US".
            Assert.NotEqual(capitals, SpeakerOfQuote("confident", sentence,
                "The company had said in April it was \u201Cconfident\u201D of a good year."));
        }

        [Theory]
        [InlineData("the Union Minister said", "Ravi Mendis")]
        [InlineData("asked the Minister", "Ravi Mendis")]
        [InlineData("the Union Minister had said", "Ravi Mendis")]
        public void ACapitalisedOfficeAloneStandsForThePersonNamedBefore(string attribution, string speaker)
        {
            // "the Union Minister said": the office is no name; the engine gave "Union Minister" or "Minister".
            Assert.Equal(speaker, SpeakerOfQuote("We will build",
                "Union Minister for Ports Ravi Mendis visited the harbour on Saturday.",
                "Mr Mendis said the work would start soon.",
                "\u201CWe will build the new quay this year,\u201D " + attribution + "."));
        }

        [Fact]
        public void ABareOfficeTwoPeopleHoldIsGivenToNeither()
        {
            // "the Minister" after a Union Minister and a Prime Minister were named may be either: the later one is not
            // taken for it.
            Assert.NotEqual("Asha Verlin", SpeakerOfQuote("We will build",
                "Union Minister for Ports Ravi Mendis visited the harbour on Saturday.",
                "He said the plan had the backing of Prime Minister Asha Verlin.",
                "\u201CWe will build the new quay this year,\u201D asked the Minister."));
        }

        [Theory]
        [InlineData("Union Minister for Ports Ravi Mendis")]
        [InlineData("Union Minister for Information and Broadcasting M. Ravi Mendis")]
        public void APortfolioBeforeTheNameIsNoPartOfIt(string subject)
        {
            // "Minister for Ports Ravi Mendis": the portfolio's last capital stood in the name ("Ports Ravi Mendis",
            // "Broadcasting M. Ravi Mendis").
            Assert.Equal(subject.Contains("M.") ? "M. Ravi Mendis" : "Ravi Mendis", SpeakerOfQuote("We will build",
                subject + " said on Saturday: \u201CWe will build the new quay this year.\u201D"));
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

        [Fact]
        public void AGivenNameThatEndsLikeAJobStillOpensTheNameAfterAPortfolio()
        {
            // "Mayor of the County of Sallow Gillian Marrable": "Gillian" ends like "librarian", so the portfolio's last
            // capital stayed in the name, and "Mayor Marrable" later became "Sallow Gillian Marrable".
            Assert.Equal("Gillian Marrable", SpeakerOfQuote("All the members",
                "\u201CI want to thank everyone who was involved,\u201D said Mayor of the County of Sallow Gillian Marrable.",
                "\u201CAll the members have put their heart into this,\u201D said Mayor Marrable."));
        }

        [Theory]
        [InlineData("Police spokesperson Brigadier Ama Dlamini said the team would travel at dawn.", "Brig Dlamini said: \u201CThe members were ambushed.\u201D", "Ama Dlamini")]
        [InlineData("Council chair Rory Tansey opened the meeting.", "Cathaoirleach Rory Tansey said: \u201CThe members were ambushed.\u201D", "Rory Tansey")]
        public void AnAbbreviatedOrIrishHonorificIsNoPartOfTheName(string intro, string quoted, string speaker)
        {
            // "Brig Dlamini", "Cathaoirleach Rory Tansey": honorifics the lexicon lacked stayed in the speaker.
            Assert.Equal(speaker, SpeakerOfQuote("The members", intro, quoted));
        }
    }
}
