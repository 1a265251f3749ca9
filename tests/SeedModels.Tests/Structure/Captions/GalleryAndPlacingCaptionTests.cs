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

        [Fact]
        public void ACounterClosingAGalleryOfCaptionsTakesNoCaptionFromTheStoryUnderIt()
        {
            // Captions, then "1 of 3" under them: the counter ends the gallery, and the story's lede follows.
            const string lede = "Volunteers reopened the library on Saturday after a month of repairs, and more than 300 people came through its doors by noon.";
            var s = Structure(Top + Middle + "\n\nVolunteers carry crates of books down the library steps. Picture: Ivo Penrake\n\n" +
                              "The new reading room on the first floor. Picture: Ivo Penrake\n\n1 of 2\n\n" + lede + End);

            Assert.Equal(2, s.Captions.Count);
            Assert.Contains(s.Paragraphs, p => p.Text == lede);
        }

        [Fact]
        public void CountersOverEachCaptionStillMakeEachACaption()
        {
            var s = Structure(Top + Middle + "\n\n1 of 2\n\nVolunteers carry crates of books down the library steps\n\n2 of 2\n\nThe new reading room on the first floor" + End);

            Assert.Equal(new[] { "Volunteers carry crates of books down the library steps", "The new reading room on the first floor" }, s.Captions.Select(c => c.Text));
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
