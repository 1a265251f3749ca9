using System.Collections.Generic;
using SeedModels.Extraction.Naming;
using Xunit;

namespace SeedModels.Tests
{
    public class IdentifiersTests
    {
        [Theory]
        [InlineData("Lifeboat crews rescue four kayakers", "LifeboatCrewsRescueFourKayakers")]
        [InlineData("council votes to move bin collections", "CouncilVotesToMoveBinCollections")]
        [InlineData("Harbour's wall: rebuilt at last!", "HarboursWallRebuiltAtLast")]
        [InlineData("pro-Trump rally", "ProTrumpRally")]
        [InlineData("NASA launches probe", "NasaLaunchesProbe")]
        [InlineData("US and UK sign deal", "USAndUKSignDeal")]
        public void HeadlinesBecomePascalCase(string headline, string expected)
        {
            Assert.Equal(expected, Identifiers.FromText(headline));
        }

        [Fact]
        public void LongHeadlinesAreCutAtAWordBoundaryWithinFortyCharacters()
        {
            // Lifeboat(8) Crews(13) Rescue(19) Four(23) Kayakers(31) Near(35) Windswept(44): Windswept does not fit.
            var id = Identifiers.FromText("Lifeboat crews rescue four kayakers near windswept headland after storm");

            Assert.Equal("LifeboatCrewsRescueFourKayakersNear", id);
            Assert.True(id.Length <= Identifiers.MaxLength);
        }

        [Fact]
        public void TrailingLittleWordsAreDropped()
        {
            // The cut falls after "For The": both are dropped.
            Assert.Equal("CouncilApprovesEmergencyFunding", Identifiers.FromText("Council approves emergency funding for the flood defences"));
            Assert.Equal("StormWarning", Identifiers.FromText("Storm warning for"));
        }

        [Theory]
        [InlineData("2021 budget approved", "Article2021BudgetApproved")]
        [InlineData("10 things to know", "Article10ThingsToKnow")]
        public void LeadingDigitsGetAPrefix(string headline, string expected)
        {
            var id = Identifiers.FromText(headline);

            Assert.Equal(expected, id);
            Assert.True(Identifiers.IsValid(id));
        }

        [Theory]
        [InlineData("class")]
        [InlineData("public static void")]
        [InlineData("*/ </summary> \" \\ ;")]
        public void HeadlinesOfKeywordsAndSymbolsStillGiveValidIdentifiers(string headline)
        {
            var id = Identifiers.For(null, headline, "seeds/harbour-wall.txt");

            Assert.True(Identifiers.IsValid(id), id);
        }

        [Theory]
        [InlineData("CapitolSelfie", true)]
        [InlineData("_private", true)]
        [InlineData("Article2", true)]
        [InlineData("class", false)]
        [InlineData("record", false)]
        [InlineData("__makeref", false)]
        [InlineData("__arglist", false)]
        [InlineData("__reftype", false)]
        [InlineData("__refvalue", false)]
        [InlineData("__Makeref", true)]
        [InlineData("2Articles", false)]
        [InlineData("Capitol Selfie", false)]
        [InlineData("Capitol-Selfie", false)]
        [InlineData("", false)]
        public void IsValidChecksIdAnnotations(string id, bool valid)
        {
            Assert.Equal(valid, Identifiers.IsValid(id));
        }

        [Fact]
        public void AValidIdAnnotationIsUsedAsItIs()
        {
            Assert.Equal("HarbourWall", Identifiers.For("HarbourWall", "Something else entirely", "seeds/a.txt"));
        }

        [Theory]
        [InlineData("class")]
        [InlineData("2Walls")]
        [InlineData("Harbour Wall")]
        public void AnInvalidIdAnnotationFallsBackToTheHeadline(string id)
        {
            Assert.Equal("WallRebuilt", Identifiers.For(id, "Wall rebuilt", "seeds/a.txt"));
        }

        [Theory]
        [InlineData(null, "seeds/harbour-wall-rebuilt.txt", "HarbourWallRebuilt")]
        [InlineData("", "seeds\\sub\\storm_warning.txt", "StormWarning")]
        [InlineData("!!!", "seeds/000_36d0c22b.txt", "Article00036d0c22b")]
        [InlineData(null, "seeds/---.txt", "Article")]
        public void WithoutAHeadlineTheFileNameIsUsed(string? headline, string file, string expected)
        {
            Assert.Equal(expected, Identifiers.For(null, headline, file));
        }

        [Fact]
        public void CollidingIdentifiersGetSuffixesInSourcePathOrder()
        {
            var names = IdentifierAssigner.Assign(new List<(string, string)> { ("Wall", "seeds/c.txt"), ("Wall", "seeds/a.txt"), ("Storm", "seeds/d.txt"), ("Wall", "seeds/b.txt") });

            Assert.Equal(new (string, string?)[] { ("Wall3", "seeds/a.txt"), ("Wall", null), ("Storm", null), ("Wall2", "seeds/a.txt") }, names);
        }

        [Fact]
        public void SuffixesDoNotDependOnInputOrder()
        {
            var forward = new List<(string, string)> { ("Wall", "seeds/a.txt"), ("Wall", "seeds/b.txt"), ("Wall", "seeds/c.txt") };
            var backward = new List<(string, string)> { forward[2], forward[1], forward[0] };

            var a = IdentifierAssigner.Assign(forward);
            var b = IdentifierAssigner.Assign(backward);

            Assert.Equal(new[] { "Wall", "Wall2", "Wall3" }, new[] { a[0].TypeName, a[1].TypeName, a[2].TypeName });
            Assert.Equal(new[] { "Wall3", "Wall2", "Wall" }, new[] { b[0].TypeName, b[1].TypeName, b[2].TypeName });
        }

        [Fact]
        public void ReservedNamesAreNotGiven()
        {
            var names = IdentifierAssigner.Assign(new List<(string, string)> { ("All", "seeds/a.txt") }, new HashSet<string> { "All" });

            Assert.Equal("All2", names[0].TypeName);
        }
    }
}
