using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Extraction.Text;

namespace SeedModels.Build
{
    /// <summary>
    /// Finds the article files the compiler would refuse as binary (error CS2015: not UTF-8, and two NUL characters in a
    /// row once decoded), reports each as warning SEED008 at its first line, and returns them so the build leaves them out
    /// of the compiler's additional files. Every other file, readable or not, is left to the analyzer.
    /// </summary>
    public sealed class CheckSeedArticles : Task
    {
        /// <summary>The SeedArticle items.</summary>
        [Required]
        public ITaskItem[] Articles { get; set; } = new ITaskItem[0];

        /// <summary>The items to keep away from the compiler.</summary>
        [Output]
        public ITaskItem[] Refused { get; private set; } = new ITaskItem[0];

        /// <inheritdoc />
        public override bool Execute()
        {
            var refused = new List<ITaskItem>();
            foreach (var article in Articles)
            {
                var path = article.GetMetadata("FullPath");
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(path);
                }
                catch (IOException)
                {
                    continue; // missing or locked: the compiler reports it as it does for any additional file
                }
                catch (System.UnauthorizedAccessException)
                {
                    continue;
                }

                if (IsRefusedByTheCompiler(bytes))
                {
                    refused.Add(article);
                    var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticRules.Unreadable.MessageFormat, ArticleDecoding.Binary);
                    Log.LogWarning(subcategory: null, warningCode: DiagnosticIds.Unreadable, helpKeyword: null, helpLink: DiagnosticRules.Unreadable.HelpLink, file: path,
                        lineNumber: 1, columnNumber: 1, endLineNumber: 0, endColumnNumber: 0, message: message);
                }
            }

            Refused = refused.ToArray();
            return !Log.HasLoggedErrors;
        }

        /// <summary>Whether the compiler refuses <paramref name="bytes"/> as binary; decoded only when two zero bytes stand together.</summary>
        internal static bool IsRefusedByTheCompiler(byte[] bytes)
        {
            if (!HasTwoZeroBytesInARow(bytes))
            {
                return false; // a NUL pair needs two zero bytes in a row in UTF-8 and in any single-byte code page
            }

            var text = ArticleDecoding.Decode(bytes, out var decoding);
            return ArticleDecoding.CompilerRefusesAsBinary(text, decoding);
        }

        private static bool HasTwoZeroBytesInARow(byte[] bytes)
        {
            for (var i = 1; i < bytes.Length; i++)
            {
                if (bytes[i] == 0 && bytes[i - 1] == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
