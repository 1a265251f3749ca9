using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A partial quote inside a paraphrasing sentence: the attribution closing a long sentence reports all of it, two
    /// quotes joined by a conjunction share it, and a participle, a clause after a conjunction or words between the
    /// quotes decide who, if anyone, speaks.
    /// </summary>
    public class PartialQuoteAttributionTests
    {
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

        [Theory]
        [InlineData("said Nora Kell, a historian at Benwick College.")]
        [InlineData("Nora Kell said.")]
        [InlineData("Nora Kell said on Tuesday.")]
        public void AnAttributionThatClosesALongSentenceReportsAllOfIt(string attribution)
        {
            // More than the usual reach of words between the quote and ", said Nora Kell.": the sentence is still hers.
            Assert.Equal("Nora Kell", SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D appeals to older voters who remember a time when the port was busy and the ferry ran every hour, " +
                attribution));
        }

        [Fact]
        public void ALongSentenceWhoseSpeechVerbHasAnObjectIsNotTakenWhole()
        {
            // ", Varga told the board, adding that …": the verb does not close the sentence, so the rule does not read it.
            Assert.Null(SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D appeals to older voters who remember a time when the port was busy and the ferry ran every hour, " +
                "and the board told the town that the levy was unfair."));
        }

        [Theory]
        [InlineData(" and ")]
        [InlineData(" or ")]
        public void TwoQuotesJoinedByAConjunctionShareTheirSpeaker(string joint)
        {
            // "“…” and “…” appeals to …, said Nora Kell": the attribution after the second quote is the first one's too.
            Assert.Equal("Nora Kell", SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D" + joint + "\u201Cbring back the ferry\u201D appeals to older voters, said Nora Kell, a historian."));
        }

        [Fact]
        public void TwoQuotesWithWordsBetweenThemDoNotShare()
        {
            // "“…” was the old slogan; now …, said Nora Kell": words between the quotes make them two clauses.
            Assert.Null(SpeakerOfQuote("Fix the harbour",
                "The vote is next week.",
                "\u201CFix the harbour\u201D was once painted on every wall in town, and today the motto is \u201Cbring back the ferry,\u201D said Nora Kell."));
        }
    }
}
