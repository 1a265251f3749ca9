using System;
using System.Linq;
using System.Text;
using SeedModels.Generator.Tests.Support;
using Xunit;

namespace SeedModels.Generator.Tests
{
    /// <summary>README "Using the package": same input → byte-identical source, whatever the order of the files.</summary>
    public sealed class DeterminismTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Output_is_byte_identical_whatever_the_order_of_the_files(int seed)
        {
            var files = Scenarios.Everything();
            var shuffled = files.ToList();
            var random = new Random(seed);
            for (var i = shuffled.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
            }

            Assert.False(files.SequenceEqual(shuffled), "the shuffle should change the order");

            var first = GeneratorHarness.Run(files);
            var second = GeneratorHarness.Run(shuffled);
            var reversed = GeneratorHarness.Run(files.Reverse());

            AssertSameBytes(first, second);
            AssertSameBytes(first, reversed);
        }

        [Fact]
        public void Running_twice_gives_the_same_bytes()
        {
            AssertSameBytes(GeneratorHarness.Run(Scenarios.Seeds()), GeneratorHarness.Run(Scenarios.Seeds()));
        }

        private static void AssertSameBytes(GeneratorRun expected, GeneratorRun actual)
        {
            var a = expected.Single.GeneratedSources;
            var b = actual.Single.GeneratedSources;
            Assert.Equal(a.Select(s => s.HintName), b.Select(s => s.HintName));
            for (var i = 0; i < a.Length; i++)
            {
                Assert.True(
                    Encoding.UTF8.GetBytes(a[i].SourceText.ToString()).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(b[i].SourceText.ToString())),
                    a[i].HintName + " differs between the two runs");
                Assert.Equal(a[i].SourceText.GetChecksum().ToArray(), b[i].SourceText.GetChecksum().ToArray());
            }
        }
    }
}
