using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.QuarrendonHallStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// A line describing a photo (present tense, placing someone, a Markdown picture's alt text, a credit before the
    /// picture's word) is a caption, while narration that only looks like one (a month, a pronoun going on, a picture's
    /// verb before an auxiliary, a heading after a dash) stays in the body.
    /// </summary>
    public class PhotoDescriptionTests
    {
        // A paragraph of the story that places someone "(pictured)" only after a sentence about something else (category L).
        [Fact]
        public void AParagraphGoingOnWithAPronounIsNoCaptionForItsPictured()
        {
            const string paragraph = "They will also restore some of the money for a skate park by the river. Many skaters (pictured) spoke up for it at past council meetings.";
            var s = Structure(Top + "The council has agreed its last changes to next year's budget.\n\n" + paragraph + "\n\nThe budget will be adopted on Tuesday.");

            Assert.Contains(paragraph, Body(s));
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void ACaptionPlacingSomeoneStillIsOne()
        {
            var s = Structure(Top + "The council has agreed its last changes to next year's budget.\n\nHall chair Ada Penhallow (left) with the builder, Tom Creasey.\n\nThe budget will be adopted on Tuesday.");

            Assert.Contains(s.Captions, c => c.Text.StartsWith("Hall chair Ada Penhallow"));
        }

        [Theory]
        [InlineData("The new hall sits in the middle of the range at $58,990 before fees, with seats for 300 and a stage.")]
        [InlineData("The ferry pass costs \u00A312 a week, with children free.")]
        public void ASentenceStatingAPriceIsNoPhotoDescription(string sentence)
        {
            // A present-tense sentence is read as what a picture shows; a review's or a report's sentence states a price.
            var s = Structure(Top + "The council has agreed its last changes to next year's budget.\n\n" + sentence + "\n\nThe budget will be adopted on Tuesday.");

            Assert.Contains(sentence, Body(s));
            Assert.Empty(s.Captions);
        }

        // A month is no picture's verb: "Between March 17 and March 22 …" narrates (category L: body text taken for a caption).
        [Theory]
        [InlineData("Between March 17 and March 22 more than 300 young hedge trees were cut down on farm land near the village.")]
        [InlineData("Since May the hall has taken bookings for twelve weddings and a dance.")]
        public void ASentenceWithAMonthIsNoPhotoDescription(string sentence)
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\n" + sentence + "\n\nThe committee thanked the volunteers.");

            Assert.Contains(sentence, Body(s));
            Assert.Empty(s.Captions);
        }

        [Fact]
        public void APresentTensePhotoDescriptionStillIsACaption()
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\nA volunteer sweeps the new floor before the opening.\n\nThe committee thanked the volunteers.");

            Assert.Contains(s.Captions, c => c.Text.StartsWith("A volunteer sweeps"));
        }

        // A short line placing a thing or an unnamed person, with no verb, is a caption; one that narrates with a past tense
        // that does not end in -ed stays the story's.
        [Theory]
        [InlineData("The tea counter at Quarrendon Hall, on a quiet Tuesday.")]
        [InlineData("An apprentice joiner at the workshop in Kestrel Lane.")]
        [InlineData("A queue outside the hall before the opening.")]
        public void AShortLinePlacingAThingIsACaption(string line)
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\n" + line + "\n\nThe committee thanked the volunteers.");

            Assert.Equal(new[] { line }, s.Captions.Select(c => c.Text));
            Assert.DoesNotContain(line, Body(s));
        }

        [Theory]
        [InlineData("The builder at the centre of the row quit on Friday.")]
        [InlineData("The storm in the night put the hall's roof at risk.")]
        [InlineData("The committee on Tuesday approved the plan.")]
        [InlineData("The builder at the centre of the row was paid in full, the committee chair told members at the meeting.")]
        public void AShortLineThatNarratesStaysTheStorys(string line)
        {
            var s = Structure(Top + "The hall was built on the old coach road in 1898, two miles from the church.\n\n" + line + "\n\nThe committee thanked the volunteers.");

            Assert.Contains(line, Body(s));
            Assert.Empty(s.Captions);
        }

        // A caption whose credit names the paper or photographer before the picture's own word, after a dash or a bar
        // (category C: caption missed, left as a crosshead or body).
        [Theory]
        [InlineData("A volunteer paints the new door on Friday. \u2014 COURIER pic", "A volunteer paints the new door on Friday.", "COURIER")]
        [InlineData("A volunteer paints the new door on Friday | Ida Fenn photo", "A volunteer paints the new door on Friday", "Ida Fenn")]
        public void ACreditBeforeThePicturesWordIsTheCaptionsCredit(string line, string caption, string credit)
        {
            var s = Structure(Top + StoryEnd + line + "\n\nThe committee will meet again in March.");

            Assert.Contains(s.Captions, c => c.Text == caption && c.Credit == credit);
            Assert.DoesNotContain("paints", Body(s));
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AHeadingWithALowerCaseLastWordAfterADashIsNoCaption()
        {
            var s = Structure(Top + StoryEnd + "Costs rose \u2014 and who pays\n\nThe committee will meet again in March to agree the fees for next year.");

            Assert.Empty(s.Captions);
        }

        // A picture left as Markdown: the alternative text is the caption, the address nobody's; with no alternative text, furniture.
        [Fact]
        public void AMarkdownPictureIsItsAltTextsCaptionOrFurniture()
        {
            var s = Structure(Top + "![](https://example.org/img/hall-roof.jpg)\n\n" + StoryEnd + "![The repaired roof of the hall in spring](https://example.org/img/roof.jpg)\n\nThe committee will meet again in March.");

            Assert.Contains(s.Captions, c => c.Text == "The repaired roof of the hall in spring" && c.Credit == null);
            Assert.Single(s.Captions);
            Assert.DoesNotContain("example.org", Body(s));
        }

        // A picture's verb that is the subject's noun, an auxiliary after it, narrates (category L: body text taken for a caption).
        [Theory]
        [InlineData("The next dance is on the first Saturday in May.")]
        [InlineData("The protest march will start from the church at noon.")]
        public void APictureVerbBeforeAnAuxiliaryIsNoPhotoDescription(string sentence)
        {
            var s = Structure(Top + "The hall committee thanked the volunteers who gave up their weekends.\n\n" + sentence + "\n\nThe committee will meet again in March.");

            Assert.Contains(sentence, Body(s));
            Assert.Empty(s.Captions);
        }
    }
}
