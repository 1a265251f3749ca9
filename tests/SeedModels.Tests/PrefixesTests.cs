using System;
using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class PrefixesTests
    {
        private static readonly Prefixes Labels = new Prefixes("published on", "Photo:", "posted", "Date", "1 of");

        [Theory]
        [InlineData("Published on Monday", "published on,Photo:,posted")]
        [InlineData("POSTED: today", "published on,Photo:,posted")]
        [InlineData("date 7 January", "Date")]
        [InlineData("1 of 3", "1 of")]
        [InlineData("The council", "")]
        [InlineData("", "")]
        public void GivesThePrefixesSharingTheFirstLetterInTheirOrder(string text, string expected)
        {
            Assert.Equal(expected, string.Join(",", Labels.For(text)));
        }

        [Fact]
        public void LooksAtTheGivenOffset()
        {
            Assert.Equal("published on,Photo:,posted", string.Join(",", Labels.For("A heron. photo: Kaur", 9)));
            Assert.Empty(Labels.For("A heron.", 8));
        }

        [Fact]
        public void OutsideAsciiEveryPrefixIsACandidate()
        {
            Assert.Equal(5, Labels.For("\u017Fosted").Length);
            Assert.Equal(2, new Prefixes("\u00C9t\u00E9", "x").For("x").Length); // a prefix outside ASCII: always all
        }

        [Fact]
        public void NoPrefixAnyTextStartsWithIsLeftOut()
        {
            var prefixes = new[] { "Read more:", "Related:", "Sign up to", "Image:", "Watch:", "published", "2 min" };
            var set = new Prefixes(prefixes);
            foreach (var text in new[] { "read more: x", "RELATED: y", "sign up to z", "image: Getty", "WATCH: it", "Published", "2 min read", "Photo", "" })
            {
                foreach (var prefix in prefixes.Where(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                {
                    Assert.Contains(prefix, set.For(text));
                }
            }
        }
    }
}
