using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, fifth round: who a pronoun stands for after a quoted sentence, and subjects the attribution hid.</summary>
    public class SpeakerRound5Tests
    {
        [Fact]
        public void ANameAfterASentenceThatEndsInsideAQuoteOpensTheNextSentence()
        {
            // "…“hasty.” Rob Hale, …, warned": Hale is the subject the next "he" refers to, not Varga, only named as an object.
            Assert.Equal("Rob Hale", SpeakerOfQuote("The stakes",
                "Tom Varga runs the ferry in Benwick.",
                "Varga called the trust's decision \u201Chasty.\u201D Rob Hale, a senior harbour engineer, warned on Saturday that the move against Varga could damage the pier.",
                "\u201CThe stakes are higher than the fight of the day,\u201D he wrote in a letter."));
        }

        [Fact]
        public void ANameBeforeARoleAndAnotherNameIsNotTheSubject()
        {
            // "Varga adviser Dan Orrin": the sentence is about the adviser; "he" is Orrin.
            Assert.Equal("Dan Orrin", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga adviser Dan Orrin, the best-known harbour pilot, picked up a similar thread at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
        }

        [Fact]
        public void ANameThatOpensTheSentenceWithoutARoleAfterItIsStillTheSubject()
        {
            // No role between the names: Varga is the subject, the one "he" refers to.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga met Dan Orrin, the best-known harbour pilot, at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
        }

        [Fact]
        public void ADescriptionOpenedByAPossessiveIsNoNameAfterTheSubject()
        {
            // "Varga, Benwick's sitting mayor,": the owner of the description is a place, not the one who speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("a talented man",
                "Tom Varga runs the ferry in Benwick.",
                "Varga, Benwick's sitting mayor, repeated his charge that Pike recites the same lines, calling him \u201Ca talented man\u201D at the meeting."));
        }

        [Fact]
        public void ASpeechVerbInAClauseAfterAConjunctionIsNotTheQuotesAttribution()
        {
            // "“…” until Lena Ostrow said": the verb belongs to the clause "until" opens; the quote is Pike's.
            Assert.Equal("Sam Pike", SpeakerOfQuote("kind of sitting",
                "Sam Pike, a teacher from Benwick, says he was \u201Ckind of sitting on the fence\u201D until Lena Ostrow said she backed the plan."));
        }

        [Theory]
        [InlineData("Councillors were irritated by the plan, with Cllr Tom Varga calling it a \u201Cshopping list.\u201D")]
        [InlineData("Both men issued a statement on Friday \u2013 Varga saying he was \u201Cshopping list\u201D and Pike calling it fair.")]
        public void AParticipleWithANameOfItsOwnIsThatPersons(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("shopping list", "Tom Varga and Sam Pike met on Friday.", paragraph));
        }

        [Fact]
        public void AParticipleAfterAPrepositionAndANameIsNotThatNamesUnlessAfterWith()
        {
            // "a letter to Pike saying …": Pike is written to; the subject of the sentence speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("shopping list",
                "Tom Varga and Sam Pike met on Friday.", "Varga sent a letter to Pike saying the plan was a \u201Cshopping list.\u201D"));
        }

        [Fact]
        public void AQuoteOfShortLowerCaseWordsIsNoTitle()
        {
            // "fog of war" has no word of four letters, but none is capitalised either: a phrase the subject used.
            Assert.Equal("Lena Ostrow", SpeakerOfQuote("fog of",
                "Lena Ostrow chairs the harbour board.", "At the board meeting on Monday night, Ostrow blamed the \u201Cfog of war\u201D for the delay."));
        }

        [Fact]
        public void AShortCapitalisedQuoteAfterAPrepositionIsStillAProgrammesName()
        {
            Assert.Null(SpeakerOfQuote("New Day", "Lena Ostrow chairs the harbour board.", "Ostrow spoke on Radio Kestle's \u201CNew Day\u201D on Monday."));
        }

        [Theory]
        [InlineData("Varga later Thursday told reporters: \u201CThe ferry is safe.\u201D", "The ferry")]
        [InlineData("Varga Thursday night told the crowd that \u201Cthe ferry is safe.\u201D", "the ferry")]
        [InlineData("\u201CThe ferry is safe,\u201D Varga Friday morning told the crowd.", "The ferry")]
        public void ADayBetweenTheSubjectAndItsVerbIsPartOfTheVerbGroup(string paragraph, string quoteStart)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(quoteStart, "Tom Varga runs the ferry in Benwick.", paragraph));
        }

        [Fact]
        public void SheNeverStandsForACountryNamedLikeAPerson()
        {
            // "the United States", "the Western Pacific": capitalised words, but places; "she" is the senator.
            Assert.Equal("Ana Lind", SpeakerOfQuote("This raises",
                "Senator Ana Lind said hackers had attacked the harbour board.",
                "\u201CWe know who did this,\u201D Lind said.",
                "The United States would not accept such an attack from any other country, she said.",
                "\u201CThis raises serious questions about the board's systems,\u201D she said."));
        }

        [Fact]
        public void ACapitalisedSpeechVerbAfterTheQuotesCommaIsStillTheVerb()
        {
            Assert.Equal("Ana Lind", SpeakerOfQuote("The pier", "\u201CThe pier is not safe,\u201D Tweeted Ana Lind, the harbour board's chair."));
        }

        [Theory]
        [InlineData("\u201CIt is a disgrace,\u201D said one, a retired ferryman.")]
        [InlineData("\u201CIt is a disgrace,\u201D others said.")]
        public void AnUnnamedOneOrOthersIsNoSpeaker(string paragraph)
        {
            Assert.Null(SpeakerOfQuote("It is", "Residents packed the hall on Monday.", paragraph));
        }

        [Theory]
        [InlineData("\u201CWe had no choice,\u201D reckons Ana Lind.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind muttered.")]
        [InlineData("\u201CWe had no choice,\u201D Ana Lind underlined.")]
        public void LessCommonSpeechVerbsAttributeTheQuote(string paragraph)
        {
            Assert.Equal("Ana Lind", SpeakerOfQuote("We had", paragraph));
        }
    }
}
