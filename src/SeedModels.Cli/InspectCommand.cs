using System;
using System.Collections.Generic;
using System.IO;
using SeedModels.Extraction.Naming;

namespace SeedModels.Cli
{
    /// <summary>Reads the files named on the command line and prints what each article becomes.</summary>
    internal static class InspectCommand
    {
        public static int Run(IReadOnlyList<string> paths, bool json, TextWriter stdout, TextWriter stderr, string currentDirectory)
        {
            var exit = Program.Success;
            var files = new List<string>();
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(path, currentDirectory);
                if (Directory.Exists(full))
                {
                    var found = Directory.GetFiles(full, "*.txt", SearchOption.AllDirectories);
                    Array.Sort(found, StringComparer.Ordinal);
                    files.AddRange(found);
                }
                else if (File.Exists(full))
                {
                    files.Add(full);
                }
                else
                {
                    stderr.WriteLine($"seedmodels: '{path}' does not exist");
                    exit = Program.MissingPath;
                }
            }

            var articles = new List<InspectedArticle>();
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(currentDirectory, file).Replace('\\', '/');
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(file);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    stderr.WriteLine($"seedmodels: cannot read '{relative}': {e.Message}");
                    exit = Program.MissingPath;
                    continue;
                }

                articles.Add(new InspectedArticle(relative, ArticleReader.Parse(bytes, relative)));
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

        /// <summary>The names the generator gives: identifiers made distinct by source path order.</summary>
        private static void AssignTypeNames(List<InspectedArticle> articles)
        {
            var readable = new List<InspectedArticle>();
            var keys = new List<(string Identifier, string SourceFile)>();
            foreach (var a in articles)
            {
                if (a.Result.Article != null)
                {
                    readable.Add(a);
                    keys.Add((a.Result.Article.Id, a.SourceFile));
                }
            }

            var names = IdentifierAssigner.Assign(keys);
            for (var i = 0; i < readable.Count; i++)
            {
                readable[i].TypeName = names[i].TypeName;
            }
        }
    }
}
