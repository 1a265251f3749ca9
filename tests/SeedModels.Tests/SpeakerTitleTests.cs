using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, titles, party labels and appositives around a speaker's name.</summary>
    public class SpeakerTitleTests
    {
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("\u201CThe levy stays,\u201D Sen. Tom Varga (D-Va.) said.")]
        [InlineData("\u201CThe levy stays,\u201D said Sen. Tom Varga (R-Texas) at the time.")]
        [InlineData("\u201CThe levy stays,\u201D Rep. Tom Varga (I-Vt.) said in a statement.")]
        [InlineData("\u201CThe levy stays,\u201D said Gov. Tom Varga.")]
        [InlineData("\u201CThe levy stays,\u201D said Police Lt. Tom Varga.")]
        public void APartyLabelOrTitleIsNoPartOfTheName(string paragraph)
        {
            Assert.Equal("Tom Varga", SpeakerOf("The levy stays,", paragraph));
        }

        [Theory]
        [InlineData("Tom Varga, a spokesman for the Harbour Trust, said: \u201CThe levy stays.\u201D")]
        [InlineData("Tom Varga, director of research at Kestrel Marine, said: \u201CThe levy stays.\u201D")]
        [InlineData("Tom Varga, Kestrel Marine's chief strategist, said: \u201CThe levy stays.\u201D")]
        [InlineData("Or, as Tom Varga, a former harbour master, put it: \u201CThe levy stays.\u201D")]
        [InlineData("Varga, his campaign spokesman, added: \u201CThe levy stays.\u201D")]
        public void AnAppositiveDescriptionGivesWayToTheName(string paragraph)
        {
            Assert.Equal(paragraph.StartsWith("Varga") ? "Varga" : "Tom Varga", SpeakerOf("The levy stays.", paragraph));
        }

        [Theory]
        [InlineData("On Sunday, former harbour master Tom Varga said: \u201CThe levy stays.\u201D", "Tom Varga")]
        [InlineData("In Benwick, the harbour master said: \u201CThe levy stays.\u201D", "the harbour master")]
        [InlineData("Perhaps, he said, \u201Cthe levy stays.\u201D", null)]
        public void AnOpeningPhraseIsNoName(string paragraph, string? speaker)
        {
            var quoted = paragraph.Contains("\u201Cthe") ? "the levy stays." : "The levy stays.";
            Assert.Equal(speaker, SpeakerOf(quoted, paragraph));
        }

        [Fact]
        public void AMonthThatIsAGivenNameOpensAName()
        {
            Assert.Equal("April Holm", SpeakerOf("The levy stays,", "April Holm chairs the harbour board.", "\u201CThe levy stays,\u201D she said."));
        }
    }
}
