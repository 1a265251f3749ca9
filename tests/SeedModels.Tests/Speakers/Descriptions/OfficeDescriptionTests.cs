using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A bare office standing for its holder ("the Minister", "the judge", "the president"): the person named with that
    /// office before, never one with a qualified or different office, another place's holder, or an office two people
    /// hold.
    /// </summary>
    public class OfficeDescriptionTests
    {
        [Theory]
        [InlineData("The Lorena senator sought to calm his supporters, saying the heckler would \u201Cnot be thrown out\u201D of the hall.")]
        [InlineData("The Lorena senator told reporters he feels good about his campaign, and \u201Cnot be thrown out\u201D is his motto.")]
        public void APlaceBeforeARoleIsNoPersonTheRoleStandsFor(string sentence)
        {
            // "The Lorena senator …": a town that is also a given name, before a role, is where the senator is from; the
            // senator is the man named before.
            Assert.Equal("Tom Varga", SpeakerOfQuote("not be thrown", "Tom Varga toured the Benwick docks on Monday.", sentence));
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

        [Fact]
        public void ADescriptionNamesTheHolderOfTheOfficeWrittenBeforeTheName()
        {
            // "Harbour Judge Orla Quint ruled …; “…,” the judge said": the judge is the one whose office ends in "judge", not
            // the last man quoted.
            var paragraphs = new[]
            {
                "Harbour Judge Orla Quint ruled on Monday that the ferry union may see the board's files.",
                "\u201CThis is a victory for every ferry worker,\u201D said union president Kester Varga.",
                "\u201CThis case is about the right of the public to know,\u201D the judge said.",
            };
            Assert.Equal("Orla Quint", SpeakerOfQuote("This case is about", paragraphs));
        }

        [Fact]
        public void TheBareOfficeNamesTheHolderOfTheBareTitleNotOfAQualifiedOne()
        {
            // "President Varga" (a bare title before the surname) holds the presidency; "Harbour Bank President Orla Quint" is
            // a bank's president. "the president said" is Varga's (the engine gave it to Quint, the only holder it recorded).
            var paragraphs = new[]
            {
                "Kester Varga has spent six years pushing the ferry deal.",
                "On a mild day in Dunmore, President Varga had reason to smile.",
                "\u201CThis deal is the best chance we have,\u201D Varga said after a round of golf with Harbour Bank President Orla Quint.",
                "The crossing will open in the spring.",
                "\u201CWe will not stop at one ferry,\u201D the president said on Sunday.",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("We will not stop", paragraphs));
        }

        [Fact]
        public void ADescriptionWithAPlaceIsNotTheHolderDescribedWithAnotherPlace()
        {
            // "the Benwick senator" is not Quill, whom the article called the senator from Sallow: it is Pike, the Benwick
            // senator (the engine took either senator, and so the last man named).
            var paragraphs = new[]
            {
                "Maria Pike, the Benwick senator, spoke first at the harbour hearing on Tuesday.",
                "Tom Quill, the senator from Sallow, spoke after her about the ferry fares.",
                "\u201CThe fares are too high for the people who work here,\u201D the Benwick senator said.",
            };
            Assert.Equal("Maria Pike", SpeakerOfQuote("The fares are too high", paragraphs));
        }

        [Fact]
        public void TheVicePresidentAndThePresidentAreTwoOffices()
        {
            // "Vice President Jo Bloggs" is no president: "the president said" is Varga's, "the vice president said" Bloggs's.
            var paragraphs = new[]
            {
                "President Kester Varga and Vice President Jo Bloggs toured the harbour on Monday.",
                "\u201CThe harbour is the heart of this town,\u201D the president said.",
                "\u201CWe will rebuild the pier by June,\u201D the vice president said.",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("The harbour is the heart", paragraphs));
            Assert.Equal("Jo Bloggs", SpeakerOfQuote("We will rebuild", paragraphs));
        }

        [Fact]
        public void APlaceBeforeAnAbbreviatedTitleTellsNoOtherOffice()
        {
            // "Benwick Sen. Tom Quill" is a senator as "Sen. Maria Pike" is: "the senator says" after Quill's own sentence stays
            // his, though Pike, named nearer, holds the bare title (a guard: a bank's officer holds another office, a place's
            // the same one).
            var paragraphs = new[]
            {
                "Benwick Sen. Tom Quill opened the harbour hearing on Tuesday.",
                "Sen. Maria Pike has asked for a vote on the ferry fares.",
                "Quill defends the board in a new advert: \u201CThe fares pay for the pier,\u201D the senator says.",
            };
            Assert.Equal("Tom Quill", SpeakerOfQuote("The fares pay", paragraphs));
        }
    }
}
