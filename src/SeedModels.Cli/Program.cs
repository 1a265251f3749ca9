using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SeedModels.Cli
{
    /// <summary>
    /// <c>seedmodels inspect PATH… [--json]</c>, <c>--help</c> and <c>--version</c> (at the top and per command): exit 0 on
    /// success, 1 when a path does not exist, a file could not be read or SeedModels failed on an article, 2 on bad usage.
    /// </summary>
    public static class Program
    {
        public const int Success = 0;

        /// <summary>A path missing or unreadable, or an article the engine failed on; the other files are still reported.</summary>
        public const int Failed = 1;

        public const int BadUsage = 2;

        public const string Usage = "usage: seedmodels inspect PATH... [--json]";

        private static readonly string[] HelpText =
        {
            "seedmodels: shows what SeedModels makes of news-article text files.",
            string.Empty,
            "usage:",
            "  seedmodels inspect PATH... [--json]   report each article file (a .txt file, or every .txt under a folder)",
            "  seedmodels --version                  print the version",
            "  seedmodels --help                     print this help; 'seedmodels inspect --help' for the command's",
        };

        private static readonly string[] InspectHelpText =
        {
            Usage,
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

            if (args[0] != "inspect")
            {
                stderr.WriteLine((args[0].StartsWith("-", StringComparison.Ordinal) ? $"seedmodels: unknown option '{args[0]}'. " : $"seedmodels: unknown command '{args[0]}'. ") + Usage);
                return BadUsage;
            }

            var json = false;
            var paths = new List<string>();
            for (var i = 1; i < args.Length; i++)
            {
                if (IsHelp(args[i]))
                {
                    return Print(stdout, InspectHelpText);
                }

                if (IsVersion(args[i]))
                {
                    return Print(stdout, new[] { Version });
                }

                if (args[i] == "--json")
                {
                    json = true;
                }
                else if (args[i].StartsWith("-", StringComparison.Ordinal) && args[i].Length > 1)
                {
                    stderr.WriteLine($"seedmodels: unknown option '{args[i]}'. " + Usage);
                    return BadUsage;
                }
                else
                {
                    paths.Add(args[i]);
                }
            }

            if (paths.Count == 0)
            {
                stderr.WriteLine("seedmodels: inspect needs at least one file or folder. " + Usage);
                return BadUsage;
            }

            return InspectCommand.Run(paths, json, stdout, stderr, currentDirectory);
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
