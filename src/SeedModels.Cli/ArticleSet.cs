using System;
using System.Collections.Generic;
using System.IO;
using SeedModels.Extraction.Naming;

namespace SeedModels.Cli
{
    /// <summary>
    /// The articles the command line names, read and named as the build reads and names them: each file shown under the
    /// path the user typed (or the typed folder and the path below it), in command-line order, a folder's files in path order.
    /// </summary>
    internal static class ArticleSet
    {
        /// <summary>Reads every article <paramref name="paths"/> name; each problem is one line for <paramref name="error"/>.</summary>
        /// <param name="paths">Files and folders as the user typed them.</param>
        /// <param name="currentDirectory">What relative paths are relative to.</param>
        /// <param name="error">Takes each problem (a path missing or unreadable, an article the engine failed on); the files that can be read are still read.</param>
        /// <param name="warning">Takes each remark that is no error (a folder holding no .txt file).</param>
        /// <param name="extract">Replaces the engine (tests force a failure through it).</param>
        /// <param name="folders">The typed folders, each with its full path.</param>
        public static List<InspectedArticle> Read(
            IReadOnlyList<string> paths, string currentDirectory, Action<string> error, Action<string> warning,
            Extraction.ArticleExtraction? extract, out List<(string Typed, string Full)> folders)
        {
            folders = new List<(string Typed, string Full)>();

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
                    error($"'{Display.Safe(path)}' is not a valid path");
                    continue;
                }

                if (Directory.Exists(full))
                {
                    folders.Add((path, full));
                    var errors = new List<string>();
                    var found = ArticleFiles.Below(full, errors);
                    errors.ForEach(e => error(Display.Safe(e.Replace(full, path.TrimEnd('/', '\\')))));
                    if (found.Count == 0 && errors.Count == 0)
                    {
                        warning($"'{Display.Safe(path)}' holds no .txt files"); // not an error: the folder was read
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
                    error($"'{Display.Safe(path)}' does not exist");
                }
            }

            var articles = new List<InspectedArticle>();
            foreach (var (file, shown) in files)
            {
                var bytes = ArticleFiles.Read(file, out var why);
                if (bytes == null)
                {
                    error($"cannot read '{Display.Safe(shown)}': {Display.Safe(OneLine(why))}");
                    continue;
                }

                var (article, diagnostics) = ArticleReader.Extract(bytes, shown, extract);
                foreach (var failure in diagnostics)
                {
                    if (failure.Id == Extraction.Diagnostics.DiagnosticIds.InternalError)
                    {
                        error($"failed on '{Display.Safe(shown)}' ({failure.Id}): {Display.Safe(failure.Message)}");
                    }
                }

                articles.Add(new InspectedArticle(shown, article, diagnostics));
            }

            AssignTypeNames(articles);
            return articles;
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
