using System.Collections.Generic;
using SeedModels.Extraction.Speakers;
using Xunit;

namespace SeedModels.Tests
{
    public class MentionIndexTests
    {
        private static MentionIndex Index() => new MentionIndex(new List<Mention>
        {
            new Mention(0, 0, "John Smith", MentionKind.Person, Strong: false),
            new Mention(0, 20, "Jane Doe", MentionKind.Person, Strong: false),
            new Mention(1, 0, "Ms Doe", MentionKind.Person, Strong: true, Gender.Female),
            new Mention(1, 30, "Acme Shipping Group", MentionKind.Organisation, Strong: true),
        });

        [Fact]
        public void AGenderSeenAtOneMentionOfASurnameHoldsForAllOfThem()
        {
            // "he" skips Ms Doe and, by her surname, Jane Doe.
            Assert.Equal("John Smith", Index().LastBefore(2, 0, MentionKind.Person, Gender.Male)?.Name);
            Assert.Equal("Ms Doe", Index().LastBefore(2, 0, MentionKind.Person, Gender.Female)?.Name);
        }

        [Fact]
        public void AShortFormLeadsToTheFirstFullName()
        {
            var index = Index();

            Assert.Equal("Jane Doe", index.FullName("Doe", allowFirstName: false));
            Assert.Equal("Jane Doe", index.FullName("Jane", allowFirstName: true));
            Assert.Null(index.FullName("Jane", allowFirstName: false));
            Assert.Null(index.FullName("Ms", allowFirstName: true)); // a title is no first name
        }

        [Fact]
        public void AnAcronymLeadsToTheNameItsCapitalsSpell()
        {
            Assert.Equal("Acme Shipping Group", Index().Expand("ASG"));
            Assert.Equal("John Smith", Index().Expand("JS"));
            Assert.Null(Index().Expand("XYZ"));
        }
    }
}
