using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 10: a name and a colon opening a headline or a sentence (<c>Varga: Pike's ‘Harmful Levy’ Sinks the Port</c>,
    /// <c>Varga: “…” Pike: “…”</c>) label the first quote after them as that person's.
    /// </summary>
    public class SpeakerLabelTests
    {
        [Fact]
        public void AHeadlineLabelSpeaksItsTitleCaseQuote()
        {
            Assert.Equal("Tom Varga", SpeakerOfQuote(
                "Deeply Harmful Levy",
                "Varga: Pike\u2019s \u2018Deeply Harmful Levy\u2019 Sinking the Port",
                "On Thursday at the harbour conference, Tom Varga called out his rival Sam Pike."));
        }

        [Fact]
        public void EachLabelInAParagraphSpeaksTheQuoteRightAfterIt()
        {
            string[] article =
            {
                "Tom Varga and Sam Pike set out their plans for the harbour on Monday.",
                "Varga: \u201COur goal is to reopen the ferry by spring.\u201D Pike: \u201CThe levy must go before anything else.\u201D",
            };
            Assert.Equal("Tom Varga", SpeakerOfQuote("Our goal", article));
            Assert.Equal("Sam Pike", SpeakerOfQuote("The levy", article));
        }

        [Theory]
        [InlineData("Editor\u2019s Note", "Editor\u2019s Note: An earlier version called the plan \u201Ca done deal.\u201D")]
        [InlineData("Update", "Update: The council called the plan \u201Ca done deal.\u201D")]
        public void ALabelThatNamesNoPersonSpeaksNothing(string label, string paragraph)
        {
            Assert.NotEqual(label, SpeakerOfQuote("a done deal", "Tom Varga runs the harbour.", paragraph));
        }
    }
}
