using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Titles, offices and honorifics before a speaker's name (a sheriff, an office with "of" or a portfolio, an
    /// abbreviated or Irish honorific, capitals describing the person) are no part of the name, and the given name
    /// after them still opens it.
    /// </summary>
    public class TitleBeforeNameTests
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
        [InlineData("Rail Safety Office Administrator Tamsin Okoro")]
        [InlineData("Harbour Board Coordinator Tamsin Okoro")]
        [InlineData("County Registrar Tamsin Okoro")]
        public void AnOfficesNameAndItsTitleBeforeTheNameAreNoPartOfIt(string subject)
        {
            // The office's capitals and the title end where the name starts, whether or not the given name is a known one.
            Assert.Equal("Tamsin Okoro", SpeakerOfQuote("a burden", subject + " said the levy was \u201Ca burden on every family in the town.\u201D"));
        }

        [Theory]
        [InlineData("Councillor Tamsin Okoro, Cabinet Member for Environment and Climate, said: \u201CWe know this is a burden on every family in the town.\u201D")]
        [InlineData("Tamsin Okoro, Director of Public Health, said: \u201CWe know this is a burden on every family in the town.\u201D")]
        public void AnOfficeInCapitalsAfterTheNamesCommaDescribesTheNamedSpeaker(string paragraph)
        {
            // "Cabinet Member for …" is a title (contract: a speaker is never a title): the name before its comma speaks.
            Assert.Equal("Tamsin Okoro", SpeakerOfQuote("We know", paragraph));
        }

        [Theory]
        [InlineData("Sheriff Tom Varga")]
        [InlineData("Benwick County Sheriff Tom Varga")]
        public void ASheriffIsATitleBeforeTheName(string subject)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("a burden", subject + " said the levy was \u201Ca burden on every family in the town.\u201D"));
        }

        [Theory]
        [InlineData("A bench of Chief Justice Kirthana Ravindran and Justice Tomas Pathare heard the petition.")]
        [InlineData("The petition came before Chief Justice Kirthana Ravindran on Monday.")]
        public void AnOfficeBeforeAFullNameAfterAPrepositionNamesAPerson(string introduction)
        {
            // After "of" or "before" only a listed given name or a title made the name a person's, so the later
            // "Chief Justice Ravindran" had no full name to stand for (a given name no list holds).
            Assert.Equal("Kirthana Ravindran", SpeakerOfQuote("A shortage", introduction,
                "\u201CA shortage of engineers is a reason to hire more,\u201D Chief Justice Ravindran remarked."));
        }

        [Fact]
        public void AnOfficeWithOfAfterTheSpeechVerbIsReadToTheNameAfterIt()
        {
            // "said Secretary of State Mara Lindqvist" stopped at "of" and gave "Secretary".
            Assert.Equal("Mara Lindqvist", SpeakerOfQuote("The levy",
                "\u201CThe levy is a burden on every family,\u201D said Secretary of State Mara Lindqvist."));
        }

        [Fact]
        public void ASurnameAfterATitleWithAFullStopIsNoFullName()
        {
            // "Mr. Varga" is the surname with an honorific; the full name is the one the article gives later.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council", "Mr. Varga spoke first at the meeting.", "Tom Varga runs the ferry.",
                "\u201CThe council made all the wrong moves,\u201D Varga said."));
        }

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
        [InlineData("Union Minister for Ports Ravi Mendis")]
        [InlineData("Union Minister for Information and Broadcasting M. Ravi Mendis")]
        public void APortfolioBeforeTheNameIsNoPartOfIt(string subject)
        {
            // "Minister for Ports Ravi Mendis": the portfolio's last capital stood in the name ("Ports Ravi Mendis",
            // "Broadcasting M. Ravi Mendis").
            Assert.Equal(subject.Contains("M.") ? "M. Ravi Mendis" : "Ravi Mendis", SpeakerOfQuote("We will build",
                subject + " said on Saturday: \u201CWe will build the new quay this year.\u201D"));
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
