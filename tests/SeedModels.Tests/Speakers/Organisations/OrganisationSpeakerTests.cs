using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Organisations as speakers: a campaign a possessive ties to a person speaks for that person, a person tied by a
    /// possessive is someone else, and a currency's or a country's capitals are no organisation.
    /// </summary>
    public class OrganisationSpeakerTests
    {
        [Theory]
        [InlineData("Her campaign", "Nora Kell")]
        [InlineData("Her office", "Nora Kell")]
        public void AThingAPossessiveTiesToAPersonSpeaksForThatPerson(string subject, string expected)
        {
            // "Her campaign said …": the person "her" stands for, not the words "Her campaign".
            Assert.Equal(expected, SpeakerOfQuote("a false economy",
                "Nora Kell is running for mayor of Benwick.",
                subject + " called the levy \u201Ca false economy\u201D on Tuesday."));
        }

        [Theory]
        [InlineData("Her husband")]
        [InlineData("Her aide")]
        public void APersonAPossessiveTiesToSomeoneIsNotThatSomeone(string subject)
        {
            // "Her husband said …" is another person: never Nora Kell herself.
            Assert.NotEqual("Nora Kell", SpeakerOfQuote("a false economy",
                "Nora Kell is running for mayor of Benwick.",
                subject + " called the levy \u201Ca false economy\u201D on Tuesday."));
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

        [Fact]
        public void ASpokeswomanBroughtInAfterAnOrganisationSpeaksForIt()
        {
            // "The Harbour Authority said …. A spokeswoman said: “…”": the voice has no owner of its own.
            Assert.Equal("Kestrel Harbour Authority", SpeakerOfQuote("We understand",
                "The Kestrel Harbour Authority said the new sea wall had been paused while engineers reviewed costs.",
                "A spokeswoman said: \u201CWe understand how distressing this is for the village.\u201D"));
        }

        [Fact]
        public void ASpokeswomanAfterAPersonNamedSinceIsNoVoiceOfTheOrganisation()
        {
            // A person named after the organisation may be whom she speaks for.
            Assert.NotEqual("Kestrel Harbour Authority", SpeakerOfQuote("We understand",
                "The Kestrel Harbour Authority said the new sea wall had been paused while engineers reviewed costs.",
                "Councillor Tamsin Orr said the delay was unacceptable.",
                "A spokeswoman said: \u201CWe understand how distressing this is for the village.\u201D"));
        }
    }
}
