using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.PortVeldraFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// The author's biography under the story, saying what she has covered, leaves the body; a sentence about another
    /// person who has covered the route stays the story's.
    /// </summary>
    public class ReporterBiographyTests
    {
        [Fact]
        public void TheAuthorsBiographySayingWhatSheHasCoveredLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nMira Castell has covered the harbour and the islands for the Courier since 2019. Reach her at mira.castell@courier.example.");

            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Mira Castell is the Courier's chief harbour correspondent.")]
        [InlineData("Mira Castell is professor of maritime history at Senn University and writes for the Courier.")]
        [InlineData("Mira Castell is Harbour Quarterly's film critic.")]
        [InlineData("Dr Mira Castell is professor of maritime history at Senn University.")]
        public void TheAuthorsBiographySayingWhatSheIsWithoutAnArticleLeavesTheBody(string biography)
        {
            var s = Structure(Top + Middle + End + "\n\n" + biography);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == biography);
        }

        [Fact]
        public void TheAuthorBeingPleasedIsNoBiography()
        {
            const string line = "Mira Castell is pleased with the new timetable, the board said.";
            var s = Structure(Top + Middle + End + "\n\n" + line);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void AnotherPersonWhoHasCoveredTheRouteStaysTheStorys()
        {
            const string line = "Captain Ilse Marrow has covered the Senn route for eleven years and says the evening boats are overdue.";
            var s = Structure(Top + Middle + End + "\n\n" + line);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }
    }
}
