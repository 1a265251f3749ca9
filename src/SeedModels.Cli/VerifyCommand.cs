using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SeedModels.Cli
{
    /// <summary>
    /// <c>seedmodels verify PATH… --snapshots DIR [--accept]</c>: snapshot tests of what articles become, with Verify's
    /// conventions. Each article's JSON (as <c>inspect --json</c> gives it) is compared with the committed
    /// <c>DIR/&lt;path&gt;.verified.json</c>; a new or changed article writes <c>&lt;path&gt;.received.json</c> beside it and
    /// fails, and a snapshot left over from a renamed or removed article fails too. <c>--accept</c> makes the received the
    /// verified and deletes left-over snapshots.
    /// </summary>
    internal static class VerifyCommand
    {
        public const string Verified = ".verified.json";

        public const string Received = ".received.json";

        public static int Run(IReadOnlyList<string> paths, string snapshots, bool accept, TextWriter stdout, TextWriter stderr, string currentDirectory)
        {
            var exit = Program.Success;
            void Error(string message)
            {
                stderr.WriteLine("seedmodels: " + message);
                exit = Program.Failed;
            }

            var articles = ArticleSet.Read(paths, currentDirectory, Error, message => stderr.WriteLine("seedmodels: warning: " + message), null, out var folders);
            var root = Path.GetFullPath(snapshots, currentDirectory);
            var written = new HashSet<string>(StringComparer.Ordinal);
            int same = 0, changed = 0;
            foreach (var article in articles)
            {
                var name = SnapshotName(article.SourceFile);
                var verified = Path.Combine(root, name + Verified);
                var received = Path.Combine(root, name + Received);
                written.Add(Path.GetFullPath(verified));
                var json = JsonReport.Article(article);
                var known = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
                if (known == json)
                {
                    same++;
                    File.Delete(received); // a mismatch fixed since: its received file is stale
                    continue;
                }

                changed++;
                Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
                if (accept)
                {
                    File.WriteAllText(verified, json);
                    File.Delete(received);
                    stdout.WriteLine($"accepted {Shown(snapshots, name + Verified)}");
                }
                else
                {
                    File.WriteAllText(received, json);
                    Error(known == null
                        ? $"{Display.Safe(article.SourceFile)}: no snapshot yet; wrote {Shown(snapshots, name + Received)} (accept it with --accept)"
                        : $"{Display.Safe(article.SourceFile)}: differs from {Shown(snapshots, name + Verified)}; wrote {Shown(snapshots, name + Received)}");
                }
            }

            // A snapshot under a folder that was verified whole, with no article behind it: renamed or removed since.
            var orphans = 0;
            foreach (var (typed, _) in folders)
            {
                var below = Path.Combine(root, SnapshotName(typed.TrimEnd('/', '\\')));
                if (!Directory.Exists(below))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(below, "*" + Verified, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (written.Contains(Path.GetFullPath(file)))
                    {
                        continue;
                    }

                    orphans++;
                    var shown = Shown(snapshots, Path.GetRelativePath(root, file));
                    if (accept)
                    {
                        File.Delete(file);
                        stdout.WriteLine($"deleted {shown} (no article)");
                    }
                    else
                    {
                        Error($"{shown} has no article (renamed or removed?); --accept deletes it");
                    }
                }
            }

            stdout.WriteLine($"{same} snapshot(s) match, {changed} {(accept ? "accepted" : "differ or are new")}, {orphans} left over");
            return exit;
        }

        /// <summary>The snapshot's path below the snapshot folder: the article's path as shown, without <c>.txt</c>, a leading
        /// <c>/</c>, <c>./</c> or <c>../</c> (so a snapshot never lands outside its folder).</summary>
        public static string SnapshotName(string sourceFile)
        {
            var parts = sourceFile.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Where(p => p != "." && p != "..").ToList();
            var name = string.Join("/", parts);
            return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
        }

        private static string Shown(string snapshots, string relative) => snapshots.TrimEnd('/', '\\') + "/" + relative.Replace('\\', '/');
    }
}
