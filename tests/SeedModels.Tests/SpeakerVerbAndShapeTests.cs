using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, reporting verbs and sentence shapes: who speaks when the verb or the order is not the plain one.</summary>
    public class SpeakerVerbAndShapeTests
    {
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga fumed.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga shot back.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga vowed.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga answered.")]
        [InlineData("\u201CThe ferry will run,\u201D mused Tom Varga.")]
        [InlineData("Tom Varga vowed: \u201CThe ferry will run.\u201D")]
        [InlineData("As Tom Varga put it: \u201CThe ferry will run.\u201D")]
        public void ReportingVerbsBeyondSaid(string paragraph)
        {
            var quoted = paragraph.Contains("run,") ? "The ferry will run," : "The ferry will run.";
            Assert.Equal("Tom Varga", SpeakerOf(quoted, paragraph));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga assured the crew.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga went on.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga pointed out.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga gloated.")]
        [InlineData("Tom Varga pointed out: \u201CThe ferry will run.\u201D")]
        public void ReportingVerbsThatAreNotPlainSpeechVerbs(string paragraph)
        {
            var quoted = paragraph.Contains("run,") ? "The ferry will run," : "The ferry will run.";
            Assert.Equal("Tom Varga", SpeakerOf(quoted, paragraph));
        }

        [Theory]
        [InlineData("\u201CThe pier is finished.\u201D That was how Varga put it after the vote.")]
        [InlineData("\u201CThe pier is finished.\u201D This is what Varga told the board.")]
        public void ACleftAfterTheQuoteNamesTheSpeakerNotItsOwnWords(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The pier is finished.", "Tom Varga runs the ferry.", paragraph));
        }

        [Fact]
        public void ReactedReportsSpeech()
        {
            Assert.Equal("Tom Varga", SpeakerOf("Who pays for the pier?", "Tom Varga runs the ferry.", "\u201CWho pays for the pier?\u201D reacted Tom Varga."));
        }

        [Theory]
        [InlineData("On Thursday, after staying quiet for weeks, Varga appeared on the radio and backed the plan, saying, \u201CThe ferry will run.\u201D")]
        [InlineData("Immediately after the vote, Varga issued a statement, \u201CThe ferry will run.\u201D")]
        [InlineData("Late on Friday, when the vote was over, Varga posted a short note: \u201CThe ferry will run.\u201D")]
        public void TheSubjectAfterTwoOpeningClausesSpeaks(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The ferry will run.", "Tom Varga runs the ferry between the islands.", paragraph));
        }

        [Fact]
        public void WentOnIsNoReportWhenSomethingFollowsIt()
        {
            // "went on television" is going somewhere, not speaking: the sentence names no speaker after the quote.
            Assert.Null(SpeakerOf("The ferry will run,", "\u201CThe ferry will run,\u201D the banner read as the crew went on deck."));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga, a former harbour master of the county and a critic of the port board for many years, wrote after the vote.")]
        [InlineData("\u201CThe ferry will run,\u201D Tom Varga, who has run boats between the two islands since the old pier was first opened, said on Friday.")]
        public void ANameBeforeALongAppositiveSpeaks(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The ferry will run,", paragraph));
        }

        [Theory]
        [InlineData("Speaking at a hall in Benwick, Sallow Vale, Varga turned on his rival, calling him \u201Ca tired man.\u201D")]
        [InlineData("At a rally in Benwick, Sallow Vale, on Sunday, Tom Varga said his rival was \u201Ca tired man.\u201D")]
        [InlineData("Tom Varga, a ferryman from Benwick, Sallow Vale, says his rival is \u201Ca tired man.\u201D")]
        [InlineData("At one point on Sunday, Tom Varga, who runs the ferry, said his rival was \u201Ca tired man.\u201D")]
        [InlineData("In an interview on Radio Kest, Varga, who runs the ferry, said his rival was \u201Ca tired man.\u201D")]
        public void TheRegionAfterATownIsNoSubject(string paragraph)
        {
            var speaker = SpeakerOf("a tired man.", "Tom Varga runs the ferry between the islands.", paragraph);
            Assert.Equal("Tom Varga", speaker);
        }

        [Fact]
        public void ALongAppositiveWithNoSpeechVerbAfterItNamesNobody()
        {
            Assert.Null(SpeakerOf("The ferry will run,",
                "\u201CThe ferry will run,\u201D Tom Varga, a former harbour master of the county and a critic of the port board for many years, is not so sure."));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run\u201D Tom Varga said.")]
        [InlineData("\u201CThe ferry will run\u201D said Tom Varga.")]
        public void AQuoteWithNoCommaBeforeItsAttribution(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The ferry will run", paragraph));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D said harbour analyst Tom Varga in a statement.")]
        [InlineData("\u201CThe ferry will run,\u201D said Tom Varga on Tuesday.")]
        [InlineData("\u201CThe ferry will run,\u201D said Tom Varga during the meeting.")]
        public void AnInvertedSubjectEndsBeforeWhatFollowsIt(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The ferry will run,", paragraph));
        }

        [Theory]
        [InlineData("\u201CThe ferry will run,\u201D without the subsidy, in sharp contrast to last winter, says Tom Varga.")]
        [InlineData("\u201CThe ferry will run\u201D through the storm, Tom Varga said.")]
        public void WordsBetweenTheQuoteAndItsAttribution(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf(paragraph.Contains("run,") ? "The ferry will run," : "The ferry will run", paragraph));
        }

        [Theory]
        [InlineData("Instead, Varga said: \u201CThe ferry will run.\u201D")]
        [InlineData("When asked about the storm, Varga said: \u201CThe ferry will run.\u201D")]
        [InlineData("Varga, in Benwick on Monday, said: \u201CThe ferry will run.\u201D")]
        [InlineData("Varga, who owns the ferry, has repeatedly said: \u201CThe ferry will run.\u201D")]
        [InlineData("Tom Varga, harbour analyst at Kestrel Marine, said: \u201CThe ferry will run.\u201D")]
        [InlineData("Tom Varga, 52, told reporters: \u201CThe ferry will run.\u201D")]
        public void TheSubjectNextToTheVerbNotTheSentenceOpener(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The ferry will run.", "Tom Varga owns the ferry.", paragraph));
        }

        [Fact]
        public void ASpeechNounAfterADeterminerIsNoVerb()
        {
            Assert.Equal("Tom Varga", SpeakerOf(
                "give to the fund",
                "Tom Varga sent a letter after the remarks, asking members to \u201Cgive to the fund\u201D."));
        }

        [Fact]
        public void ASubjectBeforeTheVerbIsNotInverted()
        {
            Assert.Equal("Tom Varga", SpeakerOf(
                "The levy stays,",
                "\u201CThe levy stays,\u201D Tom Varga, the harbour master, told Kestrel Radio."));
        }
    }
}
