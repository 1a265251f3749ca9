using System.Collections.Generic;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class CaptionDetectorTests
    {
        [Theory]
        [InlineData("(Twitter/ Jane Roe)", "Twitter/ Jane Roe")]
        [InlineData("(Image: Getty)", "Getty")]
        [InlineData("(Getty Images)", "Getty Images")]
        [InlineData("(Reuters)", "Reuters")]
        [InlineData("Photo: Mark Ellery / Getty Images", "Mark Ellery / Getty Images")]
        [InlineData("Picture: Tom Reyes", "Tom Reyes")]
        [InlineData("Source: Twitter", "Twitter")]
        [InlineData("Credit: Harbour Trust", "Harbour Trust")]
        [InlineData("pic: Harbour Trust", "Harbour Trust")]
        public void ReadsCreditLines(string line, string credit)
        {
            Assert.True(CaptionDetector.TryReadCreditLine(line, out var read));
            Assert.Equal(credit, read);
        }

        [Theory]
        [InlineData("(local time)")]
        [InlineData("(Image: )")]
        [InlineData("Photo: the scene was described by witnesses as chaotic.")]
        [InlineData("Source: one of the officers who was on duty that night told us everything about it")]
        [InlineData("(Jane Roe) said the plan would work")]
        [InlineData("The photographer sold the picture to Getty")]
        public void RejectsLinesThatAreNotCredits(string line)
        {
            Assert.False(CaptionDetector.TryReadCreditLine(line, out _));
        }

        [Theory]
        [InlineData("A fallen tree blocks the coast road (Getty Images)", "A fallen tree blocks the coast road", "Getty Images")]
        [InlineData("An archaeologist brushes soil from the mosaic (Ben Harlow/PA)", "An archaeologist brushes soil from the mosaic", "Ben Harlow/PA")]
        [InlineData("Crowds on the harbour wall (Image: Instagram)", "Crowds on the harbour wall", "Instagram")]
        [InlineData("A night bus waits at the interchange. Source: Tyneford Transport Authority", "A night bus waits at the interchange.", "Tyneford Transport Authority")]
        [InlineData("A heron in the shallows. Photo: Priya Kaur / Wildlife Trust", "A heron in the shallows.", "Priya Kaur / Wildlife Trust")]
        [InlineData("Runners cross the bridge | Picture: Tom Reyes", "Runners cross the bridge", "Tom Reyes")]
        [InlineData("Flood water on Main Street \u2014 Video: Sam Ito", "Flood water on Main Street", "Sam Ito")]
        [InlineData("The quay at dawn. PHOTO: Ana Lima.", "The quay at dawn.", "Ana Lima")]
        [InlineData("Lanterns along the canal \u2013 Photo: Mei Chen", "Lanterns along the canal", "Mei Chen")]
        [InlineData("Boats in the winter harbour Photo credit: Lee Park", "Boats in the winter harbour", "Lee Park")]
        [InlineData("Gulls over the old pier \u00A9 Nora Vale", "Gulls over the old pier", "Nora Vale")]
        public void ReadsInlineCredits(string line, string text, string credit)
        {
            Assert.True(CaptionDetector.TryReadCaptionLine(line, out var readText, out var readCredit));
            Assert.Equal(text, readText);
            Assert.Equal(credit, readCredit);
        }

        [Theory]
        [InlineData("He was released on Monday (local time)")]
        [InlineData("The mayor (a Democrat) spoke first.")]
        [InlineData("Officials said the report was wrong. They did not say why.")]
        public void RejectsLinesWithoutAnInlineCredit(string line)
        {
            Assert.False(CaptionDetector.TryReadCaptionLine(line, out _, out var credit));
            Assert.Null(credit);
        }

        [Theory]
        [InlineData("A firefighter sprays water on the burning roof of the warehouse.")]
        [InlineData("Protesters gather outside the town hall on Saturday.")]
        [InlineData("A lifeboat crew member waves to families waiting on the harbour wall.")]
        [InlineData("A lifeboat crew member hauls one of the kayaks aboard near the harbour.")]
        [InlineData("A woman carries her dog through the floodwater in Elm Street.")]
        public void RecognisesPresentTensePhotoDescriptions(string text)
        {
            Assert.True(PhotoDescriptionDetector.IsPhotoDescription(text));
        }

        [Theory]
        [InlineData("The council said it would review the policy next year.")]
        [InlineData("The report shows that prices rose sharply last year.")]
        [InlineData("Protesters will march through the city centre on Saturday.")]
        [InlineData("Two people were taken to hospital with minor injuries.")]
        [InlineData("Samples taken by inspectors found lead levels above the legal limit.")]
        [InlineData("The town's 4ft garden gnomes, a local favourite for years, sell out every spring.")]
        [InlineData("A firefighter sprays water on the roof. The fire spreads.")]
        [InlineData("\u201CWe are fine,\u201D she says to the crowd.")]
        [InlineData("A firefighter sprays water on the burning roof")]
        [InlineData("Council members in Brackenford voted on Tuesday to close the old library.")]
        [InlineData("Police officers at the scene arrested two men after a short chase.")]
        [InlineData("A group of officers at the harbour arrested two men after a short chase.")]
        [InlineData("Harbour crews at the pier work through the night to repair it.")]
        public void RejectsNarrativeSentences(string text)
        {
            Assert.False(PhotoDescriptionDetector.IsPhotoDescription(text));
        }

        [Fact]
        public void ACreditLineMakesTheShortLineBeforeItACaption()
        {
            var units = TextUnits("Players celebrate with fans on the pitch", "(Facebook/ Kestrel Rovers FC)", "The match ended in a draw. Both sides were happy.");
            units[1].Kind = UnitKind.Credit;
            units[1].Credit = "Facebook/ Kestrel Rovers FC";

            CaptionDetector.AttachCredits(units);

            Assert.Equal(UnitKind.Caption, units[0].Kind);
            Assert.Equal(("Players celebrate with fans on the pitch", "Facebook/ Kestrel Rovers FC"), (units[0].CaptionText, units[0].Credit));
            Assert.Equal(UnitKind.Text, units[2].Kind);
        }

        [Fact]
        public void CaptionRepeatedAsAltTextIsKeptOnceTheLonger()
        {
            var units = TextUnits("A grey heron stands in the shallows", "A grey heron stands in the shallows at Marsh End.", "A different picture of the lake");
            foreach (var unit in units)
            {
                unit.Kind = UnitKind.Caption;
                unit.CaptionText = unit.Text;
            }

            units[1].Credit = "Priya Kaur";

            var captions = CaptionDetector.Collect(units);

            Assert.Equal(
                new List<(string, string?)> { ("A grey heron stands in the shallows at Marsh End.", "Priya Kaur"), ("A different picture of the lake", null) },
                captions);
        }

        [Fact]
        public void StructureTakesAPhotoDescriptionBetweenBodyParagraphsAsACaption()
        {
            var s = Structure("Warehouse fire in Dockside\n\nA fire broke out at a warehouse on Monday. Nobody was hurt.\n\nA firefighter sprays water on the burning roof of the warehouse.\n\nThe cause of the fire is not yet known. Police are investigating.");

            Assert.Equal(new List<(string, string?)> { ("A firefighter sprays water on the burning roof of the warehouse.", null) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void StructureDecodesAnEscapedCaptionAndKeepsItsCredit()
        {
            var s = Structure("Tall ships arrive\n\nBy Jane Doe\n\n&lt;p&gt;Crowds line the harbour wall (Instagram/ Sail Festival)&lt;/p&gt;\n\nThe ships arrived on Friday. Thousands watched.\n\nThe festival ends on Sunday.");

            Assert.Equal(new List<(string, string?)> { ("Crowds line the harbour wall", "Instagram/ Sail Festival") }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Crowds", System.StringComparison.Ordinal));
        }
    }
}
