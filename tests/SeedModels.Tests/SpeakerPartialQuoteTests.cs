using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, partial quotes inside a paraphrase: the subject of the sentence holding the quote speaks it.</summary>
    public class SpeakerPartialQuoteTests
    {
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("Tom Varga promised to \u201Cbuild on the progress\u201D of the last council.", "build on the progress")]
        [InlineData("Tom Varga calls the levy the \u201Cbig harbour tax.\u201D", "big harbour tax.")]
        [InlineData("Tom Varga referred to the \u201Cferry question\u201D twice in his speech.", "ferry question")]
        [InlineData("On Monday, Tom Varga dismissed the report as \u201Ca work of fiction.\u201D", "a work of fiction.")]
        public void TheSubjectOfTheClauseSpeaksAQuoteInsideIt(string paragraph, string quoted)
        {
            Assert.Equal("Tom Varga", SpeakerOf(quoted, "The harbour council met on Monday.", paragraph));
        }

        [Fact]
        public void APronounSubjectIsResolved()
        {
            Assert.Equal("Helen Brandt", SpeakerOf("a fair deal", "Helen Brandt runs the ferry.", "She wants \u201Ca fair deal\u201D for the island."));
        }

        [Theory]
        [InlineData("Tom Varga told the panel on \u201CMorning Harbour\u201D that the ferry would run.", "Morning Harbour")]
        [InlineData("Tom Varga told Channel Nine\u2019s \u201CMorning Harbour\u201D that the ferry would run.", "Morning Harbour")]
        [InlineData("Tom Varga reads \u201CThe Salt Road\u201D every winter.", "The Salt Road")]
        public void TheTitleOfAShowOrBookIsSaidByNobody(string paragraph, string quoted)
        {
            Assert.Null(SpeakerOf(quoted, paragraph));
        }

        [Fact]
        public void AQuoteThatOpensItsSentenceTakesNoSubjectFromIt()
        {
            Assert.Null(SpeakerOf("The ferry is late again.", "The harbour was quiet.", "\u201CThe ferry is late again.\u201D A gull landed on the rail."));
        }
    }
}
