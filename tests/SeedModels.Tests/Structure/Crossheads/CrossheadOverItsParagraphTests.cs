using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenmoorLibraryStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// A heading set on the line right over its paragraph, or over a single paragraph, is a crosshead, while a line
    /// closing on a joining word is the first line of its paragraph.
    /// </summary>
    public class CrossheadOverItsParagraphTests
    {
        [Fact]
        public void AShortCrossheadOverOneParagraphStaysTheStorys()
        {
            var s = Structure(Top + "Key points\nThe council will review the new hours after six months, and may add Saturday evenings.\n\n" + Second);

            Assert.Contains("may add Saturday evenings", Body(s));
        }

        // --- A feature's headings set on the line right over their paragraphs, with no blank line between. ---
        [Fact]
        public void AHeadingClosingOnAPronounOrAdverbOverItsParagraphIsACrosshead()
        {
            var s = Structure(Top + "Where to find it\nTurn left out of the station and follow the river path for ten minutes until you reach the market square.\n\n" +
                              "Getting there\nBuses from the station stop outside every twenty minutes, and the car park behind the hall is free on Sundays.\n\n" + Second);

            Assert.Equal(new[] { "Where to find it", "Getting there" }, s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("Buses from the station"));
        }

        [Theory]
        [InlineData("\"Readers are rationing everything\"")]
        [InlineData("\u201CReaders are rationing everything\u201D")]
        public void AQuotationInStraightOrCurlyMarksAloneOnItsLineIsACrosshead(string heading)
        {
            var s = Structure(Top + heading + "\n\nThe petition was handed in at the last council meeting, where members agreed to fund two extra staff.\n\n" + Second);

            Assert.Equal(new[] { heading }, s.Crossheads);
            Assert.DoesNotContain(heading, Body(s));
        }

        [Fact]
        public void AHeadingWithThePlayersWordIsNoVideoNotice()
        {
            // "player" is a video notice's subject ("The video player failed to load"), not its verb: alone it makes no notice.
            var s = Structure(Top + "Player of the season\n\nThe petition was handed in at the last council meeting, where members agreed to fund two extra staff.\n\n" + Second);

            Assert.Equal(new[] { "Player of the season" }, s.Crossheads);
        }

        [Fact]
        public void AQuotedSentenceAloneOnItsLineStaysTheStorys()
        {
            const string line = "\"Readers are rationing everything.\"";
            var s = Structure(Top + line + "\n\nThe petition was handed in at the last council meeting, where members agreed to fund two extra staff.\n\n" + Second);

            Assert.Empty(s.Crossheads);
            Assert.Contains(line, Body(s));
        }

        [Fact]
        public void ALineClosingOnAJoinerStaysInItsParagraph()
        {
            var s = Structure(Top + "The council said the opening hours would be reviewed at the end of\nThe summer, when visitor numbers for the first three months are known to the library board.\n\n" + Second);

            Assert.Empty(s.Crossheads);
        }
    }
}
