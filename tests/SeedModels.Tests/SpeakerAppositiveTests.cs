using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 10, second round: the subject of a speech verb is found past what news text puts between a name and its
    /// verb — parenthesised party labels, ages, places with their state abbreviation, descriptions, dashes, clauses.
    /// </summary>
    public class SpeakerAppositiveTests
    {
        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D said Sen. Tom Varga (D-Kest.), a member of the Harbour Committee.")]
        [InlineData("Sen. Tom Varga (D-Kest.), chair of the Harbour Committee, said the board was \u201Copen to every view.\u201D")]
        [InlineData("\u201CThe ferry will run,\u201D said former harbour master Tom Varga (D), a supporter of the plan.")]
        public void AParenthesisedPartyLabelEndsTheNameBeforeItsComma(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(paragraph.StartsWith("Sen.") ? "open" : "The ferry", paragraph));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D Representative Tom Varga, Democrat of Kestrel, said.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga, 67, a retired pilot in Benwick, Kest., said by telephone.")]
        [InlineData("\u201CThe ferry will run,\u201D Sen. Tom Varga, R-Kest., said.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga, 30, of Benwick, Kest., who was among those polled, said.")]
        public void APartyOrPlaceAfterTheNameIsNoSpeaker(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("The ferry", paragraph));
        }

        [Theory]
        [InlineData("Tom Varga \u2014 a pilot from Sallow Vale \u2014 says the new timetable was \u201Ca big deal.\u201D")]
        [InlineData("Tom Varga, a pilot who once worked for Sen. Jo Bloggs (R-Kest.), one of the port's founders, called it \u201Ca big deal.\u201D")]
        [InlineData("Or, as Tom Varga, a former harbour master, put it: \u201Ca big deal.\u201D")]
        [InlineData("Tom Varga, later alleging - again falsely - that the port had turned away 250,000 tourists, said it was \u201Ca big deal.\u201D")]
        public void DescriptionsAndAsidesBeforeTheVerbGiveWayToTheName(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote("a big deal", "Jo Bloggs runs the port.", paragraph));
        }

        [Fact]
        public void APronounRightBeforeTheVerbIsItsSubject()
        {
            Assert.Equal("Jo Bloggs", SpeakerOfQuote(
                "is deeply",
                "Jo Bloggs said in a statement on Tuesday that, if the figures hold, the port is losing money \u2014 which she added \u201Cis deeply regrettable.\u201D"));
        }

        [Theory]
        [InlineData("Tom Varga doubled down on his comments about Benwick and said the levy was \u201Can inherent conflict.\u201D")]
        [InlineData("Tom Varga called on her to resign from her post and said, \u201CAn inherent conflict!\u201D")]
        public void AVerbJoinedByAndSharesTheClauseSubject(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(paragraph.Contains("said,") ? "An inherent" : "an inherent", paragraph));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D said J.J. Varga, an expert on tides.", "J.J. Varga")]
        [InlineData("\u201CThe ferry will run,\u201D said Rev. Tom Varga, senior pastor at Harbour Chapel in Ft. Benwick.", "Tom Varga")]
        public void InitialsAndTitlesWithFullStopsStayInTheName(string paragraph, string speaker)
        {
            Assert.Equal(speaker, SpeakerOfQuote("The ferry", paragraph));
        }

        [Fact]
        public void LowerCaseModifiersBeforeANameStayInTheSubject()
        {
            Assert.Equal("Jo Bloggs", SpeakerOfQuote(
                "nowhere near",
                "Democratic presidential candidate Sen. Jo Bloggs (I-Kest.) on Saturday criticised the accord, saying it goes \u201Cnowhere near far enough.\u201D"));
        }
    }
}
