using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.MarrowbyLibraryStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// A picture's label ("Pic:") over what it shows or over its credit, a caption closing with its source, and alt
    /// text repeated over its caption make one caption; a story paragraph closing with its source or a heading over
    /// another caption stays the story's.
    /// </summary>
    public class PictureLabelSourceAndAltTextTests
    {
        // A picture's alt text over its caption, each on its own line (category X: false crosshead).
        [Fact]
        public void AltTextRepeatedOverItsCaptionIsNoCrosshead()
        {
            const string caption = "Volunteers carry books to the upper floor";
            var s = Structure(Top + Middle + "\n\n" + caption + "\n\n" + caption + "\n\nCourtesy of Ivo Penrake" + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(new[] { (caption, (string?)"Ivo Penrake") }, s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadingOverADifferentCaptionStaysACrosshead()
        {
            var s = Structure(Top + Middle + "\n\nA long wait for readers\n\nVolunteers carry books to the upper floor\n\nCourtesy of Ivo Penrake\n\n" +
                              "Readers waited months for the doors to open again, and many said the town felt emptier without them." + End);

            Assert.Contains("A long wait for readers", s.Crossheads);
        }

        // A paragraph of the story that closes with its wire source in brackets (category L: body taken as a caption).
        [Theory]
        [InlineData("Farmers near Marrowby are buying as much hay as they can while the dry spell lasts. Some are selling part of their herds. (Northwire News Service)")]
        [InlineData("The mayor said the library would reopen within the month. Volunteers had already carried most books upstairs. (Marrowby Press Agency)")]
        public void AStoryParagraphClosingWithItsSourceStaysTheStorys(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ACaptionClosingWithItsSourceIsStillACaption()
        {
            const string line = "Volunteers carry books to the upper floor of the library on Monday. (Marrowby Press Agency)";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Equal(new[] { ("Volunteers carry books to the upper floor of the library on Monday.", (string?)"Marrowby Press Agency") }, s.Captions);
        }

        // A picture's label over what the picture shows (category C: caption missed, dropped as a credit).
        [Theory]
        [InlineData("Pic: biker coming down the river path", "biker coming down the river path")]
        [InlineData("Pic: One of the volunteers, carrying books upstairs", "One of the volunteers, carrying books upstairs")]
        [InlineData("Photo: a reading room with new shelves and lamps", "a reading room with new shelves and lamps")]
        [InlineData("Picture: Children listening to a story on the carpet", "Children listening to a story on the carpet")]
        public void APicturesLabelOverADescriptionIsACaption(string line, string caption)
        {
            var s = Structure(Top + Middle + "\n\n" + line + "\n\nThe library will open until eight in the evening on weekdays from next month.");

            Assert.Equal(new[] { (caption, (string?)null) }, s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Photo: Ivo Penrake", "Ivo Penrake")]
        [InlineData("Pic: courtesy of the town archive", "courtesy of the town archive")]
        [InlineData("Photo: supplied by the county library service", "supplied by the county library service")]
        [InlineData("Picture: Ivo Penrake for the Marrowby Courier", "Ivo Penrake for the Marrowby Courier")]
        public void APicturesLabelOverACreditIsStillACredit(string line, string credit)
        {
            const string caption = "Volunteers carry books to the upper floor";
            var s = Structure(Top + Middle + "\n\n" + caption + "\n\n" + line + "\n\nThe library will open until eight in the evening on weekdays from next month.");

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
        }

        [Theory]
        [InlineData("Representative image")]
        [InlineData("File photo")]
        public void AStockPicturesWholeCaptionIsACaptionWithNoCredit(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Equal(new[] { line }, s.Captions.Select(c => c.Text));
            Assert.Null(s.Captions[0].Credit);
            Assert.DoesNotContain(line, Body(s));
        }
    }
}
