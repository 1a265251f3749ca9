using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using SeedModels.Benchmarks.Corpus;

namespace SeedModels.Benchmarks.Extraction
{
    /// <summary>
    /// Where extraction's time goes: runs the engine's passes one at a time, in the order <c>ArticleExtractor.Extract</c>
    /// runs them, with a stopwatch around each, over the synthetic corpus. The passes are internal to the SeedModels
    /// assembly (no InternalsVisibleTo to this project), so they are reached by reflection; the call overhead (well under
    /// a microsecond) is small next to a pass. A quick profile, not a benchmark: read the shares, not the last digit.
    /// </summary>
    public static class ExtractionProfile
    {
        private const string Engine = "SeedModels.Extraction.";

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static int Run(int count, int rounds = 10, int warmup = 30)
        {
            var files = new SyntheticCorpus().Make(count);
            var bytes = files.Select(f => f.Bytes).ToArray();
            var paths = files.Select(f => f.RelativePath).ToArray();
            Passes passes;
            try
            {
                passes = new Passes(typeof(ArticleReader).Assembly);
            }
            catch (MissingMemberException e)
            {
                Console.Error.WriteLine("The engine's internals have changed; update ExtractionProfile: " + e.Message);
                return 1;
            }

            var names = new[] { "decode (strict UTF-8)", "content check", "1 segment", "2 annotations", "3 structure", "4 quotes: scan", "5 speakers", "4 quotes: kind + position", "naming", "6 diagnostics" };
            var best = new double[names.Length];
            double bestParse = double.MaxValue, bestFloor = double.MaxValue;
            Array.Fill(best, double.MaxValue);
            var lastAllocated = new long[names.Length];
            for (var round = 0; round < rounds + warmup; round++)
            {
                var totals = new long[names.Length];
                var allocated = new long[names.Length];
                for (var i = 0; i < bytes.Length; i++)
                {
                    passes.Profile(bytes[i], paths[i], totals, allocated);
                }

                lastAllocated = allocated;

                var parse = Stopwatch.StartNew();
                for (var i = 0; i < bytes.Length; i++)
                {
                    ArticleReader.Parse(bytes[i], paths[i]);
                }

                parse.Stop();
                var floor = Stopwatch.StartNew();
                var chars = 0;
                for (var i = 0; i < bytes.Length; i++)
                {
                    chars += StrictUtf8.GetString(bytes[i]).Split('\n').Length;
                }

                floor.Stop();
                if (round < warmup)
                {
                    continue; // warm-up: JIT, tiering to optimised code
                }

                // Per stage, the best round (the least disturbed by whatever else runs on the machine).
                for (var s = 0; s < names.Length; s++)
                {
                    best[s] = Math.Min(best[s], Ms(totals[s]));
                }

                bestParse = Math.Min(bestParse, parse.Elapsed.TotalMilliseconds);
                bestFloor = Math.Min(bestFloor, floor.Elapsed.TotalMilliseconds + (chars < 0 ? 1 : 0));
            }

            var sum = best.Sum();
            Console.WriteLine($"Extraction profile: {count} synthetic articles, {bytes.Sum(b => (long)b.Length):N0} bytes, best of {rounds} rounds after {warmup} warm-up rounds");
            Console.WriteLine($"  ArticleReader.Parse(bytes), whole:       {bestParse,8:F2} ms  ({1000 * bestParse / count:F1} µs/article)");
            Console.WriteLine($"  floor (decode + split('\\n')), whole:     {bestFloor,8:F2} ms  ({bestParse / bestFloor:F1}x)");
            Console.WriteLine($"  passes run one by one (sum):             {sum,8:F2} ms");
            for (var s = 0; s < names.Length; s++)
            {
                Console.WriteLine($"    {names[s],-28} {best[s],8:F2} ms  {100 * best[s] / sum,5:F1}%  {1000 * best[s] / count,7:F2} µs/article  {lastAllocated[s] / 1024.0 / count,6:F2} KB/article allocated");
            }

            Console.WriteLine($"  model conversion etc. (whole - passes):  {Math.Max(0, bestParse - sum),8:F2} ms");
            return 0;
        }

        private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

        /// <summary>The engine's passes, found by name in the SeedModels assembly.</summary>
        private sealed class Passes
        {
            private readonly MethodInfo _whyUnreadable, _split, _annotations, _structure, _scan, _attribute, _isDirect, _positionOf, _identifier, _diagnostics, _annotationGet;
            private readonly PropertyInfo _standfirst, _paragraphs, _headline, _mappedText, _sourceStart, _quoteParagraph;
            private readonly Type _mappedTextList;
            private readonly object _idKey;

            public Passes(Assembly assembly)
            {
                Type T(string name) => assembly.GetType(Engine + name) ?? throw new MissingMemberException(Engine + name);
                MethodInfo M(Type type, string name) =>
                    type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).FirstOrDefault(m => m.Name == name)
                    ?? throw new MissingMemberException(type.FullName, name);
                PropertyInfo P(Type type, string name) =>
                    type.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance) ?? throw new MissingMemberException(type.FullName, name);

