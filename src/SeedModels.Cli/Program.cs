using System;
using System.IO;

namespace SeedModels.Cli
{
    /// <summary><c>seedmodels inspect PATH… [--json]</c>: exit 0 on success, 1 when a path does not exist or a file could not be read, 2 on bad usage.</summary>
    public static class Program
    {
        public const int Success = 0;

        /// <summary>A path missing or unreadable, or an article the engine failed on; the other files are still reported.</summary>
        public const int Failed = 1;

        public const int BadUsage = 2;

        public const string Usage = "usage: seedmodels inspect PATH... [--json]";

        public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
        {
            if (args.Length == 1 && (args[0] == "--help" || args[0] == "-h"))
            {
                stdout.WriteLine(Usage);
                stdout.WriteLine("Shows what each article file (a .txt file, or every .txt under a folder) becomes: headline, byline, dateline,");
                stdout.WriteLine("quotes with speakers, captions, crossheads, paragraphs and diagnostics. --json prints one JSON document.");
                return Success;
            }

            if (args.Length == 0 || args[0] != "inspect")
            {
                stderr.WriteLine(args.Length == 0 ? "seedmodels: missing command. " + Usage : $"seedmodels: unknown command '{args[0]}'. " + Usage);
                return BadUsage;
            }

            var json = false;
            var paths = new System.Collections.Generic.List<string>();
            for (var i = 1; i < args.Length; i++)
            {
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
    }
}
