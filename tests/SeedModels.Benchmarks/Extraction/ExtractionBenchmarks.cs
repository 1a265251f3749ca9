using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using SeedModels.Benchmarks.Corpus;

namespace SeedModels.Benchmarks.Extraction
{
    /// <summary>
    /// Extraction throughput on 1,000 synthetic articles: the public <see cref="ArticleReader.Parse(byte[], string)"/>
    /// (strict UTF-8 decode, then the whole engine) against the floor, which decodes the same bytes the same way and
    /// splits them into lines. Goal: within 4× of the floor. MB/s and allocations per article are extra columns.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class ExtractionBenchmarks
    {
        public const int Articles = 1_000;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly Lazy<CorpusFile[]> Corpus = new Lazy<CorpusFile[]>(() => new SyntheticCorpus().Make(Articles).ToArray());

        private byte[][] _bytes = null!;
        private string[] _paths = null!;

        /// <summary>The corpus's size in bytes (what MB/s divides).</summary>
        public static long TotalBytes => Corpus.Value.Sum(f => (long)f.Bytes.Length);

        [GlobalSetup]
        public void Setup()
        {
            _bytes = Corpus.Value.Select(f => f.Bytes).ToArray();
            _paths = Corpus.Value.Select(f => f.RelativePath).ToArray();
        }

        /// <summary>The floor: decode as ArticleReader does (strict UTF-8) and split into line strings (CRLF, LF, CR).</summary>
        [Benchmark(Baseline = true, Description = "Floor: UTF-8 decode + split lines")]
        public int DecodeAndSplitLines()
        {
            var chars = 0;
            for (var i = 0; i < _bytes.Length; i++)
            {
                var text = StrictUtf8.GetString(_bytes[i]);
                var start = 0;
                while (true)
                {
                    var end = text.AsSpan(start).IndexOfAny('\r', '\n');
                    if (end < 0)
                    {
                        chars += text.Substring(start).Length;
                        break;
                    }

                    end += start;
                    chars += text.Substring(start, end - start).Length + 1;
                    start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
                }
            }

            return chars;
        }

        [Benchmark(Description = "ArticleReader.Parse(bytes)")]
        public int ArticleReaderParse()
        {
            var quotes = 0;
            for (var i = 0; i < _bytes.Length; i++)
            {
                quotes += ArticleReader.Parse(_bytes[i], _paths[i]).Article?.Quotes.Count ?? 0;
            }

            return quotes;
        }
    }
}
