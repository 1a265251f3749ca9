using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// Failures the fuzzer found, kept as files under <c>tests/SeedModels.Fuzz.Tests/Regressions/</c> (in the source tree, so
    /// a long run on a developer machine leaves them there to commit). One <c>.fuzz</c> file is one (shrunk) batch:
    /// <code>
    /// seedmodels-fuzz 1
    /// origin: seed 42 batch 17
    /// failure: NonCompiling [compile:CS1002] …
    /// == file: seeds/f0001.txt
    /// id: class                        (optional: the Id item metadata)
    /// # "Headline\n\nBody…"            (a readable preview, ignored when read)
    /// base64:                          (or editor-text-utf16le-base64: for an editor buffer, kept as UTF-16)
    /// SGVhZGxpbmUKCkJvZHk=             (the exact bytes)
    /// == end
    /// </code>
    /// A file made from the published corpora (<see cref="FuzzFile.Recipe"/>) is kept as its recipe instead, replayed from
    /// <c>../shared/corpora</c> when loaded, and its batch's <c>failure:</c> line keeps the kind, signature and file only (a
    /// message may quote the text):
    /// <code>
    /// == file: seeds/f0002.txt
    /// # recipe: polnear-train#0123456789ab + move-attribution, shrunk (…)
    /// recipe:
    /// base polnear-train#0123456789ab  (corpus folder # SHA-256 prefix of the article's bytes)
    /// seed 1234
    /// step move-attribution edit 120 164 "said Pickering, who is a director"
    /// step shrunk keep 0:40 101:190
    /// result 89abcdef0123              (SHA-256 prefix of the text the steps make)
    /// </code>
    /// </summary>
    internal static class RegressionStore
    {
        public const string Extension = ".fuzz";

        /// <summary>The largest regression file kept in the repository (1 MB of text).</summary>
        public const int MaxKeptBytes = 1024 * 1024;

        public static string Folder => RepoRoot.Combine("tests", "SeedModels.Fuzz.Tests", "Regressions");

        public static IReadOnlyList<string> All() =>
            Directory.Exists(Folder)
                ? Directory.GetFiles(Folder, "*" + Extension).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : Array.Empty<string>();

        /// <summary>Whether a saved regression already holds a failure of this kind and signature (one is enough to keep a bug covered).</summary>
        public static bool Holds(Failure failure)
        {
            var prefix = "failure: " + failure.Kind + " [" + failure.Signature + "]";
            foreach (var path in All())
            {
                foreach (var line in File.ReadLines(path).Take(4))
                {
                    if (line.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Writes the batch; the name is the failure kind and a hash of the content, so finding it again changes nothing.</summary>
        public static string Save(FuzzBatch batch, Failure failure)
        {
            var content = Format(batch, failure);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", batch.Files.Select(f => f.RelativePath + "\0" + f.IdMetadata + "\0" + Convert.ToBase64String(f.Bytes) + "\0" + (f.EditorText == null ? string.Empty : Convert.ToBase64String(Encoding.Unicode.GetBytes(f.EditorText))))))))
                .Substring(0, 12).ToLowerInvariant();
            // A time failure is kept unshrunk (a smaller input stalls for less time); one beyond MaxKeptBytes is too big for
            // the repository and goes to the temp folder instead, to be turned into a ScalingTests case.
            var folder = content.Length > MaxKeptBytes ? Path.Combine(Path.GetTempPath(), "seedmodels-fuzz-regressions") : Folder;
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, failure.Kind.ToString().ToLowerInvariant() + "-" + hash + Extension);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, content, new UTF8Encoding(false));
            }

            return path;
        }

        /// <summary>The text of a regression file for the batch (see the class comment).</summary>
        public static string Format(FuzzBatch batch, Failure failure)
        {
            var fromCorpus = batch.Files.Any(f => f.Recipe != null);
            var b = new StringBuilder();
            b.Append("seedmodels-fuzz 1\n");
            b.Append("origin: ").Append(OneLine(batch.Origin)).Append('\n');
            b.Append("failure: ").Append(OneLine(fromCorpus ? failure.Kind + " [" + failure.Signature + "]" + (failure.File == null ? string.Empty : " in " + failure.File) : failure.ToString())).Append('\n');
            foreach (var file in batch.Files)
            {
                b.Append("== file: ").Append(OneLine(file.RelativePath)).Append('\n');
                if (file.IdMetadata != null)
                {
                    b.Append("id: ").Append(OneLine(file.IdMetadata)).Append('\n');
                }

                if (file.Recipe is { } recipe)
                {
                    b.Append("# recipe: ").Append(OneLine(recipe.Describe())).Append(" (replayed from ../shared/corpora: the publishers' text is not kept here)\n");
                    b.Append(Recipe.Header).Append('\n');
                    foreach (var line in recipe.Lines())
                    {
                        b.Append(line).Append('\n');
                    }

                    continue;
                }

                b.Append("# ").Append(OneLine(Pipeline.Escape(file.CompilerText, 300))).Append('\n');
                b.Append(file.EditorText == null ? "base64:\n" : "editor-text-utf16le-base64:\n");
                var base64 = Convert.ToBase64String(file.EditorText == null ? file.Bytes : Encoding.Unicode.GetBytes(file.EditorText));
                for (var i = 0; i < base64.Length; i += 100)
                {
                    b.Append(base64, i, Math.Min(100, base64.Length - i)).Append('\n');
                }
            }

            b.Append("== end\n");
            return b.ToString();
        }

        public static FuzzBatch Load(string path)
        {
            var files = new List<FuzzFile>();
            string? relative = null;
            string? id = null;
            StringBuilder? base64 = null;
            List<string>? recipe = null;
            var editor = false;
            var origin = Path.GetFileName(path);

            void Flush()
            {
                if (relative != null && recipe != null)
                {
                    files.Add(FuzzFile.FromRecipe(relative, Recipe.Parse(recipe), id));
                }
                else if (relative != null)
                {
                    var data = Convert.FromBase64String(base64?.ToString() ?? string.Empty);
                    files.Add(editor ? FuzzFile.FromEditor(relative, Encoding.Unicode.GetString(data), id) : new FuzzFile(relative, data, id));
                }

                relative = null;
                id = null;
                base64 = null;
                recipe = null;
                editor = false;
            }

            var lines = File.ReadAllLines(path);
            if (lines.Length == 0 || lines[0] != "seedmodels-fuzz 1")
            {
                throw new InvalidDataException(path + " is not a seedmodels-fuzz regression file");
            }

            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith("== file: ", StringComparison.Ordinal))
                {
                    Flush();
                    relative = line.Substring("== file: ".Length);
                }
                else if (line == "== end")
                {
                    Flush();
                }
                else if (recipe != null)
                {
                    recipe.Add(line);
                }
                else if (line == Recipe.Header)
                {
                    recipe = new List<string>();
                }
                else if (line.StartsWith('#') || line.StartsWith("failure: ", StringComparison.Ordinal))
                {
                    // a comment or the failure it was saved for
                }
                else if (line.StartsWith("origin: ", StringComparison.Ordinal))
                {
                    origin = Path.GetFileName(path) + " (" + line.Substring("origin: ".Length) + ")";
                }
                else if (base64 == null && line.StartsWith("id: ", StringComparison.Ordinal))
                {
                    id = line.Substring("id: ".Length);
                }
                else if (line == "base64:" || line == "editor-text-utf16le-base64:")
                {
                    base64 = new StringBuilder();
                    editor = line != "base64:";
                }
                else if (base64 != null)
                {
                    base64.Append(line.Trim());
                }
            }

            Flush();
            return new FuzzBatch(origin, files);
        }

        private static string OneLine(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal).Replace("\u0085", "\\u0085", StringComparison.Ordinal);

        public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
    }
}
