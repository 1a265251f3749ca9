using System;
using System.Collections.Generic;
using System.IO;
using SeedModels.Extraction.Naming;

namespace SeedModels.Cli
{
    /// <summary>Reads the files named on the command line and prints what each article becomes.</summary>
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
            void Error(string message)
            {
                stderr.WriteLine("seedmodels: " + message);
                exit = Program.Failed;
            }

            var files = new List<string>();
            foreach (var path in paths)
            {
                string full;
                try
                {
                    full = Path.GetFullPath(path, currentDirectory);
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
                {
                    Error($"'{Display.Safe(path)}' is not a valid path");
                    continue;
                }

                if (Directory.Exists(full))
                {
                    var errors = new List<string>();
                    var found = ArticleFiles.Below(full, errors);
                    errors.ForEach(e => Error(Display.Safe(e)));
                    if (found.Count == 0 && errors.Count == 0)
                    {
                        stderr.WriteLine($"seedmodels: warning: '{Display.Safe(path)}' holds no .txt files"); // not an error: the folder was read
                    }

                    files.AddRange(found);
                }
                else if (File.Exists(full))
                {
                    files.Add(full);
                }
                else
                {
                    Error($"'{Display.Safe(path)}' does not exist");
                }
            }

            var articles = new List<InspectedArticle>();
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(currentDirectory, file).Replace('\\', '/');
                var bytes = ArticleFiles.Read(file, out var why);
                if (bytes == null)
                {
                    Error($"cannot read '{Display.Safe(relative)}': {Display.Safe(OneLine(why))}");
                    continue;
                }

                var (article, diagnostics) = ArticleReader.Extract(bytes, relative, extract);
                foreach (var failure in diagnostics)
                {
                    if (failure.Id == Extraction.Diagnostics.DiagnosticIds.InternalError)
                    {
                        Error($"failed on '{Display.Safe(relative)}' ({failure.Id}): {Display.Safe(failure.Message)}");
                    }
                }

                articles.Add(new InspectedArticle(relative, article, diagnostics));
            }

            AssignTypeNames(articles);
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

        private static string OneLine(string? message) => (message ?? "unknown error").Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();

        /// <summary>The names the generator gives with the default catalog name, decided where the generator decides them (ArticleCatalog).</summary>
        private static void AssignTypeNames(List<InspectedArticle> articles)
        {
            var readable = new List<InspectedArticle>();
            foreach (var a in articles)
            {
                if (a.Article != null)
                {
                    readable.Add(a);
                }
            }

            ArticleCatalog.Order(readable, a => a.SourceFile);
            var keys = new List<(string Identifier, string SourceFile)>();
            foreach (var a in readable)
            {
                keys.Add((a.Article!.Id, a.SourceFile));
            }

            var names = ArticleCatalog.Name(keys, ReservedNames.DefaultCatalogName);
            for (var i = 0; i < readable.Count; i++)
            {
                readable[i].TypeName = names[i].TypeName;
            }
        }
    }
}
