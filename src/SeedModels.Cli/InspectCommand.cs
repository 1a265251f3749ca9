using System.Collections.Generic;
using System.IO;

namespace SeedModels.Cli
{
    /// <summary><c>seedmodels inspect</c>: reads the files named on the command line and prints what each article becomes.</summary>
    internal static class InspectCommand
    {
        /// <param name="paths">Files and folders as the user typed them.</param>
        /// <param name="json">Whether to print the JSON document instead of the readable report.</param>
        /// <param name="stdout">Where the report goes.</param>
        /// <param name="stderr">Where the one-line errors go.</param>
        /// <param name="currentDirectory">What relative paths are relative to.</param>
        /// <param name="extract">Replaces the engine (tests force a failure through it).</param>
        public static int Run(IReadOnlyList<string> paths, bool json, TextWriter stdout, TextWriter stderr, string currentDirectory, Extraction.ArticleExtraction? extract = null)
        {
            // Every problem is one line on stderr and exit code 1; the files that can be read are still reported.
            var exit = Program.Success;
            var articles = ArticleSet.Read(
                paths,
                currentDirectory,
                message =>
                {
                    stderr.WriteLine("seedmodels: " + message);
                    exit = Program.Failed;
                },
                message => stderr.WriteLine("seedmodels: warning: " + message),
                extract,
                out _);
            if (json)
            {
                JsonReport.Write(articles, stdout);
            }
            else
            {
                TextReport.Write(articles, stdout);
            }

            return exit;
        }
    }
}
