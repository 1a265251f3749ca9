using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedModels.Testing
{
    /// <summary>
    /// An additional file held in memory (shared by the generator tests, the fuzz suite and the benchmarks). Compared by
    /// reference, like the compiler's own additional files, so replacing one with a new instance is an edit. Counts how
    /// often its text is read.
    /// </summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;
        private int _reads;

        public InMemoryAdditionalText(string path, string text)
            : this(path, SourceText.From(text, System.Text.Encoding.UTF8))
        {
        }

        /// <summary>A file whose text carries the encoding the compiler decoded it with.</summary>
        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        /// <summary>How many times <see cref="GetText"/> was called.</summary>
        public int Reads => Volatile.Read(ref _reads);

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _text;
        }

        public override string ToString() => Path;
    }
}
