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

            // Each file with the path it is shown under: as the user typed it, or the typed folder and the path below it.
            var files = new List<(string Full, string Shown)>();
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
                    errors.ForEach(e => Error(Display.Safe(e.Replace(full, path.TrimEnd('/', '\\')))));
                    if (found.Count == 0 && errors.Count == 0)
                    {
                        stderr.WriteLine($"seedmodels: warning: '{Display.Safe(path)}' holds no .txt files"); // not an error: the folder was read
                    }

                    foreach (var file in found)
                    {
                        files.Add((file, Below(path, Path.GetRelativePath(full, file))));
                    }
                }
                else if (File.Exists(full))
                {
                    files.Add((full, path));
                }
                else
                {
                    Error($"'{Display.Safe(path)}' does not exist");
                }
            }

            var articles = new List<InspectedArticle>();
            foreach (var (file, shown) in files)
            {
                var bytes = ArticleFiles.Read(file, out var why);
                if (bytes == null)
                {
                    Error($"cannot read '{Display.Safe(shown)}': {Display.Safe(OneLine(why))}");
                    continue;
                }

                var (article, diagnostics) = ArticleReader.Extract(bytes, shown, extract);
                foreach (var failure in diagnostics)
                {
                    if (failure.Id == Extraction.Diagnostics.DiagnosticIds.InternalError)
                    {
                        Error($"failed on '{Display.Safe(shown)}' ({failure.Id}): {Display.Safe(failure.Message)}");
                    }
                }

                articles.Add(new InspectedArticle(shown, article, diagnostics));
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

        /// <summary>A file found below a folder, shown under the folder as typed (<c>seeds/a.txt</c>; <c>a.txt</c> for <c>.</c>).</summary>
        private static string Below(string typedFolder, string relative)
        {
            relative = relative.Replace('\\', '/');
            var folder = typedFolder.TrimEnd('/', '\\');
            return folder.Length == 0 ? "/" + relative : folder == "." ? relative : folder + "/" + relative;
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
