using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedModels.Generator;
using SeedModels.Generator.Analysis;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>What can go wrong, in the words of README "Hostile input" and the issue.</summary>
    internal enum FailureKind
    {
        /// <summary>An exception escaped the reader, the generator (CS8785) or the analyzer (AD0001).</summary>
        Crash,

        /// <summary>The compilation with the generated sources has an error or a warning, or does not emit (CS8103).</summary>
        NonCompiling,

        /// <summary>An input file became no type and no SEED008/SEED015 in that file says why.</summary>
        SilentLoss,

        /// <summary>
        /// Bytes that are UTF-8 text with content (<see cref="Utf8TextCheck"/>) got SEED008, "empty, binary or not valid UTF-8",
        /// from <c>ArticleReader.Parse(byte[])</c> or, for a file on disk, from the analyzer: a readable article dropped.
        /// </summary>
        UnreadableText,

        /// <summary>Two runs, or two file orders, gave different generated sources.</summary>
        Nondeterministic,

        /// <summary>
        /// The engine took longer than <see cref="Pipeline.TimeLimit"/> on one file (3 s + 1 s per 100,000 characters: some
        /// twenty times what linear extraction needs on a loaded two-core machine), or, taking over 2 s, more than 9 times as
        /// long as on the first quarter of the text (worse than linear): the compiler would stall on it in every build and on every keystroke.
        /// </summary>
        Hang,

        /// <summary>
        /// Anything else that breaks a stated rule: a type renamed without a SEED007, a type generated for a file the analyzer calls unreadable, the reader and the
        /// analyzer disagreeing on a file's findings, a diagnostic located outside its file, a generated source that cannot be
        /// written as UTF-8, an article id that is no C# identifier.
        /// </summary>
        Inconsistent,
    }

    /// <summary>One broken rule; <see cref="Signature"/> groups failures of one cause (for shrinking and de-duplication).</summary>
    internal sealed record Failure(FailureKind Kind, string Signature, string? File, string Message)
    {
        public override string ToString() => Kind + " [" + Signature + "]" + (File == null ? string.Empty : " in " + File) + ": " + Message;
    }

    /// <summary>What one batch gave.</summary>
    internal sealed class BatchOutcome
    {
        public List<Failure> Failures { get; } = new List<Failure>();

        public int Files { get; set; }

        public int Generated { get; set; }

        public int Unreadable { get; set; }

        /// <summary>Files the engine failed on (SEED015).</summary>
        public int Failed { get; set; }

        public Dictionary<string, int> DiagnosticCounts { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        public TimeSpan Elapsed { get; set; }

        /// <summary>Where the time went: reader, generator, emit, analyzer, reruns; and the file the reader was slowest on.</summary>
        public string Timings { get; set; } = string.Empty;

        public TimeSpan SlowestRead { get; set; }

        public string? SlowestReadFile { get; set; }
    }

    /// <summary>
    /// Runs one batch of files through the runtime reader (bytes and string), the generator (three times: twice in the
    /// given order, once shuffled), the C# compiler (diagnostics and Emit of the generated code) and the analyzer, and
    /// checks every rule of README "Hostile input". Never throws for anything the product does: a product exception is a <see cref="FailureKind.Crash"/>.
    /// </summary>
    internal static class Pipeline
    {
        public const string ArticleDiagnosticPrefix = "SEED";

        public static readonly CSharpParseOptions ParseOptions = ConsumerCompilation.StrictParseOptions;

        public static readonly CSharpCompilationOptions CompilationOptions = ConsumerCompilation.StrictOptions;

        private static readonly Lazy<CSharpCompilation> Base = new Lazy<CSharpCompilation>(() =>
        {
            var program = CSharpSyntaxTree.ParseText("internal static class Program { }", ParseOptions, path: FuzzFile.ProjectDirectory + "/Program.cs");
            return CSharpCompilation.Create("FuzzConsumer", new[] { program }, ConsumerCompilation.Net80References, CompilationOptions);
        });

        /// <summary>A read slower than this is timed again on a quarter of its text, to tell linear from quadratic.</summary>
        public static readonly TimeSpan SuperlinearCheckAbove = TimeSpan.FromSeconds(2);

        /// <summary>Full text over first quarter: 4 when linear, 16 when quadratic; above this, worse than linear.</summary>
        public const int SuperlinearRatio = 9;

        /// <summary>How long the engine may take on one text before the fuzz calls it a hang.</summary>
        public static TimeSpan TimeLimit(int characters) => TimeSpan.FromSeconds(3 + characters / 100_000.0);

        public static BatchOutcome Run(FuzzBatch batch, int shuffleSeed, bool repeatInSameOrder = true)
        {
            var watch = Stopwatch.StartNew();
            var outcome = new BatchOutcome { Files = batch.Files.Count };
            var all = batch.Files;
            var allDecoded = all.Select(f => f.CompilerText).ToList();
            var allChecks = all.Select(f => Utf8TextCheck.Of(f.Bytes)).ToList();

            // (a) The runtime reader, on the bytes and on the text the compiler would see.
            var files = new List<FuzzFile>(all.Count);
            var decoded = new List<SourceText>(all.Count);
            var checks = new List<Utf8TextCheck>(all.Count);
            var readerResults = new List<ArticleReadResult?>(all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                // A file the compiler refuses as binary never reaches it: the build task reports SEED008, as the reader must.
                if (all[i].CompilerSourceText() is not { } compilerText)
                {
                    CheckRefusedAsBinary(all[i], outcome);
                    continue;
                }

                var hung = false;
                var read = Stopwatch.StartNew();
                var result = CheckReader(all[i], allDecoded[i], allChecks[i], outcome.Failures, ref hung);
                if (read.Elapsed > outcome.SlowestRead)
                {
                    outcome.SlowestRead = read.Elapsed;
                    outcome.SlowestReadFile = all[i].RelativePath + " (" + allDecoded[i].Length + " chars)";
                }

                if (!hung)
                {
                    // A file the engine stalls on would stall the generator and the analyzer the same way: it is left out of them.
                    files.Add(all[i]);
                    decoded.Add(compilerText);
                    checks.Add(allChecks[i]);
                    readerResults.Add(result);
                }
            }

            var stages = new List<string> { "reader " + Ms(watch) };
            var stage = Stopwatch.StartNew();

            // (b) The generator, as the compiler runs it, then the compiler on its output.
            var texts = files.Select((f, i) => new InMemoryAdditionalText(f.FullPath, decoded[i])).ToList();
            var options = FuzzOptions.For(files);
            var first = RunGenerator(texts, options, outcome.Failures, "first run");
            stages.Add("generator " + Ms(stage));
            byte[]? image = null;
            if (first != null)
            {
                stage.Restart();
                image = CheckOutputCompiles(first.Value.Output, outcome.Failures);
                CheckSourcesWritable(first.Value.Sources, outcome.Failures);
                stages.Add("emit " + Ms(stage));
            }

            // (c) The analyzer.
            stage.Restart();
            var analyzerDiagnostics = RunAnalyzer(texts, options, outcome.Failures);
            stages.Add("analyzer " + Ms(stage));
            stage.Restart();

            if (first != null && analyzerDiagnostics != null)
            {
                CheckEveryFileAccountedFor(files, checks, texts, image, analyzerDiagnostics.Value, readerResults, outcome);
            }

            // Determinism: the same files again (fresh texts and driver), and in a shuffled order.
            if (first != null)
            {
                if (repeatInSameOrder)
                {
                    var again = files.Select((f, i) => new InMemoryAdditionalText(f.FullPath, decoded[i])).ToList();
                    CompareRuns(first.Value.Sources, RunGenerator(again, options, outcome.Failures, "second run")?.Sources, "a second run", outcome.Failures);
                }

                var shuffled = files.Select((f, i) => new InMemoryAdditionalText(f.FullPath, decoded[i])).ToList();
                Shuffle(shuffled, new Random(shuffleSeed));
                CompareRuns(first.Value.Sources, RunGenerator(shuffled, options, outcome.Failures, "shuffled run")?.Sources, "a shuffled file order", outcome.Failures);
            }

            stages.Add("reruns " + Ms(stage));
            outcome.Timings = string.Join(", ", stages);

            outcome.Elapsed = watch.Elapsed;
            return outcome;
        }

        /// <summary>The build task keeps a file the compiler refuses as binary out of the build with SEED008; the reader says SEED008 too.</summary>
        private static void CheckRefusedAsBinary(FuzzFile file, BatchOutcome outcome)
        {
            outcome.Unreadable++;
            try
            {
                var result = ArticleReader.Parse(file.Bytes, file.RelativePath);
                if (result.Article != null || !result.Diagnostics.Any(d => d.Id == "SEED008" && d.Message.Contains("binary", StringComparison.Ordinal)))
                {
                    outcome.Failures.Add(new Failure(FailureKind.Inconsistent, "refused-binary-vs-reader", file.RelativePath,
                        "the compiler refuses the file as binary but ArticleReader.Parse(byte[]) gives [" + string.Join(", ", result.Diagnostics.Select(d => d.Id)) + "]"));
                }
            }
            catch (Exception e)
            {
                outcome.Failures.Add(new Failure(FailureKind.Crash, "reader-bytes:" + e.GetType().Name, file.RelativePath, "ArticleReader.Parse(byte[]) threw " + Describe(e)));
            }
        }

        private static TimeSpan TimeParse(string text, string path)
        {
            var watch = Stopwatch.StartNew();
            ArticleReader.Parse(text, path);
            return watch.Elapsed;
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

        private static ArticleReadResult? CheckReader(FuzzFile file, string decoded, Utf8TextCheck check, List<Failure> failures, ref bool hung)
        {
            ArticleReadResult fromBytes;
            ArticleReadResult fromString;

            // Parse(string) first, on a watchdog: a text the engine cannot finish in time is a hang, and is left to finish
            // on its own (a thread cannot be stopped) while the fuzz goes on.
            var limit = TimeLimit(decoded.Length);
            var watch = Stopwatch.StartNew();
            var parse = System.Threading.Tasks.Task.Factory.StartNew(
                () => ArticleReader.Parse(decoded, file.RelativePath), System.Threading.CancellationToken.None,
                System.Threading.Tasks.TaskCreationOptions.LongRunning, System.Threading.Tasks.TaskScheduler.Default); // its own thread: no wait for the pool
            try
            {
                if (!parse.Wait(limit))
                {
                    failures.Add(new Failure(FailureKind.Hang, "reader-string-slow", file.RelativePath,
                        "ArticleReader.Parse(string) had not finished " + decoded.Length + " characters after " + limit.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s"));
                    hung = true;
                    return null;
                }

                fromString = parse.Result;
            }
            catch (AggregateException wrapped)
            {
                var e = wrapped.InnerException ?? wrapped;
                failures.Add(new Failure(FailureKind.Crash, "reader-string:" + e.GetType().Name, file.RelativePath, "ArticleReader.Parse(string) threw " + Describe(e)));
                return null;
            }

            var elapsed = watch.Elapsed;
            if (elapsed > SuperlinearCheckAbove && decoded.Length >= 4000)
            {
                // Slow enough to measure: a quarter of the text must take about a quarter of the time (linear: ×4 for 4×
                // the text, quadratic: ×16). Machine-independent, unlike a time limit, which a slow quadratic pass can
                // stay under (a 9.4 MB file took 94 s, under its 97 s limit).
                var full = elapsed;
                var quarter = TimeParse(decoded.Substring(0, decoded.Length / 4), file.RelativePath);
                if (full.Ticks > SuperlinearRatio * Math.Max(quarter.Ticks, 1))
                {
                    // A busy machine can stall one long read: before calling it worse than linear, both texts are read again
                    // and each one's quicker time kept (a stall only ever adds time).
                    full = Min(full, TimeParse(decoded, file.RelativePath));
                    quarter = Min(quarter, TimeParse(decoded.Substring(0, decoded.Length / 4), file.RelativePath));
                }

                if (full.Ticks > SuperlinearRatio * Math.Max(quarter.Ticks, 1))
                {
                    failures.Add(new Failure(FailureKind.Hang, "reader-superlinear", file.RelativePath,
                        "ArticleReader.Parse(string) took " + full.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s on " + decoded.Length +
                        " characters but " + quarter.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " s on the first quarter of them: worse than linear"));
                }
            }

            var bytesWatch = Stopwatch.StartNew();
            try
            {
                fromBytes = ArticleReader.Parse(file.Bytes, file.RelativePath);
            }
            catch (Exception e)
            {
                failures.Add(new Failure(FailureKind.Crash, "reader-bytes:" + e.GetType().Name, file.RelativePath, "ArticleReader.Parse(byte[]) threw " + Describe(e)));
                return null;
            }

            if (bytesWatch.Elapsed > limit + limit)
            {
                failures.Add(new Failure(FailureKind.Hang, "reader-bytes-slow", file.RelativePath,
                    "ArticleReader.Parse(byte[]) took " + bytesWatch.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s on " + file.Bytes.Length + " bytes"));
            }

            if (check.IsText && fromBytes.Diagnostics.FirstOrDefault(d => d.Id == "SEED008") is { } bytes008)
            {
                failures.Add(UnreadableText(file, check, "reader-bytes", "ArticleReader.Parse(byte[]) gave SEED008 for bytes that are valid UTF-8 text (\"" + bytes008.Message + "\")"));
            }

            foreach (var (result, how) in new[] { (fromBytes, "Parse(byte[])"), (fromString, "Parse(string)") })
            {
                var saysWhy = result.Diagnostics.Any(d => d.Id == "SEED008" || d.Id == "SEED015");
                if ((result.Article == null) != saysWhy)
                {
                    failures.Add(new Failure(FailureKind.SilentLoss, "reader-null-without-008", file.RelativePath,
                        how + (result.Article == null ? " gave no article and neither SEED008 nor SEED015" : " gave an article and SEED008 or SEED015")));
                }

                if (result.Article is { } a && !(SyntaxFacts.IsValidIdentifier(a.Id) && SyntaxFacts.GetKeywordKind(a.Id) == SyntaxKind.None))
                {
                    failures.Add(new Failure(FailureKind.Inconsistent, "reader-bad-id", file.RelativePath, how + " gave Id '" + Escape(a.Id, 80) + "', which is no C# identifier"));
                }
            }

            // Strict UTF-8 without a BOM: the compiler sees exactly the text Parse(byte[]) decodes, so both must agree.
            if (file.EditorText == null && CompilerDecoding.IsStrictUtf8(file.Bytes) && !(file.Bytes.Length >= 3 && file.Bytes[0] == 0xEF && file.Bytes[1] == 0xBB && file.Bytes[2] == 0xBF) &&
                !(Equals(fromBytes.Article, fromString.Article) && fromBytes.Diagnostics.SequenceEqual(fromString.Diagnostics)))
            {
                failures.Add(new Failure(FailureKind.Inconsistent, "reader-bytes-vs-string", file.RelativePath, "Parse(byte[]) and Parse(string) disagree on the same text"));
            }

            // What the build reports is what the compiler's decoding gives, which Parse(byte[]) mirrors; an editor's text is Parse(string)'s.
            return file.EditorText == null ? fromBytes : fromString;
        }

        /// <summary>The <see cref="FailureKind.UnreadableText"/> failure; its signature ends in <c>:stray-c1</c> when the text holds a C1 character.</summary>
        private static Failure UnreadableText(FuzzFile file, Utf8TextCheck check, string where, string message) =>
            new Failure(FailureKind.UnreadableText, "valid-utf8-seed008:" + where + (check.HasC1 ? ":stray-c1" : string.Empty), file.RelativePath, message);

        private readonly record struct GeneratorOutput(Compilation Output, IReadOnlyList<(string HintName, string Text, ImmutableArray<byte> Checksum, SyntaxTree Tree)> Sources);

        private static GeneratorOutput? RunGenerator(IReadOnlyList<InMemoryAdditionalText> texts, PathOptionsProvider options, List<Failure> failures, string which)
        {
            try
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create(
                    new[] { new SeedModelsGenerator().AsSourceGenerator() }, texts, ParseOptions, options);
                driver = driver.RunGeneratorsAndUpdateCompilation(Base.Value, out var output, out var diagnostics);
                var result = driver.GetRunResult().Results.Single();
                if (result.Exception != null)
                {
                    failures.Add(new Failure(FailureKind.Crash, "generator:" + result.Exception.GetType().Name, null, "the generator threw (" + which + ") " + Describe(result.Exception)));
                    return null;
                }

                foreach (var d in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                {
                    failures.Add(new Failure(d.Id is "CS8784" or "CS8785" ? FailureKind.Crash : FailureKind.Inconsistent, "generator-diagnostic:" + d.Id, null, "the generator reported (" + which + ") " + d));
                }

                var sources = result.GeneratedSources
                    .Select(s => (s.HintName, s.SourceText.ToString(), s.SourceText.GetChecksum(), s.SyntaxTree))
                    .ToList();
                return new GeneratorOutput(output, sources);
            }
            catch (Exception e)
            {
                failures.Add(new Failure(FailureKind.Crash, "driver:" + e.GetType().Name, null, "running the generator threw (" + which + ") " + Describe(e)));
                return null;
            }
        }

        /// <summary>Zero errors and zero warnings, and Emit succeeds: Emit reports every declaration and method-body diagnostic, and CS8103.</summary>
        private static byte[]? CheckOutputCompiles(Compilation output, List<Failure> failures)
        {
            using var stream = new MemoryStream();
            var emit = output.Emit(stream);
            var bad = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
            if (bad.Count > 0 || !emit.Success)
            {
                var ids = string.Join(",", bad.Select(d => d.Id).Distinct().OrderBy(x => x, StringComparer.Ordinal));
                failures.Add(new Failure(FailureKind.NonCompiling, "compile:" + ids, bad.FirstOrDefault()?.Location.SourceTree?.FilePath,
                    "the generated code does not compile cleanly (" + bad.Count + " diagnostics):\n    " + string.Join("\n    ", bad.Take(6).Select(d => Escape(d.ToString(), 400) + SourceLine(d)))));
            }

            return emit.Success ? stream.ToArray() : null;
        }

        private static string SourceLine(Diagnostic d)
        {
            if (d.Location.SourceTree is not { } tree)
            {
                return string.Empty;
            }

            var text = tree.GetText();
            var line = d.Location.GetLineSpan().StartLinePosition.Line;
            return line < text.Lines.Count ? "\n      at: " + Escape(text.Lines[line].ToString().Trim(), 300) : string.Empty;
        }

        /// <summary>A source the generator adds is written to disk by EmitCompilerGeneratedFiles: it must be valid UTF-16 (no unpaired surrogate).</summary>
        private static void CheckSourcesWritable(IReadOnlyList<(string HintName, string Text, ImmutableArray<byte> Checksum, SyntaxTree Tree)> sources, List<Failure> failures)
        {
            foreach (var s in sources)
            {
                for (var i = 0; i < s.Text.Length; i++)
                {
                    if (char.IsHighSurrogate(s.Text[i]) && i + 1 < s.Text.Length && char.IsLowSurrogate(s.Text[i + 1]))
                    {
                        i++;
                    }
                    else if (char.IsSurrogate(s.Text[i]))
                    {
                        failures.Add(new Failure(FailureKind.Inconsistent, "unpaired-surrogate-in-source", s.HintName, "the generated source holds an unpaired surrogate at " + i));
                        break;
                    }
                }
            }
        }

        private static ImmutableArray<Diagnostic>? RunAnalyzer(IReadOnlyList<InMemoryAdditionalText> texts, PathOptionsProvider options, List<Failure> failures)
        {
            var exceptions = new List<Exception>();
            try
            {
                var analyzerOptions = new AnalyzerOptions(texts.Cast<AdditionalText>().ToImmutableArray(), options);
                var withAnalyzers = Base.Value.WithAnalyzers(
                    ImmutableArray.Create<DiagnosticAnalyzer>(new ArticleAnalyzer()),
                    new CompilationWithAnalyzersOptions(analyzerOptions, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
                var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                foreach (var e in exceptions)
                {
                    failures.Add(new Failure(FailureKind.Crash, "analyzer:" + e.GetType().Name, null, "the analyzer threw " + Describe(e)));
                }

                foreach (var d in all.Where(d => d.Id == "AD0001" || d.Id == "AD0002"))
                {
                    failures.Add(new Failure(FailureKind.Crash, "analyzer-diagnostic:" + d.Id, null, Escape(d.ToString(), 2000)));
                }

                foreach (var d in all.Where(d => !d.Id.StartsWith(ArticleDiagnosticPrefix, StringComparison.Ordinal) && d.Id != "AD0001" && d.Id != "AD0002" && d.Severity >= DiagnosticSeverity.Warning))
                {
                    failures.Add(new Failure(FailureKind.Inconsistent, "analyzer-compiler:" + d.Id, null, "unexpected diagnostic with the analyzer: " + Escape(d.ToString(), 400)));
                }

                return all.Where(d => d.Id.StartsWith(ArticleDiagnosticPrefix, StringComparison.Ordinal)).ToImmutableArray();
            }
            catch (Exception e)
            {
                failures.Add(new Failure(FailureKind.Crash, "analyzer-driver:" + e.GetType().Name, null, "running the analyzer threw " + Describe(e)));
                return null;
            }
        }

        /// <summary>
        /// Every input file either becomes a generated type (its path is the <c>SourceFile</c> literal of a generated record)
        /// or the analyzer says why not in that file: SEED008 (unreadable) or SEED015 (the engine failed on it). A type generated for a file the analyzer calls unreadable is inconsistent too.
        /// </summary>
        private static void CheckEveryFileAccountedFor(
            IReadOnlyList<FuzzFile> files,
            IReadOnlyList<Utf8TextCheck> checks,
            IReadOnlyList<InMemoryAdditionalText> texts,
            byte[]? image,
            ImmutableArray<Diagnostic> diagnostics,
            IReadOnlyList<ArticleReadResult?> readerResults,
            BatchOutcome outcome)
        {
            var generated = new Dictionary<string, int>(StringComparer.Ordinal);
            var renamed = new Dictionary<string, (string TypeName, string Id)>(StringComparer.Ordinal);
            var decoded = new Dictionary<string, Article>(StringComparer.Ordinal);
            foreach (var (typeName, article) in GeneratedArticles(image, outcome.Failures))
            {
                generated[article.SourceFile] = generated.TryGetValue(article.SourceFile, out var n) ? n + 1 : 1;
                decoded[article.SourceFile] = article;
                if (!string.Equals(typeName, article.Id, StringComparison.Ordinal))
                {
                    renamed[article.SourceFile] = (typeName, article.Id);
                }
            }

            var byPath = diagnostics
                .GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var d in diagnostics)
            {
                outcome.DiagnosticCounts[d.Id] = outcome.DiagnosticCounts.TryGetValue(d.Id, out var n) ? n + 1 : 1;
            }

            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                var inFile = byPath.TryGetValue(file.FullPath, out var list) ? list : new List<Diagnostic>();
                var unreadable = inFile.Any(d => d.Id == "SEED008");
                var failed = inFile.Any(d => d.Id == "SEED015");
                generated.TryGetValue(file.RelativePath, out var count);
                if (unreadable)
                {
                    outcome.Unreadable++;
                }

                if (failed)
                {
                    outcome.Failed++;
                }

                if (count > 0)
                {
                    outcome.Generated++;
                }

                if (count > 1)
                {
                    failures(outcome).Add(new Failure(FailureKind.Inconsistent, "generated-twice", file.RelativePath, "the file's path is the SourceFile of " + count + " generated records"));
                }

                if (count == 0 && !unreadable && !failed)
                {
                    failures(outcome).Add(new Failure(FailureKind.SilentLoss, "lost", file.RelativePath,
                        "no type was generated and neither SEED008 nor SEED015 says why; its diagnostics: [" + string.Join(", ", inFile.Select(d => d.Id)) + "]"));
                }

                // A type named other than its identifier was renamed; SEED007 must say so (README: "Two articles that resolve
                // to one name …"), and seedmodels inspect must show that name.
                if (renamed.TryGetValue(file.RelativePath, out var rename) && !inFile.Any(d => d.Id == "SEED007"))
                {
                    failures(outcome).Add(new Failure(FailureKind.Inconsistent, "silent-rename", file.RelativePath,
                        "its identifier '" + Escape(rename.Id, 80) + "' became the type '" + Escape(rename.TypeName, 80) + "' and no SEED007 says so"));
                }

                // A file on disk reaches the compiler as its bytes: valid UTF-8 text must become a type (an editor buffer has no bytes).
                if (unreadable && file.EditorText == null && checks[i].IsText)
                {
                    failures(outcome).Add(UnreadableText(file, checks[i], "analyzer", "the analyzer reports SEED008 for a file whose bytes are valid UTF-8 text"));
                }

                if (count > 0 && unreadable)
                {
                    failures(outcome).Add(new Failure(FailureKind.Inconsistent, "generated-unreadable", file.RelativePath, "a type was generated for a file the analyzer reports as SEED008"));
                }

                CheckLocations(file, texts[i], inFile, outcome.Failures);
                if (readerResults[i] is { } reader)
                {
                    CompareWithReader(file, reader, inFile, outcome.Failures);
                    if (decoded.TryGetValue(file.RelativePath, out var article) && reader.Article is { } read && !SameValues(article, read, file.IdMetadata == null))
                    {
                        outcome.Failures.Add(new Failure(FailureKind.Inconsistent, "decoded-vs-reader", file.RelativePath,
                            "the generated record holds other values at run time than ArticleReader reads from the file"));
                    }
                }
            }

            static List<Failure> failures(BatchOutcome o) => o.Failures;
        }

        /// <summary>Every diagnostic lies inside its file, and its span and its line/column name the same place.</summary>
        private static void CheckLocations(FuzzFile file, InMemoryAdditionalText text, List<Diagnostic> inFile, List<Failure> failures)
        {
            var source = text.GetText();
            foreach (var d in inFile)
            {
                var span = d.Location.SourceSpan;
                var lines = d.Location.GetLineSpan();
                if (span.End > source.Length || lines.StartLinePosition.Line < 0 || lines.StartLinePosition.Character < 0 ||
                    lines.EndLinePosition < lines.StartLinePosition)
                {
                    failures.Add(new Failure(FailureKind.Inconsistent, "location-outside:" + d.Id, file.RelativePath,
                        d.Id + " is located outside the file: span " + span + ", lines " + lines.Span + ", file length " + source.Length));
                }
            }
        }

        /// <summary>
        /// The README: the analyzer and ArticleReader report the same findings. Compared as (id, line, column), leaving out what
        /// only the whole set of files shows (SEED007) and what only item metadata gives (SEED011 for an Id item).
        /// </summary>
        private static void CompareWithReader(FuzzFile file, ArticleReadResult reader, List<Diagnostic> inFile, List<Failure> failures)
        {
            bool Compared(string id) => id != "SEED007" && id != "SEED013" && !(id == "SEED011" && file.IdMetadata != null);
            var fromReader = reader.Diagnostics.Where(d => Compared(d.Id)).Select(d => (d.Id, d.Line, d.Column)).OrderBy(x => x).ToList();
            var fromAnalyzer = inFile.Where(d => Compared(d.Id))
                .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
                .OrderBy(x => x).ToList();
            if (!fromReader.SequenceEqual(fromAnalyzer))
            {
                failures.Add(new Failure(FailureKind.Inconsistent, "reader-vs-analyzer", file.RelativePath,
                    "ArticleReader reports [" + string.Join(", ", fromReader.Take(8)) + "] but the analyzer [" + string.Join(", ", fromAnalyzer.Take(8)) + "]"));
            }
        }

        /// <summary>
        /// Each generated record as the consumer meets it: the emitted assembly loaded (collectibly), every record's
        /// <c>Instance</c> read, which decodes its article data; with its type name. A record that fails to decode is a crash.
        /// </summary>
        private static List<(string TypeName, Article Article)> GeneratedArticles(byte[]? image, List<Failure> failures)
        {
            var articles = new List<(string TypeName, Article Article)>();
            if (image == null)
            {
                return articles; // it did not compile: already a failure
            }

            var context = new GeneratedCodeContext();
            try
            {
                var assembly = context.LoadFromStream(new MemoryStream(image));
                foreach (var type in assembly.GetTypes().Where(t => t.IsSealed && typeof(Article).IsAssignableFrom(t)))
                {
                    try
                    {
                        var instance = (Article)type.GetProperty("Instance", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
                        articles.Add((type.Name, instance));
                    }
                    catch (System.Reflection.TargetInvocationException e)
                    {
                        var inner = e.InnerException?.InnerException ?? e.InnerException ?? e;
                        failures.Add(new Failure(FailureKind.Crash, "decode:" + inner.GetType().Name, null, "reading " + type.Name + ".Instance threw " + Describe(inner)));
                    }
                }
            }
            finally
            {
                context.Unload();
            }

            return articles;
        }

        /// <summary>Every field equal (the id only when no item metadata renamed it, since the reader never sees item metadata).</summary>
        private static bool SameValues(Article x, Article y, bool compareId) =>
            (!compareId || x.Id == y.Id) && x.Headline == y.Headline && x.Standfirst == y.Standfirst && Equals(x.Byline, y.Byline) &&
            Equals(x.Dateline, y.Dateline) && Equals(x.Quotes, y.Quotes) && Equals(x.ImageCaptions, y.ImageCaptions) && Equals(x.Crossheads, y.Crossheads) &&
            Equals(x.Paragraphs, y.Paragraphs) && x.Source == y.Source && x.Url == y.Url && Equals(x.Tags, y.Tags) && x.SourceFile == y.SourceFile;

        /// <summary>Loads a generated assembly beside this one: SeedModels resolves to the copy the fuzz runs, so its records are <see cref="Article"/>s.</summary>
        private sealed class GeneratedCodeContext : System.Runtime.Loader.AssemblyLoadContext
        {
            public GeneratedCodeContext()
                : base("SeedModels.Fuzz.Generated", isCollectible: true)
            {
            }

            protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName assemblyName) =>
                assemblyName.Name == typeof(Article).Assembly.GetName().Name ? typeof(Article).Assembly : null;
        }

        private static void CompareRuns(
            IReadOnlyList<(string HintName, string Text, ImmutableArray<byte> Checksum, SyntaxTree Tree)> expected,
            IReadOnlyList<(string HintName, string Text, ImmutableArray<byte> Checksum, SyntaxTree Tree)>? actual,
            string what,
            List<Failure> failures)
        {
            if (actual == null)
            {
                return; // already a crash
            }

            if (!expected.Select(s => s.HintName).SequenceEqual(actual.Select(s => s.HintName), StringComparer.Ordinal))
            {
                failures.Add(new Failure(FailureKind.Nondeterministic, "hint-names", null, "the generated hint names differ with " + what));
                return;
            }

            for (var i = 0; i < expected.Count; i++)
            {
                if (!string.Equals(expected[i].Text, actual[i].Text, StringComparison.Ordinal) || !expected[i].Checksum.SequenceEqual(actual[i].Checksum))
                {
                    failures.Add(new Failure(FailureKind.Nondeterministic, "source-text", expected[i].HintName, expected[i].HintName + " differs with " + what));
                }
            }
        }

        private static void Shuffle<T>(IList<T> list, Random r)
        {
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = r.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }

            if (list.Count > 1 && r.Next(2) == 0)
            {
                var reversed = list.Reverse().ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = reversed[i];
                }
            }
        }

        private static string Ms(Stopwatch w) => w.ElapsedMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ms";

        public static string Describe(Exception e)
        {
            var frames = (e.StackTrace ?? string.Empty).Split('\n').Take(8).Select(l => l.Trim());
            return e.GetType().FullName + ": " + Escape(e.Message, 300) + "\n      " + string.Join("\n      ", frames);
        }

        /// <summary>Text fit for a log: controls, marks and surrogates as \uXXXX, cut to <paramref name="max"/> characters.</summary>
        public static string Escape(string s, int max)
        {
            var b = new StringBuilder();
            foreach (var c in s.Length > max ? s.Substring(0, max) : s)
            {
                if (c == '\n')
                {
                    b.Append(c);
                }
                else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                {
                    b.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    b.Append(c);
                }
            }

            return s.Length > max ? b.Append('…').ToString() : b.ToString();
        }
    }
}
