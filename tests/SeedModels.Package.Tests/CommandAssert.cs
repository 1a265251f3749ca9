using SeedModels.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Package.Tests
{
    /// <summary>The check every real build, pack and run of these tests starts with: its output logged, then success.</summary>
    internal static class CommandAssert
    {
        /// <summary>Logs what <paramref name="result"/> printed and fails unless it exited 0 within its time limit.</summary>
        public static void Succeeded(ITestOutputHelper log, CommandResult result)
        {
            log.WriteLine(result.Describe());
            Assert.True(result.ExitCode == 0 && !result.TimedOut, result.Describe());
        }
    }
}
