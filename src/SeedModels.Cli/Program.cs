using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SeedModels.Cli
{
    /// <summary>
    /// <c>seedmodels inspect PATH… [--json]</c>, <c>seedmodels verify PATH… --snapshots DIR [--accept]</c>, <c>--help</c> and
    /// <c>--version</c> (at the top and per command): exit 0 on success, 1 when a path does not exist, a file could not be
    /// read, SeedModels failed on an article or a snapshot does not match, 2 on bad usage.
    /// </summary>
    public static class Program
    {
        public const int Success = 0;

        /// <summary>A path missing or unreadable, or an article the engine failed on; the other files are still reported.</summary>
        public const int Failed = 1;

        public const int BadUsage = 2;

        public const string Usage = "usage: seedmodels inspect PATH... [--json] | seedmodels verify PATH... --snapshots DIR [--accept]";

        private static readonly string[] HelpText =
        {
            "seedmodels: shows what SeedModels makes of news-article text files.",
            string.Empty,
            "usage:",
            "  seedmodels inspect PATH... [--json]                   report each article file (a .txt file, or every .txt under a folder)",
            "  seedmodels verify PATH... --snapshots DIR [--accept]  compare each article with its committed snapshot",
            "  seedmodels --version                                  print the version",
            "  seedmodels --help                                     print this help; 'seedmodels <command> --help' for a command's",
        };

        private static readonly string[] InspectHelpText =
        {
            "usage: seedmodels inspect PATH... [--json]",
            string.Empty,
            "Shows what each article file becomes: headline, standfirst, byline, dateline, quotes with speakers, captions,",
            "crossheads, paragraphs, source, url, tags and diagnostics, the same as the build generates.",
            string.Empty,
            "arguments:",
            "  PATH      an article file, or a folder (every .txt below it, in path order); paths are shown as typed",
            "options:",
            "  --json    print one JSON document instead of the readable report",
            "  --help    print this help",
            "  --version print the version",
            string.Empty,
            "exit codes: 0 success; 1 a path does not exist or cannot be read, or SeedModels failed on an article",
            "(a one-line error each on stderr; the other files are still reported); 2 bad usage",
        };

        private static readonly string[] VerifyHelpText =
        {
            "usage: seedmodels verify PATH... --snapshots DIR [--accept]",
            string.Empty,
            "Snapshot tests of what articles become, for CI. Each article's JSON (as 'inspect --json' gives it) is compared",
            "with DIR/<path>.verified.json, <path> being the article's path as typed without .txt. A new or changed article",
            "writes DIR/<path>.received.json beside it and fails; a snapshot under a verified folder with no article left",
            "(renamed or removed) fails too. Commit the .verified.json files; ignore *.received.json.",
            string.Empty,
            "options:",
            "  --snapshots DIR  the folder of the snapshot files (required)",
            "  --accept         make every received snapshot the verified one and delete left-over snapshots",
            "  --help           print this help",
            "  --version        print the version",
            string.Empty,
            "exit codes: 0 every snapshot matches (or was accepted); 1 a snapshot is new, differs or is left over, or a",
            "path cannot be read; 2 bad usage",
        };

        /// <summary>The informational version (the package version, and the commit after a '+').</summary>
        public static string Version =>
            typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
        {
            if (args.Length == 0)
            {
                stderr.WriteLine("seedmodels: missing command. " + Usage);
                return BadUsage;
            }

            if (IsHelp(args[0]) || IsVersion(args[0]))
            {
                return args.Length == 1 ? Print(stdout, IsHelp(args[0]) ? HelpText : new[] { Version }) : Unexpected(stderr, args[1]);
            }

            if (args[0] != "inspect" && args[0] != "verify")
            {
                stderr.WriteLine((args[0].StartsWith("-", StringComparison.Ordinal) ? $"seedmodels: unknown option '{args[0]}'. " : $"seedmodels: unknown command '{args[0]}'. ") + Usage);
                return BadUsage;
            }

            var verify = args[0] == "verify";
            var json = false;
            var accept = false;
            string? snapshots = null;
            var paths = new List<string>();
            for (var i = 1; i < args.Length; i++)
            {
                if (IsHelp(args[i]))
                {
                    return Print(stdout, verify ? VerifyHelpText : InspectHelpText);
                }

                if (IsVersion(args[i]))
                {
                    return Print(stdout, new[] { Version });
                }

                if (args[i] == "--json" && !verify)
                {
                    json = true;
                }
                else if (args[i] == "--accept" && verify)
                {
                    accept = true;
                }
                else if (args[i] == "--snapshots" && verify)
                {
                    if (i + 1 == args.Length)
                    {
                        stderr.WriteLine("seedmodels: --snapshots needs a folder. " + Usage);
                        return BadUsage;
                    }

                    snapshots = args[++i];
                }
                else if (args[i].StartsWith("-", StringComparison.Ordinal) && args[i].Length > 1)
                {
                    stderr.WriteLine($"seedmodels: unknown option '{args[i]}' for {args[0]}. " + Usage);
                    return BadUsage;
                }
                else
                {
                    paths.Add(args[i]);
                }
            }

            if (paths.Count == 0)
            {
                stderr.WriteLine($"seedmodels: {args[0]} needs at least one file or folder. " + Usage);
                return BadUsage;
            }

            if (verify && snapshots == null)
            {
                stderr.WriteLine("seedmodels: verify needs --snapshots DIR. " + Usage);
                return BadUsage;
            }

            return verify
                ? VerifyCommand.Run(paths, snapshots!, accept, stdout, stderr, currentDirectory)
                : InspectCommand.Run(paths, json, stdout, stderr, currentDirectory);
        }

        private static bool IsHelp(string arg) => arg == "--help" || arg == "-h" || arg == "-?";

        private static bool IsVersion(string arg) => arg == "--version";

        private static int Print(TextWriter stdout, IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                stdout.WriteLine(line);
            }

            return Success;
        }

        private static int Unexpected(TextWriter stderr, string arg)
        {
            stderr.WriteLine($"seedmodels: unexpected '{arg}'. " + Usage);
            return BadUsage;
        }
    }
}
