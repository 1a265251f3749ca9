using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// One article input: its path below the project folder (forward slashes), its raw bytes, optionally the <c>Id</c> item
    /// metadata MSBuild would pass for it, and optionally the text of an editor buffer. A file on disk reaches the compiler as
    /// bytes it decodes (<see cref="CompilerDecoding"/>), so it can never hold an unpaired surrogate; an article open in the
    /// IDE reaches the generator and the analyzer as the editor's text, which can. With <see cref="EditorText"/> the generator,
    /// the analyzer and <c>ArticleReader.Parse(string)</c> get that text as it is, and <c>Parse(byte[])</c> gets
    /// <see cref="Bytes"/> (the text saved as UTF-8, an unpaired surrogate becoming U+FFFD).
    /// </summary>
    /// <remarks>
    /// <see cref="Shape"/> says where the input comes from: the hostile generators, the grammar of reporting shapes, or a
    /// published article of <c>../shared/corpora</c> (then <see cref="Recipe"/> says how it was made, and a regression keeps the
    /// recipe instead of the bytes).
    /// </remarks>
    internal sealed record FuzzFile(string RelativePath, byte[] Bytes, string? IdMetadata = null, string? EditorText = null, InputShape Shape = InputShape.Hostile, Recipe? Recipe = null)
    {
        public const string ProjectDirectory = "/project";

        public string FullPath => ProjectDirectory + "/" + RelativePath;

        /// <summary>What the compiler (or the IDE) hands the generator and the analyzer.</summary>
        public string CompilerText => EditorText ?? CompilerDecoding.Decode(Bytes);

        /// <summary>The text with the encoding the compiler reports for it (an editor's text has none), or null for a file the
        /// compiler refuses as binary (CS2015), which the build task keeps out of the compilation with SEED008.</summary>
        public Microsoft.CodeAnalysis.Text.SourceText? CompilerSourceText()
        {
            if (EditorText != null)
            {
                return Microsoft.CodeAnalysis.Text.SourceText.From(EditorText);
            }

            var text = CompilerDecoding.Decode(Bytes, out var encoding, out var refused);
            return refused ? null : Microsoft.CodeAnalysis.Text.SourceText.From(text, encoding);
        }

        public static FuzzFile FromText(string relativePath, string text, string? id = null) =>
            new FuzzFile(relativePath, Utf8Lenient.GetBytes(text), id);

        public static FuzzFile FromEditor(string relativePath, string text, string? id = null) =>
            new FuzzFile(relativePath, Utf8Lenient.GetBytes(text), id, text);

        /// <summary>A published article as a recipe made it (a file on disk, saved as UTF-8).</summary>
        public static FuzzFile FromRecipe(string relativePath, Recipe recipe, string? id = null, string? text = null) =>
            new FuzzFile(relativePath, Utf8Lenient.GetBytes(text ?? recipe.Apply()), id, null, InputShape.RealArticle, recipe);

        /// <summary>Made from real prose: a corpus article or the reporting grammar.</summary>
        public bool IsRealShaped => Shape != InputShape.Hostile;

        /// <summary>UTF-8 that writes an unpaired surrogate as U+FFFD instead of throwing (that is what an editor would save).</summary>
        public static readonly UTF8Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public long Size => EditorText?.Length * 2L ?? Bytes.Length;

        public override string ToString() => RelativePath + " (" + Bytes.Length + " bytes" + (EditorText == null ? string.Empty : ", editor text") + (IdMetadata == null ? string.Empty : ", Id=" + IdMetadata) + (Recipe == null ? string.Empty : ", recipe " + Recipe.Describe()) + ")";
    }

    /// <summary>Where an input comes from.</summary>
    internal enum InputShape
    {
        /// <summary>The hostile generators (<see cref="InputGenerator"/>): random Unicode, quote storms, broken front matter, mutations of the repository's own articles, ….</summary>
        Hostile,

        /// <summary>An article of the grammar of reporting shapes (<see cref="ReportingGrammar"/>): invented words, real sentence shapes.</summary>
        ReportingGrammar,

        /// <summary>A published article of <c>../shared/corpora</c>, spliced and mutated at test time (<see cref="RealArticleMutator"/>).</summary>
        RealArticle,
    }

    /// <summary>A batch of files, the unit one compilation sees.</summary>
    internal sealed record FuzzBatch(string Origin, IReadOnlyList<FuzzFile> Files)
    {
        public long TotalBytes
        {
            get
            {
                long n = 0;
                foreach (var f in Files)
                {
                    n += f.Size;
                }

                return n;
            }
        }
    }
}
