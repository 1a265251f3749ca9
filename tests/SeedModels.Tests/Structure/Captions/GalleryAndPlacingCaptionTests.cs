using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// A gallery's counter over a caption and a line placing someone without a verb make captions; the same counter
    /// over a sentence of the story, or a story sentence opening with a name and a preposition, stays in the body.
    /// </summary>
    public class GalleryAndPlacingCaptionTests
    {
        [Fact]
        public void AGalleryCounterOverASentenceOfTheStoryTakesNoCaption()
        {
            const string next = "Residents who borrowed books before the closure can return them at the town hall until the end of the month.";
            var s = Structure(Top + Middle + "\n\nImage 1 of 5\n\n" + next + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == next);
        }

        [Fact]
        public void AGalleryCounterOverACaptionStillMakesItOne()
        {
            var s = Structure(Top + Middle + "\n\nImage 1 of 5\n\nVolunteers carry crates of books down the library steps" + End);

            Assert.Equal(new[] { ("Volunteers carry crates of books down the library steps", (string?)null) }, s.Captions);
        }

        [Theory]
        [InlineData("Jane Roe at the time opposed the plan.")]
        [InlineData("Mayor Tom Hale in 2019 won a second term.")]
        [InlineData("Ana Lind at first refused to leave.")]
        [InlineData("Ben Ortiz with his brother founded the shop in 1998.")]
        [InlineData("Carla Munt at the hearing was calm.")]
        [InlineData("Dev Patel in his first year doubled the budget.")]
        [InlineData("Omar Field at the start of the season had a knee injury.")]
        [InlineData("Hal Brenner at one point threatened to resign.")]
        [InlineData("Tom Quill at the meeting will present the report.")]
        [InlineData("Greta Holm in those years ran a small bakery.")]
        [InlineData("Paul Wren at the age of 12 moved to Stenby.")]
        public void AStorySentenceOpeningWithANameAndAPrepositionStaysInTheBody(string sentence)
        {
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Ada Penrose at the front desk on Tuesday.")]
        [InlineData("Ben Ortiz with his brother at the shop in 1998.")]
        [InlineData("Carla Munt in her garden in Tolvey last summer.")]
        [InlineData("Dev Patel at the newly renovated library in Oakvale.")]
        [InlineData("Omar Field with his dog, Biscuit, at the harbour.")]
        [InlineData("Nina Sorrel at the opening of the flooded museum.")]
        [InlineData("Lia Brant with her daughters at the rebuilt school.")]
        [InlineData("Greta Holm in front of the town hall this week.")]
        [InlineData("Ivo Marsh at work in the restored mill.")]
        [InlineData("Mayor Tom Hale at the ribbon cutting on Main Street.")]
        public void ALinePlacingSomeoneWithoutAVerbIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }
    }
}
