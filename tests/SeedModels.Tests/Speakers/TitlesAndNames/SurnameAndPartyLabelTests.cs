using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A surname alone stands for the person named in full before (even one ending in "man" or a publication's word),
    /// and a party label ("a Marlow Republican", a party member from a place) describes that person and is no surname.
    /// </summary>
    public class SurnameAndPartyLabelTests
    {
        [Theory]
        [InlineData("Varga, who hosts it, criticised the Harbour Scouts on Monday.")]
        [InlineData("Varga told the Harbour Scouts on Monday that they had lost their way.")]
        public void ASurnameThatSpeaksIsAPersonWithoutAFullName(string sentence)
        {
            // The full name stands only in a programme's title, so "Varga" was never linked to a person: "he" went to the
            // capitalised group after it. "Varga, who …" and "Varga told" are what a person does.
            Assert.Equal("Varga", SpeakerOfQuote("They have lost",
                "The show \u201CEvenings with Tom Varga\u201D airs on Benwick Radio.", sentence,
                "\u201CThey have lost their way,\u201D he said."));
        }

        [Theory]
        [InlineData("Tucker")]
        [InlineData("Kestler")]
        public void ASurnameShapedLikeAJobStandsForThePersonNamedInFull(string surname)
        {
            // "Tucker" ends as a job's word does ("-er"); named in full before, it is that person, the last one who spoke when
            // "he" follows, not the editor named after him.
            Assert.Equal("Tom " + surname, SpeakerOfQuote("It is not our role",
                "Station president Tom " + surname + " is not giving in to candidate Jo Bloggs.",
                "\u201CWe do not pay candidates,\u201D " + surname + " said on Thursday in a talk with Harbour Weekly editor Ben Marsh.",
                surname + " also addressed the amount of coverage the network has given the front-runner.",
                "\u201CIt is not our role to build up a campaign,\u201D he said."));
        }

        [Fact]
        public void APartyLabelIsNoSurname()
        {
            // "Tom Varga, R-Utah, said": the label before the verb is no one who speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("There is no reason",
                "Committee Chairman Tom Varga, R-Utah, said the questions will start on Monday. \u201CThere is no reason to wait,\u201D he said."));
        }

        [Theory]
        [InlineData("Brandman")]
        [InlineData("Holtzman")]
        public void ASurnameEndingInManIsNoJob(string surname)
        {
            // "Brafman concluded …": the ending of "chairman" made the surname a job title, so it was never a mention of
            // the lawyer, and "he" went to the last capitalised words before (a phrase like "the Twilight Zone").
            Assert.Equal("Ezra " + surname, SpeakerOfQuote("This was one",
                "Was this the Harbour Lantern? The judge did not say.",
                surname + " concluded the hearing by thanking the court. Later he replied, \u201CThis was one of my finest days in court.\u201D",
                "Ezra " + surname + ", 61, has practised law in Benwick for decades."));
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
        [InlineData("a Marlow Republican")]
        [InlineData("an Eastfield Democrat")]
        public void APartyMemberFromAPlaceDescribesThePersonNamedBefore(string description)
        {
            // "Tom Varga, a Marlow Republican, said …": "he" later is Varga, not "Marlow Republican".
            Assert.Equal("Tom Varga", SpeakerOfQuote("You have to take",
                "The regatta ended on Monday.",
                "Tom Varga, " + description + ", said the levy was unfair.",
                "\u201CYou have to take a cynical view of the board,\u201D he said."));
        }
    }
}
