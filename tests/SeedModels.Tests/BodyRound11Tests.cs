using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 11: a story that closes with a list (a closing list of tips, events or steps) keeps every item and the
    /// sentence introducing it, while the page's lines after the story still leave. Every page here is invented: its town,
    /// paper and people exist nowhere.
    /// </summary>
    public class BodyRound11Tests
    {
        private const string Top = "Marrowby library reopens after flood repairs\n\nBy Tessa Quenby\n\nThe Marrowby public library reopened on Monday after eight months of repairs to its flooded ground floor. Staff said more than four hundred readers came through the doors on the first day.\n\n";
        private const string Middle = "The repairs cost the town council about half of what it had set aside, because the shelving on the upper floor was saved.";

        private static readonly string[] EventItems =
        {
            "A story hour for children every Saturday morning in the new reading room",
            "A talk by the county archivist on the history of the old mill",
            "Free help with online forms on Tuesday afternoons",
            "A book sale",
        };

        private static string List(string[] items, string mark, string between) =>
            string.Join(between, items.Select((item, k) => (mark == "1." ? (k + 1) + "." : mark) + " " + item));

        private static void AssertKeepsList(ArticleStructure s, string introducer, string[] items)
        {
            var body = string.Join("\n", s.Paragraphs.Select(p => p.Text));
            Assert.Contains(introducer, body);
            foreach (var item in items)
            {
                Assert.Contains(item, body);
            }

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
        }

        // The list's items each on their own line, or together under the introducer (category L: body text lost).
        [Theory]
        [InlineData("-", "\n\n")]
        [InlineData("\u2022", "\n\n")]
        [InlineData("*", "\n\n")]
        [InlineData("1.", "\n\n")]
        [InlineData("-", "\n")]
        [InlineData("\u2022", "\n")]
        [InlineData("1.", "\n")]
        public void AListClosingTheStoryStaysTheStorys(string mark, string between)
        {
            const string introducer = "The library offers these events in its first month:";
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\n" + List(EventItems, mark, between));

            AssertKeepsList(s, introducer, EventItems);
        }

        [Theory]
        [InlineData("Share this:\n\nFacebook\n\nTwitter\n\nEmail")]
        [InlineData("Related: Marrowby bridge closes for repairs")]
        [InlineData("Tags: library, flood, Marrowby")]
        public void AClosingListKeepsItsItemsAndThePagesLinesAfterItLeave(string furniture)
        {
            const string introducer = "The council set out three steps for the next year:";
            string[] steps = { "Raise the ground floor shelving above the flood line", "Fit new pumps in the basement before the winter", "Train volunteers" };
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\n" + List(steps, "1.", "\n\n") + "\n\n" + furniture);

            AssertKeepsList(s, introducer, steps);
            var body = string.Join("\n", s.Paragraphs.Select(p => p.Text));
            Assert.DoesNotContain("Facebook", body);
            Assert.DoesNotContain("bridge closes", body);
            Assert.DoesNotContain("Tags", body);
        }

        // Items that end with a full stop, the last a short one without (the last item was dropped as a trailing line).
        [Fact]
        public void TheLastShortItemOfAListOfSentencesStaysTheStorys()
        {
            var s = Structure(Top + Middle + "\n\nBorrowers can help in three ways.\n\n\u2022 Return books on time so that others can read them too.\n\n" +
                              "\u2022 Use the new self-service machines by the door.\n\n\u2022 Ask staff for help\n\nMarrowby Courier");

            var body = string.Join("\n", s.Paragraphs.Select(p => p.Text));
            Assert.Contains("Ask staff for help", body);
            Assert.DoesNotContain("Marrowby Courier", body);
        }

        [Fact]
        public void ANumberedListsItemsAreNoCrossheads()
        {
            var s = Structure(Top + Middle + "\n\nThe council set out three steps:\n\n1. Raise the ground floor shelving above the flood line\n\n" +
                              "2. Fit new pumps in the basement before the winter\n\n3. Train volunteers to move books upstairs when the river rises.\n\n" +
                              "The work will start in the spring, the council said.");

            Assert.Empty(s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("1. Raise"));
        }

        // Guards: the page's short lines after the story still leave, list or no list.
        [Theory]
        [InlineData("Most read on our site:")]
        [InlineData("More from the Marrowby Courier:")]
        public void ALinkListsLabelOverBulletedHeadlinesStillLeaves(string label)
        {
            var s = Structure(Top + Middle + "\n\n" + label + "\n\n\u2022 Marrowby bridge closes for repairs\n\n\u2022 Harbour festival returns in June");

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ShortLinesAfterTheStoryStillLeave()
        {
            var s = Structure(Top + Middle + "\n\nMarrowby bridge closes for repairs\n\nHarbour festival returns in June");

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ALineAfterTheListWithoutItsMarkStillLeaves()
        {
            const string introducer = "Here are the librarian's tips for borrowers:";
            string[] tips = { "Return books on time", "Ask staff for help" };
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\n" + List(tips, "-", "\n\n") + "\n\nMarrowby Courier newsroom");

            AssertKeepsList(s, introducer, tips);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("newsroom"));
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
    }
}
