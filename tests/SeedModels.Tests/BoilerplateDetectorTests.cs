using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class BoilerplateDetectorTests
    {
        [Theory]
        [InlineData("Do you have a story tip? Email: tips@example.com")]
        [InlineData("You can also follow us on Twitter and Facebook")]
        [InlineData("Sign up to our newsletter")]
        [InlineData("Read more: Why the bins are late again")]
        [InlineData("  READ MORE: Council tax rises  ")]
        [InlineData("advertisement")]
        [InlineData("this article was originally published by the Gazette")]
        [InlineData("WATCH: the flood from the air")]
        public void RecognisesPublisherFurniture(string line)
        {
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out var named));
            Assert.Null(named);
        }

        [Fact]
        public void OriginallyPublishedAsNamesAHeadline()
        {
            Assert.True(BoilerplateDetector.IsBoilerplate("Originally published as Bees return to the valley ", out var named));
            Assert.Equal("Bees return to the valley", named);
        }

        [Theory]
        [InlineData("Readers were asked to sign up to the scheme.")]
        [InlineData("The email was sent on Monday.")]
        [InlineData("More than 200 people signed the petition.")]
        [InlineData("Follow the money, she said.")]
        [InlineData("")]
        [InlineData("\u00C9mile Zola signed up to the scheme.")]
        [InlineData("4 more: the rest of the list")]
        public void OrdinarySentencesAreNotBoilerplate(string line)
        {
            Assert.False(BoilerplateDetector.IsBoilerplate(line, out _));
        }

        [Fact]
        public void StructureLeavesBoilerplateOutOfBodyAndCrossheads()
        {
            var s = Structure(
                "Town votes on new budget\n\nThe council met on Tuesday. The debate lasted four hours.\n\nRead more: Parking charges explained\n\n" +
                "The new budget takes effect in April. Residents will see the changes.\n\nSign up to our newsletter\n\nThe next meeting is in May. It is open to the public.\n\n" +
                "Do you have a story tip? Email: tips@example.com\n\nYou can also follow us on Facebook");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.Empty(s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Read more", System.StringComparison.Ordinal) || p.Text.Contains("newsletter", System.StringComparison.Ordinal));
        }

        [Fact]
        public void StructureTakesTheHeadlineFromATrailingOriginallyPublishedAs()
        {
            var s = Structure("The bees came back this spring. Keepers were delighted.\n\nHives in the valley are full again.\n\nOriginally published as Bees return to the valley");

            Assert.Equal("Bees return to the valley", s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Originally", System.StringComparison.Ordinal));
        }
    }
}
