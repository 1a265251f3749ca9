using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.MarrowbyLibraryStory;
using static SeedModels.Tests.StoryListBuilder;

namespace SeedModels.Tests
{
    /// <summary>
    /// A list closing the story keeps its items (bulleted, numbered, sentences with a short last item) and none of them
    /// is a crosshead, while the page's link lists and short lines after it still leave the body.
    /// </summary>
    public class ListClosingTheStoryTests
    {
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
    }
}
