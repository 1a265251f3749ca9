using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using SeedModels.Testing;
using Xunit.Sdk;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>
    /// Snapshot files named the way Verify names them: <c>Class.Method[_param]#hintName.verified.cs</c>, beside the
    /// test source. A mismatch writes <c>.received.cs</c> next to it and fails; <c>SEEDMODELS_ACCEPT_SNAPSHOTS=1</c>
    /// overwrites the verified files instead (and removes ones the run no longer produces). The generator's version in
    /// <c>[GeneratedCode(…)]</c> is scrubbed to <see cref="VersionPlaceholder"/> first, as Verify users scrub what changes
    /// from build to build, so a new package version leaves every snapshot as it is.
    /// </summary>
    internal static class Snapshot
    {
        /// <summary>What stands in the snapshots where the generated code names the generator's version.</summary>
        public const string VersionPlaceholder = "{GeneratorVersion}";

        private const string GeneratedCodeOpening = "[global::System.CodeDom.Compiler.GeneratedCode(\"SeedModels.Generator\", \"";

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static bool Accept => Environment.GetEnvironmentVariable("SEEDMODELS_ACCEPT_SNAPSHOTS") == "1";

        public static void Verify(
            IReadOnlyList<(string HintName, string Text)> sources,
            string? parameter = null,
            [CallerFilePath] string testFile = "",
            [CallerMemberName] string testMethod = "")
        {
            var directory = SourceDirectory(testFile);
            var prefix = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + (parameter == null ? string.Empty : "_" + parameter) + "#";
            var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
            var failures = new List<string>();
            foreach (var (hintName, generated) in sources)
            {
                var text = Scrub(generated);
                var stem = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;
                var verified = Path.Combine(directory, prefix + stem + ".verified.cs");
                var received = Path.Combine(directory, prefix + stem + ".received.cs");
                expectedFiles.Add(verified);
                var bytes = StrictUtf8.GetBytes(text); // throws on a lone surrogate: generated source must be writable as UTF-8
                if (Accept)
                {
                    File.WriteAllBytes(verified, bytes);
                    File.Delete(received);
                    continue;
                }

                if (!File.Exists(verified))
                {
                    File.WriteAllBytes(received, bytes);
                    failures.Add("No snapshot " + Path.GetFileName(verified) + " (wrote " + Path.GetFileName(received) + ")");
                    continue;
                }

                var expected = File.ReadAllText(verified, StrictUtf8).Replace("\r\n", "\n");
                if (expected == text)
                {
                    File.Delete(received);
                    continue;
                }

                File.WriteAllBytes(received, bytes);
                failures.Add(Path.GetFileName(verified) + " differs (wrote " + Path.GetFileName(received) + "):\n" + Diff(expected, text));
            }

            foreach (var stale in Directory.GetFiles(directory, prefix + "*.verified.cs").Where(f => !expectedFiles.Contains(f)))
            {
                if (Accept)
                {
                    File.Delete(stale);
                }
                else
                {
                    failures.Add("Snapshot " + Path.GetFileName(stale) + " exists but the run generated no such source");
                }
            }

            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures) + "\n\nSet SEEDMODELS_ACCEPT_SNAPSHOTS=1 to accept the new output.");
            }
        }

        /// <summary>
        /// <paramref name="text"/> with the version in each <c>[GeneratedCode("SeedModels.Generator", "…")]</c> line replaced by
        /// <see cref="VersionPlaceholder"/>. Only a line that is that attribute and nothing else is touched: the article data's
        /// lines each open with a field name, so an article quoting the attribute keeps its text.
        /// </summary>
        public static string Scrub(string text)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].TrimStart(' ');
                if (trimmed.StartsWith(GeneratedCodeOpening, StringComparison.Ordinal) && trimmed.EndsWith("\")]", StringComparison.Ordinal) &&
                    trimmed.IndexOf('"', GeneratedCodeOpening.Length) == trimmed.Length - 3)
                {
                    lines[i] = lines[i].Substring(0, lines[i].Length - trimmed.Length) + GeneratedCodeOpening + VersionPlaceholder + "\")]";
                }
            }

            return string.Join("\n", lines);
        }

        /// <summary>
        /// The folder of the calling test's source. A deterministic CI build (ContinuousIntegrationBuild) maps source
        /// paths to <c>/_/…</c>; such a path is taken relative to the repository root.
        /// </summary>
        public static string SourceDirectory(string callerFilePath)
        {
            var directory = Path.GetDirectoryName(callerFilePath)!;
            if (Directory.Exists(directory))
            {
                return directory;
            }

            var normalized = directory.Replace('\\', '/');
            if (normalized.StartsWith("/_", StringComparison.Ordinal))
            {
                var slash = normalized.IndexOf('/', 1);
                var mapped = slash < 0 ? RepoRoot.Path : Path.Combine(RepoRoot.Path, normalized.Substring(slash + 1));
                if (Directory.Exists(mapped))
                {
                    return mapped;
                }
            }

            throw new DirectoryNotFoundException("The test source folder " + directory + " does not exist (a path-mapped build?)");
        }

        /// <summary>The first differing line, with a little context either side.</summary>
        private static string Diff(string expected, string actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var line = 0;
            while (line < e.Length && line < a.Length && e[line] == a[line])
            {
                line++;
            }

            var b = new StringBuilder();
            b.Append("first difference at line ").Append(line + 1).Append(" (verified ").Append(e.Length).Append(" lines, received ").Append(a.Length).Append(" lines)\n");
            for (var i = Math.Max(0, line - 2); i < Math.Min(Math.Max(e.Length, a.Length), line + 3); i++)
            {
                var el = i < e.Length ? e[i] : "<end>";
                var al = i < a.Length ? a[i] : "<end>";
                if (el == al)
                {
                    b.Append("  ").Append(i + 1).Append(": ").Append(el).Append('\n');
                }
                else
                {
                    b.Append("- ").Append(i + 1).Append(": ").Append(el).Append('\n');
                    b.Append("+ ").Append(i + 1).Append(": ").Append(al).Append('\n');
                }
            }

            return b.ToString();
        }
    }
}
