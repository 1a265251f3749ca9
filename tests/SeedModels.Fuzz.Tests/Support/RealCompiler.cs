using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// The C# compiler of the SDK that runs the tests (<c>dotnet exec …/sdk/&lt;version&gt;/Roslyn/bincore/csc.dll</c>), run as a
    /// process of its own on C# files in a folder, with its managed heap limited (<c>DOTNET_GCHeapHardLimit</c>: past it the
    /// compile fails with an OutOfMemoryException on any machine) and, where Linux's /proc exists, its peak resident memory read
    /// (<see cref="CompilerMemory"/>). What an in-memory Roslyn compilation cannot show: what one input costs the real compiler.
    /// </summary>
    internal static class RealCompiler
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        public sealed record Result(int ExitCode, string Output, long PeakBytes, bool TimedOut);

        /// <summary>Compiles <paramref name="sources"/> (name, text) in <paramref name="folder"/> into a library referencing the framework and SeedModels.</summary>
        public static Result Compile(string folder, IEnumerable<(string Name, string Text)> sources, long heapLimitBytes)
        {
            Directory.CreateDirectory(folder);
            var arguments = new List<string> { "-nologo", "-noconfig", "-t:library", "-nullable:enable", "-langversion:latest", "-out:" + Quote(Path.Combine(folder, "Generated.dll")) };
            foreach (var reference in References())
            {
                arguments.Add("-r:" + Quote(reference));
            }

            foreach (var (name, text) in sources)
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
                arguments.Add(Quote(path));
            }

            var rsp = Path.Combine(folder, "csc.rsp");
            File.WriteAllLines(rsp, arguments);
            var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + heapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture) };
            using var memory = new CompilerMemory(folder);
            var run = DotnetCli.Run(folder, Timeout, environment, "exec", CscPath(), "@" + rsp);
            memory.Dispose();
            return new Result(run.ExitCode, run.Output, memory.PeakBytes, run.TimedOut);
        }

        /// <summary>csc.dll of the newest SDK beside the running runtime.</summary>
        public static string CscPath()
        {
            var root = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory()).Parent!.Parent!.Parent!.FullName;
            var found = Directory.GetDirectories(Path.Combine(root, "sdk"))
                .Select(d => Path.Combine(d, "Roslyn", "bincore", "csc.dll"))
                .Where(File.Exists)
                .OrderBy(p => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(p)))!)?.Split('-')[0], out var v) ? v : new Version(0, 0))
                .LastOrDefault();
            return found ?? throw new InvalidOperationException("no csc.dll under " + Path.Combine(root, "sdk"));
        }

        /// <summary>The running framework's assemblies and SeedModels.</summary>
        private static IEnumerable<string> References()
        {
            foreach (var file in Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (IsAssembly(file))
                {
                    yield return file;
                }
            }

            yield return typeof(Article).Assembly.Location;
        }

        private static bool IsAssembly(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }

        private static string Quote(string path) => "\"" + path + "\"";
    }
}