                _whyUnreadable = M(T("Text.ContentCheck"), "WhyUnreadable");
                _split = M(T("Segmentation.Segmenter"), "Split");
                _annotations = M(T("Annotations.AnnotationPass"), "Read");
                _structure = M(T("Structure.StructurePass"), "Build");
                _scan = M(T("Quotes.QuoteScanner"), "Scan");
                _attribute = M(T("Speakers.SpeakerAttributor"), "Attribute");
                _isDirect = M(T("Quotes.QuoteKindClassifier"), "IsDirect");
                _positionOf = M(T("Segmentation.SegmentedText"), "PositionOf");
                _identifier = M(T("Naming.Identifiers"), "For");
                _diagnostics = M(T("Diagnostics.DiagnosticsPass"), "Run");
                var structure = T("Structure.ArticleStructure");
                _standfirst = P(structure, "Standfirst");
                _paragraphs = P(structure, "Paragraphs");
                _headline = P(structure, "Headline");
                var mapped = T("Structure.MappedText");
                _mappedText = P(mapped, "Text");
                _mappedTextList = typeof(List<>).MakeGenericType(mapped);
                var quote = T("Quotes.ScannedQuote");
                _sourceStart = P(quote, "SourceStart");
                _quoteParagraph = P(quote, "Paragraph");
                _annotationGet = M(T("Annotations.AnnotationSet"), "Get");
                _idKey = T("Annotations.AnnotationKeys").GetField("Id", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
                         ?? throw new MissingMemberException("AnnotationKeys", "Id");
            }

            /// <summary>The content check's arguments: the text, and the strict decoding (its first value) when it asks how the text was decoded.</summary>
            private object?[] WhyUnreadableArguments(string text)
            {
                var parameters = _whyUnreadable.GetParameters();
                return parameters.Length == 1 ? new object?[] { text } : new[] { text, Enum.ToObject(parameters[1].ParameterType, 0) };
            }

            /// <summary>Runs one article through the passes, adding each pass's stopwatch ticks to <paramref name="totals"/> and the bytes it allocated to <paramref name="allocated"/> (which includes the profiler's own reflection calls: compare stages, not absolutes).</summary>
            public void Profile(byte[] bytes, string path, long[] totals, long[] allocated)
            {
                var a = GC.GetAllocatedBytesForCurrentThread();
                var t = Stopwatch.GetTimestamp();
                long Lap(int stage)
                {
                    var now = Stopwatch.GetTimestamp();
                    totals[stage] += now - t;
                    t = now;
                    var bytesNow = GC.GetAllocatedBytesForCurrentThread();
                    allocated[stage] += bytesNow - a;
                    a = bytesNow;
                    return now;
                }

                var text = StrictUtf8.GetString(bytes);
                Lap(0);
                if (_whyUnreadable.Invoke(null, WhyUnreadableArguments(text)) != null)
                {
                    Lap(1);
                    return;
                }

                Lap(1);
                var segmented = _split.Invoke(null, new object[] { text })!;
                Lap(2);
                var annotations = _annotations.Invoke(null, new[] { segmented })!;
                Lap(3);
                var structure = _structure.Invoke(null, new[] { segmented, annotations })!;
                Lap(4);
                var scanned = (IList)Activator.CreateInstance(_mappedTextList)!;
                var standfirst = _standfirst.GetValue(structure);
                if (standfirst != null)
                {
                    scanned.Add(standfirst);
                }

                foreach (var paragraph in (IEnumerable)_paragraphs.GetValue(structure)!)
                {
                    scanned.Add(paragraph);
                }

                var scan = (System.Runtime.CompilerServices.ITuple)_scan.Invoke(null, new object[] { scanned })!;
                var quotes = (IList)scan[0]!;
                var marks = scan[1]!;
                Lap(5);
                var texts = new List<string>(scanned.Count);
                foreach (var paragraph in scanned)
                {
                    texts.Add((string)_mappedText.GetValue(paragraph)!);
                }

                _attribute.Invoke(null, new object[] { texts, quotes });
                Lap(6);
                foreach (var quote in quotes)
                {
                    var start = (int)_sourceStart.GetValue(quote)!;
                    var paragraph = (int)_quoteParagraph.GetValue(quote)!;
                    _positionOf.Invoke(segmented, new object[] { start });
                    _isDirect.Invoke(null, new[] { quote, texts[paragraph] });
                }

                Lap(7);
                _identifier.Invoke(null, new[] { _annotationGet.Invoke(annotations, new[] { _idKey }), _headline.GetValue(structure), path });
                Lap(8);
                _diagnostics.Invoke(null, new[] { segmented, annotations, structure, marks });
                Lap(9);
            }
        }
    }
}
